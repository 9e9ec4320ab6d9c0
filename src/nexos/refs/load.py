"""Read reference lists (sanctions, watch lists) into one record shape.

Two layouts are read:

* OFAC's SDN CSV (``sdn.csv``): no header, twelve columns, ``-0-`` for
  empty. Aliases, dates of birth, nationalities and links to other
  listings are written inside the free-text Remarks column, so they are
  parsed out of it here.
* followthemoney entities as JSON lines (what OpenSanctions publishes),
  flat (``properties`` of strings) or nested (``sanctions`` holding
  entity dicts).

Nothing here judges whether a listing is right; it only reads what the
list says, keeping the remarks verbatim so a reviewer can check.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from nexos.errors import ConfigError, IngestError

log = logging.getLogger(__name__)

EMPTY = "-0-"
SDN_COLUMNS = (
    "ent_num",
    "SDN_Name",
    "SDN_Type",
    "Program",
    "Title",
    "Call_Sign",
    "Vess_type",
    "Tonnage",
    "GRT",
    "Vess_flag",
    "Vess_owner",
    "Remarks",
)
# An alias runs to the closing quote that is followed by ";" or the end of the
# remarks, so apostrophes inside names ("HAJJ AS'AD") survive.
ALIAS_RE = re.compile(r"\b([afn])\.k\.a\.,?\s+'(.+?)'(?=\s*(?:;|\.?\s*$))", re.I)
LINK_RE = re.compile(r"Linked To:\s*([^;]+?)\.?\s*(?:;|$)")
DOB_RE = re.compile(r"\b(?:alt\. )?DOB ([^;]+)")
COUNTRY_RE = re.compile(r"\b(?:alt\. )?(?:nationality|citizen) ([^;]+)")
SDN_TYPES = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}
FTM_TYPES = {
    "Person": "person",
    "Vessel": "vessel",
    "Airplane": "aircraft",
    "Organization": "organization",
    "Company": "organization",
    "PublicBody": "organization",
    "LegalEntity": "organization",
}
FTM_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry")


@dataclass(slots=True)
class RefEntry:
    """One listing on a reference list, as the list states it."""

    id: str
    source: str
    name: str
    aliases: list[str] = field(default_factory=list)
    type: str = "organization"
    countries: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    listed_on: str | None = None
    dates: list[str] = field(default_factory=list)
    remarks: str = ""
    linked_to: list[str] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        """The primary name first, then every alias (weak ones last)."""
        return [self.name, *self.aliases, *self.weak_aliases]


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 (upper case) for a country name or code, if known."""
    text = name.strip().rstrip(".")
    if not text:
        return None
    try:
        from followthemoney.types import registry
    except ImportError:  # pragma: no cover - followthemoney is in the formats extra
        return text.upper() if len(text) == 2 and text.isalpha() else None
    code = registry.country.clean(text)
    return code.upper() if code else None


