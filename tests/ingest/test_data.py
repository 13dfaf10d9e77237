"""Checks on the reference data under ingest/data/: it parses, is NFC with modern tone marks,
is sorted, and its cross references (parents, merges, central counterparts) resolve."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from coordgraph.graph.model import fold, modern_tones

DATA = Path(__file__).resolve().parents[2] / "ingest" / "data"

# Kinds of body the brief fixes for the state, front and local data; other agencies_*.yaml
# files (the party's) may use further snake_case kinds.
# fmt: off
KINDS = {
    "party_organ", "party_commission", "party_committee", "party_cell", "steering_committee",
    "legislature", "legislature_body", "head_of_state", "government", "ministry", "ministry_level",
    "government_agency", "court", "procuracy", "audit", "inspectorate", "election_body", "military",
    "police", "front", "mass_organisation", "professional_association", "sub_unit",
}
STRICT_KIND_FILES = {"agencies_state.yaml", "agencies_front.yaml", "local_bodies.yaml"}
AGENCY_KEYS = {
    "name", "english", "kind", "level", "parent", "aliases", "valid_from", "valid_until", "merged_into", "note",
    "full_name", "former_names", "numbered_names",
}
LOCAL_KEYS = {
    "head", "english", "kind", "levels", "locality", "numbers", "central", "part_of_central", "parent", "aliases", "organs",
    "valid_from", "valid_until", "note", "written_aliases",
}
LEVEL_WORDS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "khu vực"}
# fmt: on
LIST_FILES = ["surnames.txt", "ranks.txt", "degrees.txt", "honorifics.txt"]
BEFORE, AFTER = dt.date(2025, 6, 30), dt.date(2025, 7, 1)


def sort_key(text: str) -> tuple[str, str]:
    return fold(text), text


def key(text: str) -> str:
    """How two surface forms are compared for clashes: modern tones, case and spacing folded."""
    return re.sub(r"\s+", " ", modern_tones(text)).strip().lower()


def load(name: str) -> Any:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} not present")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def as_date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise AssertionError(f"{where}: not an ISO date: {value!r}") from None


def valid_on(entry: dict[str, Any], day: dt.date, where: str) -> bool:
    start = as_date(entry["valid_from"], where) if "valid_from" in entry else dt.date.min
    end = as_date(entry["valid_until"], where) if "valid_until" in entry else dt.date.max
    return start <= day <= end


def assert_sorted(names: list[str], where: str) -> None:
    for a, b in itertools.pairwise(names):
        assert sort_key(a) < sort_key(b), f"{where}: {b!r} should come before {a!r} (or is a duplicate)"


def agency_files() -> list[Path]:
    return sorted(DATA.glob("agencies_*.yaml"))


def all_agencies() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in agency_files():
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            out.append((path.name, entry))
    return out


# --- every file ---------------------------------------------------------------------------


DATA_FILES = sorted(p for p in DATA.glob("*") if p.suffix in {".yaml", ".txt", ".tsv"})


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_is_nfc_with_modern_tones_and_parses(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text), f"{path.name}: not NFC"
    for n, line in enumerate(text.splitlines(), 1):
        assert modern_tones(line) == line, f"{path.name}:{n}: old tone placement: {line!r}"
    if path.suffix == ".yaml":
        assert yaml.safe_load(text) is not None, f"{path.name}: empty"
    elif path.suffix == ".tsv":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                assert "\t" in line, f"{path.name}:{n}: no tab: {line!r}"


def test_the_reference_files_exist() -> None:
    own = [
        "agencies_state.yaml",
        "agencies_front.yaml",
        "local_bodies.yaml",
        "provinces.yaml",
        "countries.yaml",
    ]
    for name in [*own, *LIST_FILES]:
        assert (DATA / name).exists(), f"{name} missing"


# --- agencies -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", agency_files(), ids=lambda p: p.name)
def test_agency_file_entries_are_well_formed_and_sorted(path: Path) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(entries, list), f"{path.name}: not a list"
    for entry in entries:
        where = f"{path.name}: {entry.get('name')!r}"
        assert isinstance(entry, dict) and isinstance(entry.get("name"), str), where
        assert entry["name"] == entry["name"].strip() and "  " not in entry["name"], where
        assert re.fullmatch(r"[a-z_]+", str(entry.get("kind"))), f"{where}: bad kind"
        if path.name in STRICT_KIND_FILES:
            assert set(entry) <= AGENCY_KEYS, f"{where}: unknown keys {set(entry) - AGENCY_KEYS}"
            assert "full_name" not in entry or entry["full_name"] in (entry.get("aliases") or []), \
                f"{where}: full_name is not one of its aliases"
            assert entry["kind"] in KINDS, f"{where}: unknown kind {entry['kind']!r}"
            assert entry.get("level") == "central", f"{where}: level must be central"
        assert set(entry.get("former_names") or []) <= set(entry.get("aliases") or []), \
            f"{where}: a former name is not one of its aliases"
        assert set(entry.get("numbered_names") or []) <= set(entry.get("aliases") or []), \
            f"{where}: a numbered name is not one of its aliases"
        aliases = entry.get("aliases", [])
        assert isinstance(aliases, list) and all(isinstance(a, str) and a for a in aliases), where
        assert len(set(aliases)) == len(aliases), f"{where}: repeated alias"
        assert entry["name"] not in aliases, f"{where}: alias equals the name"
        if "valid_from" in entry and "valid_until" in entry:
            assert as_date(entry["valid_from"], where) <= as_date(entry["valid_until"], where), where
        else:
            valid_on(entry, AFTER, where)
    assert_sorted([e["name"] for e in entries], path.name)


def test_agency_names_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for file, entry in all_agencies():
        k = key(entry["name"])
        assert k not in seen, f"{entry['name']!r} in {file} and {seen[k]}"
        seen[k] = file


def test_every_parent_and_successor_exists() -> None:
    names = {e["name"] for _, e in all_agencies()}
    for file, entry in all_agencies():
        for field in ("parent", "merged_into"):
            if field in entry:
                assert entry[field] in names, f"{file}: {entry['name']!r}: {field} {entry[field]!r} unknown"
                assert entry[field] != entry["name"], f"{file}: {entry['name']!r} is its own {field}"
        if "merged_into" in entry:
            assert "valid_until" in entry, f"{file}: {entry['name']!r} merged without valid_until"


def test_no_parent_cycles() -> None:
    parent = {e["name"]: e.get("parent") for _, e in all_agencies()}
    for name in parent:
        seen, cur = set(), name
        while cur is not None:
            assert cur not in seen, f"parent cycle through {name!r}"
            seen.add(cur)
            cur = parent.get(cur)


def test_no_alias_is_claimed_by_two_bodies_or_names_another_body() -> None:
    names = {key(e["name"]): (f, e["name"]) for f, e in all_agencies()}
    claimed: dict[str, tuple[str, str]] = {}
    for file, entry in all_agencies():
        for alias in entry.get("aliases", []):
            k = key(alias)
            owner = claimed.get(k, (file, entry["name"]))
            assert owner[1] == entry["name"], f"alias {alias!r} of {entry['name']!r} ({file}) also of {owner}"
            other = names.get(k)
            assert other is None or other[1] == entry["name"], (
                f"alias {alias!r} of {entry['name']!r} is {other}"
            )
            claimed[k] = (file, entry["name"])


def test_the_2025_ministry_restructuring_is_recorded() -> None:
    state = {e["name"]: e for e in load("agencies_state.yaml")}
    after = [n for n, e in state.items() if e["kind"] == "ministry" and valid_on(e, dt.date(2025, 3, 1), n)]
    before = [n for n, e in state.items() if e["kind"] == "ministry" and valid_on(e, dt.date(2025, 2, 28), n)]
    assert len(before) == 18, sorted(before)
    assert len(after) == 14, sorted(after)
    assert state["Bộ Kế hoạch và Đầu tư"]["merged_into"] == "Bộ Tài chính"


# --- local bodies -------------------------------------------------------------------------


def test_local_bodies_are_well_formed() -> None:
    entries = load("local_bodies.yaml")
    names = {e["name"] for _, e in all_agencies()}
    heads = [e["head"] for e in entries]
    assert len(set(heads)) == len(heads), [h for h, c in Counter(heads).items() if c > 1]
    assert_sorted(heads, "local_bodies.yaml")
    for entry in entries:
        where = f"local_bodies.yaml: {entry['head']!r}"
        assert set(entry) <= LOCAL_KEYS, f"{where}: unknown keys {set(entry) - LOCAL_KEYS}"
        assert entry["kind"] in KINDS, f"{where}: unknown kind"
        levels = entry.get("levels", [])
        assert set(levels) <= LEVEL_WORDS, f"{where}: unknown level words {set(levels) - LEVEL_WORDS}"
        assert levels or entry.get("locality") or entry.get("numbers"), (
            f"{where}: no levels, locality or numbers"
        )
        if "locality" in entry:
            assert entry["locality"] in LEVEL_WORDS, where
        if "central" in entry:
            assert entry["central"] in names, f"{where}: central {entry['central']!r} unknown"
        if "parent" in entry:
            assert entry["parent"] in heads, f"{where}: parent {entry['parent']!r} is not a head"
        organs = entry.get("organs", [])
        assert len(set(organs)) == len(organs), f"{where}: repeated organ"
        assert set(entry.get("written_aliases") or []) <= set(entry.get("aliases") or []), \
            f"{where}: a written alias is not one of its aliases"
        assert_sorted([str(o) for o in organs], where + " organs")


# --- provinces and countries --------------------------------------------------------------


def test_provinces_count_63_before_and_34_after_the_merger() -> None:
    entries = load("provinces.yaml")
    assert_sorted([e["name"] for e in entries], "provinces.yaml")
    before = [e["name"] for e in entries if valid_on(e, BEFORE, e["name"])]
    after = [e for e in entries if valid_on(e, AFTER, e["name"])]
    assert len(before) == 63, len(before)
    assert len(after) == 34, len(after)
    assert sum(e["kind"] == "thành phố" for e in after) == 6
    assert {e["kind"] for e in entries} == {"tỉnh", "thành phố"}


def test_province_merges_refer_to_existing_units_and_cover_every_old_unit() -> None:
    entries = load("provinces.yaml")
    by_name = {e["name"]: e for e in entries}
    for e in entries:
        if "merged_into" in e:
            target = by_name.get(e["merged_into"])
            assert target is not None, f"{e['name']}: merged_into {e['merged_into']!r} unknown"
            assert e["name"] in target.get("merged_from", []), f"{e['name']} missing from {target['name']}"
            assert "valid_until" in e, e["name"]
        for src in e.get("merged_from", []):
            assert src in by_name, f"{e['name']}: merged_from {src!r} unknown"
            assert src == e["name"] or by_name[src].get("merged_into") == e["name"], f"{e['name']} <- {src}"
    gone = [e for e in entries if not valid_on(e, AFTER, e["name"])]
    assert all("merged_into" in e for e in gone), [e["name"] for e in gone if "merged_into" not in e]


@pytest.mark.parametrize("name", ["provinces.yaml", "countries.yaml"])
def test_place_names_and_aliases_are_unambiguous(name: str) -> None:
    entries = load(name)
    assert_sorted([e["name"] for e in entries], name)
    seen: dict[str, str] = {}
    for e in entries:
        for form in [e["name"], *e.get("aliases", [])]:
            k = key(form)
            assert seen.get(k, e["name"]) == e["name"], f"{name}: {form!r} of {e['name']!r} also {seen[k]!r}"
            seen[k] = e["name"]


def test_countries_do_not_clash_with_provinces() -> None:
    provinces = {key(f) for e in load("provinces.yaml") for f in [e["name"], *e.get("aliases", [])]}
    for e in load("countries.yaml"):
        for form in [e["name"], *e.get("aliases", [])]:
            assert key(form) not in provinces, form


# --- word lists ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", LIST_FILES)
def test_word_list_is_sorted_without_duplicates(name: str) -> None:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} not present")
    words = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert all(w and w == w.strip() for w in words), f"{name}: blank or padded line"
    assert_sorted(words, name)


def test_surnames_cover_the_common_ones() -> None:
    words = set((DATA / "surnames.txt").read_text(encoding="utf-8").splitlines())
    assert {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"} <= words
    assert len([w for w in words if not w.startswith("#")]) >= 120


def test_ranks_degrees_and_honorifics_do_not_overlap() -> None:
    sets = {}
    for name in ["ranks.txt", "degrees.txt", "honorifics.txt"]:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        sets[name] = {key(w) for w in lines if not w.startswith("#")}
    names = list(sets)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not sets[a] & sets[b], f"{a} and {b} share {sets[a] & sets[b]}"
