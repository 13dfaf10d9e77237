"""`coordgraph load` and `coordgraph query` against the session's server."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from coordgraph.api import cli_store
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.synthetic import synthetic_docs
from typer.testing import CliRunner


def invoke(settings: Settings, *args: str):
    app = typer.Typer()
    cli_store.register(app)
    env = {"COORDGRAPH_STORE": "embedded", "COORDGRAPH_DATA_DIR": str(settings.data_dir),
           "COORDGRAPH_GRAPH_NAME": settings.graph_name}
    return CliRunner().invoke(app, list(args), env=env)


def test_load_reports_each_bad_file_and_loads_the_rest(store: FalkorStore, store_settings: Settings,
                                                       tmp_path: Path) -> None:
    for d in synthetic_docs(3):
        (tmp_path / f"{d.article.id}.json").write_text(json.dumps(d.to_json()), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"article": {"id": "x"}, "entities": [', encoding="utf-8")
    bad_rel = synthetic_docs(1, seed=3)[0].to_json()
    bad_rel["article"]["id"] = "badrel"
    bad_rel["relations"][0]["type"] = "LIKES"
    (tmp_path / "badrel.json").write_text(json.dumps(bad_rel), encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes('{"article": {"id": "Hà"}}'.encode("latin-1"))
    res = invoke(store_settings, "load", str(tmp_path), str(tmp_path / "missing.json"))
    assert res.exit_code == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4
    assert any("broken.json: not valid JSON" in e for e in errors)
    assert any("badrel.json: relation #0 has unknown type 'LIKES'" in e for e in errors)
    assert any("latin1.json: not UTF-8" in e for e in errors)
    assert any("missing.json: no such file" in e for e in errors)
    assert "articles written" in res.stdout and store.view().counts()["Article"] == 3
    again = invoke(store_settings, "load", str(tmp_path / "synthetic-00000.json"))
    assert again.exit_code == 0
    assert next(ln.split() for ln in again.stdout.splitlines() if "articles unchanged" in ln)[-2] == "1"


def test_query_prints_rows_as_json_and_explains_bad_parameters(store: FalkorStore, store_settings: Settings) -> None:
    doc = synthetic_docs(1)[0]
    with store.writer() as w:
        w.add(doc)
    res = invoke(store_settings, "query", "article_entities", "--param", "article_id=synthetic-00000", "--json")
    assert res.exit_code == 0, res.output
    assert sorted(r["entity_id"] for r in json.loads(res.stdout)) == sorted(e.id for e in doc.entities)
    table = invoke(store_settings, "query", "article_entities", "-p", "article_id=synthetic-00000")
    assert table.exit_code == 0 and f"{len(doc.entities)} rows" in table.stdout
    missing = invoke(store_settings, "query", "partners")
    assert missing.exit_code == 2 and "needs parameter 'agency_id'" in missing.stderr
    listing = invoke(store_settings, "query")
    assert listing.exit_code == 0 and "partners" in listing.stdout and "agreement_events" in listing.stdout


def test_db_backup_and_restore_bring_back_the_data_as_it_was(tmp_path: Path) -> None:
    """`db backup` of a running server, more writes, `db stop`, `db restore`, `db start`: the graph of the
    backup, and the data it replaced kept aside; restoring over a running server or from a file that is
    not a backup is refused with exit code 2."""
    from coordgraph.graph.store.server import stop

    settings = Settings(data_dir=tmp_path / "data", graph_name="coordgraph")
    backup_file, not_backup = tmp_path / "backups" / "one.rdb", tmp_path / "notes.txt"
    not_backup.write_text("not a snapshot", encoding="utf-8")
    try:
        assert invoke(settings, "db", "start").exit_code == 0
        store = FalkorStore.open("embedded", settings)
        docs = synthetic_docs(8)
        with store.writer() as w:
            for d in docs[:5]:
                w.add(d)
        backed_up = store.view().counts()
        res = invoke(settings, "db", "backup", str(backup_file))
        assert res.exit_code == 0, res.output
        assert backup_file.read_bytes()[:5] == b"REDIS"
        with store.writer() as w:
            for d in docs[5:]:
                w.add(d)
        assert store.view().counts() != backed_up
        store.close()
        running = invoke(settings, "db", "restore", str(backup_file))
        assert running.exit_code == 2 and "stop it first" in " ".join(running.stderr.split())
        assert invoke(settings, "db", "stop").exit_code == 0
        bad = invoke(settings, "db", "restore", str(not_backup))
        assert bad.exit_code == 2 and "notes.txt: not a backup" in " ".join(bad.stderr.split())
        res = invoke(settings, "db", "restore", str(backup_file))
        assert res.exit_code == 0 and "the earlier data is in" in " ".join(res.stdout.split()), res.output
        assert any(p.name.startswith("appendonlydir.before-restore-") for p in settings.data_dir.iterdir())
        assert invoke(settings, "db", "start").exit_code == 0
        store = FalkorStore.open("embedded", settings)
        assert store.view().counts() == backed_up
        store.close()
    finally:
        stop(settings.data_dir)