def _clean(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value == EMPTY else value


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen[v] = None
    return list(seen)


def parse_remarks(remarks: str) -> dict[str, list[str]]:
    """Aliases, links, dates of birth and countries written in SDN remarks.

    f.k.a. (formerly) and n.k.a. (now) names count as aliases: the entity
    went by them, and a document may use the old name.
    """
    aliases = [alias.strip() for _kind, alias in ALIAS_RE.findall(remarks)]
    countries = []
    for raw in COUNTRY_RE.findall(remarks):
        code = country_code(raw)
        if code:
            countries.append(code)
    return {
        "aliases": _unique(aliases),
        "linked_to": _unique(m.strip() for m in LINK_RE.findall(remarks)),
        "dates": _unique(d.strip().rstrip(".") for d in DOB_RE.findall(remarks)),
        "countries": _unique(countries),
    }


def sdn_entry(row: list[str], source: str = "ofac_sdn") -> RefEntry | None:
    """One SDN CSV row as a RefEntry; None for a malformed row."""
    if len(row) < len(SDN_COLUMNS) or not row[0].strip().isdigit():
        return None
    cells = dict(zip(SDN_COLUMNS, (_clean(c) for c in row), strict=False))
    remarks = cells["Remarks"]
    parsed = parse_remarks(remarks)
    countries = list(parsed["countries"])
    if cells["Vess_flag"]:
        code = country_code(cells["Vess_flag"])
        if code:
            countries.append(code)
    return RefEntry(
        id=cells["ent_num"],
        source=source,
        name=cells["SDN_Name"],
        aliases=[a for a in parsed["aliases"] if a != cells["SDN_Name"]],
        type=SDN_TYPES.get(cells["SDN_Type"].lower(), "organization"),
        countries=_unique(countries),
        programs=[p.strip() for p in cells["Program"].split("] [") if p.strip()],
        dates=parsed["dates"],
        remarks=remarks,
        linked_to=parsed["linked_to"],
    )


def load_ofac_sdn(path: str | Path) -> Iterator[RefEntry]:
    """Entries of an OFAC SDN CSV file (the list's own layout, no header)."""
    source = Path(path)
    try:
        fh = source.open(newline="", encoding="utf-8", errors="replace")
    except OSError as exc:
        raise IngestError(f"cannot read reference list {source}: {exc.strerror}") from exc
    with fh:
        for number, row in enumerate(csv.reader(fh), start=1):
            # OFAC's files end with a DOS end-of-file byte (0x1A) on a row of its own.
            if not row or not row[0].strip("\x1a \t"):
                continue
            entry = sdn_entry(row)
            if entry is None:
                log.warning("%s line %d is not an SDN row; skipped", source, number)
                continue
            yield entry


def _values(props: dict[str, Any], key: str) -> list[str]:
    out: list[str] = []
    for value in props.get(key) or []:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            out.append(value.get("caption") or value.get("id") or "")
    return [v for v in out if v]


def ftm_entry(data: dict[str, Any], source: str = "ftm") -> RefEntry | None:
    """One followthemoney entity dict as a RefEntry; None if it names nothing."""
    props = data.get("properties") or {}
    names = _unique(_values(props, "name"))
    caption = data.get("caption")
    primary = names[0] if names else caption
    if not primary:
        return None
    aliases = _unique([*names[1:], *_values(props, "alias"), *_values(props, "previousName")])
    programs = _values(props, "program") + _values(props, "programId")
    for sanction in props.get("sanctions") or []:
        if isinstance(sanction, dict):
            sprops = sanction.get("properties") or {}
            programs += _values(sprops, "program") + _values(sprops, "authority")
    countries = [country_code(c) for key in FTM_COUNTRY_PROPS for c in _values(props, key)]
    datasets = data.get("datasets") or []
    return RefEntry(
        id=str(data.get("id") or primary),
        source=datasets[0] if datasets else source,
        name=primary,
        aliases=[a for a in aliases if a != primary],
        weak_aliases=_unique(_values(props, "weakAlias")),
        type=FTM_TYPES.get(str(data.get("schema")), "organization"),
        countries=_unique(c for c in countries if c),
        programs=_unique(programs + [f"topic:{t}" for t in _values(props, "topics")]),
        listed_on=data.get("first_seen") or next(iter(_values(props, "createdAt")), None),
        dates=_unique(_values(props, "birthDate") + _values(props, "incorporationDate")),
        remarks="; ".join(_values(props, "notes")),
        linked_to=[],
    )


def load_ftm_entities(path: str | Path) -> Iterator[RefEntry]:
    """Entries of a followthemoney JSON-lines file (e.g. an OpenSanctions export)."""
    source = Path(path)
    try:
        fh = source.open(encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"cannot read reference list {source}: {exc.strerror}") from exc
    with fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s line %d is not JSON; skipped", source, number)
                continue
            if not isinstance(data, dict):
                continue
            entry = ftm_entry(data, source=source.stem)
            if entry is not None:
                yield entry


def sniff_format(path: str | Path) -> str:
    """``ftm`` or ``ofac_sdn``, from the file's first non-blank characters."""
    source = Path(path)
    try:
        with source.open(encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096).lstrip("\ufeff \r\n\t")
    except OSError as exc:
        raise IngestError(f"cannot read reference list {source}: {exc.strerror}") from exc
    if head.startswith("{"):
        return "ftm"
    first = next(csv.reader([head.splitlines()[0] if head else ""]), [])
    if len(first) >= len(SDN_COLUMNS) and first[0].strip().isdigit():
        return "ofac_sdn"
    raise ConfigError(
        f"{source} is neither an OFAC SDN CSV nor followthemoney JSON lines; "
        "pass one of those (OpenSanctions exports FtM JSON lines)"
    )


def load_reference(path: str | Path) -> Iterator[RefEntry]:
    """Entries of a reference list in whichever supported layout it uses."""
    fmt = sniff_format(path)
    log.info("reading %s as %s", path, fmt)
    return load_ofac_sdn(path) if fmt == "ofac_sdn" else load_ftm_entities(path)
