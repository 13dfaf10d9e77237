"""Loading per-article document graphs (FORMAT.md) from files into a store."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from coordgraph.graph.model import DocGraph, FormatError, parse_doc, resolve
from coordgraph.graph.store.base import LoadStats, Store
from coordgraph.graph.store.writes import add_stats, check_doc

MAX_DEPTH = 32  # JSON nesting a document graph needs is about 5 levels
_SURROGATE = re.compile("[\ud800-\udfff]")
_ARTICLE_FIELDS = ("title", "published", "source", "url", "content_hash")


def shown(path: Path | str) -> str:
    """A path as printable text (bytes of a non-UTF-8 file name as \\x escapes)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(v: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(v), "a number")


def _text(where: str, v: Any, *, optional: bool = False) -> None:
    if v is None and optional:
        return
    if not isinstance(v, str):
        raise FormatError(f"{where} must be a string, not {_kind(v)}")


def _scan(v: Any, where: str, depth: int = 0) -> None:
    """Every string in `v` real text (no lone surrogate, no NUL); nesting at most MAX_DEPTH."""
    if depth > MAX_DEPTH:
        raise FormatError(f"JSON nested deeper than {MAX_DEPTH} levels (at {where or 'the top'})")
    if isinstance(v, str):
        if _SURROGATE.search(v):
            raise FormatError(f"{where or 'the document'} holds a lone surrogate escape (\\ud800-\\udfff), not text")
        if "\x00" in v:
            raise FormatError(f"{where or 'the document'} holds a NUL character")
    elif isinstance(v, dict):
        for k, x in v.items():
            _scan(k, f"{where}.{k} (a key)".lstrip("."), depth + 1)
            _scan(x, f"{where}.{k}".lstrip("."), depth + 1)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            _scan(x, f"{where}[{i}]", depth + 1)


def check_shape(data: Any) -> None:
    """The JSON types FORMAT.md asks for; FormatError naming the first field that has another."""
    _scan(data, "")
    if not isinstance(data, dict):
        raise FormatError(f"top level must be an object, not {_kind(data)}")
    art = data.get("article")
    if art is not None:
        if not isinstance(art, dict):
            raise FormatError(f"'article' must be an object, not {_kind(art)}")
        if "id" in art and not (isinstance(art["id"], str) or type(art["id"]) is int):
            raise FormatError(f"article.id must be a string, not {_kind(art['id'])}")
        for name in _ARTICLE_FIELDS:
            _text(f"article.{name}", art.get(name), optional=True)
    for part in ("entities", "relations"):
        if not isinstance(data.get(part) or [], list):
            raise FormatError(f"'{part}' must be a list, not {_kind(data[part])}")
    for i, e in enumerate(data.get("entities") or []):
        if not isinstance(e, dict):
            raise FormatError(f"entities[{i}] must be an object, not {_kind(e)}")
        for name in ("id", "type", "name"):
            _text(f"entities[{i}].{name}", e.get(name), optional=name != "name" and name not in e)
        aliases = e.get("aliases")
        if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
            raise FormatError(f"entities[{i}].aliases must be a list of strings")
        for k, v in e.items():
            _value(f"entities[{i}].{k}", v)
    for i, r in enumerate(data.get("relations") or []):
        if not isinstance(r, dict):
            raise FormatError(f"relations[{i}] must be an object, not {_kind(r)}")
        for name in ("type", "source", "target"):
            _text(f"relations[{i}].{name}", r.get(name))
        props = r.get("properties")
        if props is not None and not isinstance(props, dict):
            raise FormatError(f"relations[{i}].properties must be an object, not {_kind(props)}")
        for k, v in (props or {}).items():
            _value(f"relations[{i}].properties.{k}", v)
        ev = r.get("evidence")
        if ev is not None:
            if not isinstance(ev, dict):
                raise FormatError(f"relations[{i}].evidence must be an object, not {_kind(ev)}")
            _text(f"relations[{i}].evidence.text", ev.get("text"), optional=True)
            for name in ("start", "end"):
                if ev.get(name) is not None and type(ev[name]) is not int:
                    raise FormatError(f"relations[{i}].evidence.{name} must be a whole number, not {_kind(ev[name])}")


def _value(where: str, v: Any) -> None:
    """A property value the stores keep: a string, number, true/false, null, or a list of those."""
    items = v if isinstance(v, list) else [v]
    if any(isinstance(x, (dict, list)) for x in items):
        raise FormatError(f"{where} must be a string, number, true/false or a list of those, not {_kind(v)}"
                          + (" of lists or objects" if isinstance(v, list) else ""))


def doc_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The JSON files named or found (recursively, sorted) under the given paths, and the paths missing."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for p in map(Path, paths):
        try:
            if p.is_dir():
                files.extend(sorted(f for f in p.rglob("*.json") if f.is_file()))
            elif p.is_file():
                files.append(p)
            elif p.exists():
                missing.append((shown(p), "not a regular file"))
            else:
                missing.append((shown(p), "no such file or directory"))
        except OSError as exc:
            missing.append((shown(p), f"cannot be read: {exc.strerror or exc}"))
    return list(dict.fromkeys(files)), missing


def read_doc(path: Path) -> DocGraph:
    """Parse, check and resolve one file; ValueError/OSError messages name the problem."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise FormatError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
    check_shape(data)
    try:
        doc = resolve(parse_doc(data, fallback_id=path.stem))
    except (TypeError, AttributeError) as exc:  # a shape check_shape does not know yet
        raise FormatError(f"a field has the wrong JSON type: {exc}") from None
    check_doc(doc)
    return doc


def load_paths(store: Store, paths: Iterable[Path], *, batch_size: int = 500,
               progress: Callable[[Path], None] | None = None,
               files: list[Path] | None = None) -> LoadStats:
    """Load every document graph under `paths`; each article is written whole or not at all.

    Bad files are listed in `failed` as (file, problem) and the rest still load.
    """
    failed: list[tuple[str, str]] = []
    if files is None:
        files, failed = doc_files(paths)
    from coordgraph.ingest.resolving import resolving_writer

    writer = resolving_writer(store, batch_size)
    source: dict[str, str] = {}
    for path in files:
        try:
            doc = read_doc(path)
        except (ValueError, OSError, KeyError) as exc:
            failed.append((shown(path), str(exc) if isinstance(exc, ValueError) else
                           f"cannot be read: {exc.strerror or exc}" if isinstance(exc, OSError) else
                           f"{type(exc).__name__}: {exc}"))
        else:
            source[doc.article.id] = shown(path)
            writer.add(doc)
        if progress:
            progress(path)
    writer.flush()
    stats = add_stats(LoadStats(), writer.stats)
    stats.failed = failed + [(source.get(aid, aid), msg) for aid, msg in stats.failed]
    return stats
