#!/usr/bin/env python3
"""Check a held-out set's gold files against their documents.

    python3 benchmarks/check_gold.py FOLDER [--words MIN-MAX]     (default 450-900)

For every *.gold.json in FOLDER:
  - format is nexos-gold@1 and `document` names an existing file beside it;
  - every entity / optional-entity `names` string, quote `contains`,
    anonymous-source `contains`, loaded term and citation marker/url occurs
    verbatim in the document;
  - entity keys are unique; types come from the shared vocabulary;
  - every relation / optional relation / event / quote key refers to a listed
    entity (entities or optional_entities); event types are in the vocabulary;
    dates are null, YYYY, YYYY-MM or YYYY-MM-DD;
  - the document has MIN-MAX words (450-900 unless --words says otherwise).
Exit status 0 when everything passes.
"""
import glob
import json
import os
import re
import sys

args = sys.argv[1:]
if not args or args[0].startswith("-"):
    sys.exit("usage: check_gold.py FOLDER [--words MIN-MAX]")
HERE = os.path.abspath(args[0])
MIN_WORDS, MAX_WORDS = 450, 900
if "--words" in args:
    MIN_WORDS, MAX_WORDS = (int(n) for n in args[args.index("--words") + 1].split("-"))
ENTITY_TYPES = {"person", "criminal_group", "armed_group", "political_party", "government_body", "state",
                "international_org", "ngo", "company", "media", "policy", "location", "group", "other"}
REL_TYPES = {"allied_with", "associated_with", "negotiates_with", "supports", "funds", "member_of", "leads",
             "controls", "opposes", "acts_against", "operates_in", "other"}
EVENT_TYPES = {"statement", "visit", "meeting", "negotiation", "election", "protest", "arrest", "military_action",
               "violence", "sanction", "legal_action", "policy", "publication", "other"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

errors = []


def err(gold, msg):
    errors.append(f"{os.path.basename(gold)}: {msg}")


def as_list(x):
    return x if isinstance(x, list) else [x]


golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
if not golds:
    print("no gold files found")
    sys.exit(1)

for gold in golds:
    try:
        g = json.load(open(gold, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(gold, f"invalid JSON: {e}")
        continue
    if g.get("format") != "nexos-gold@1":
        err(gold, "format is not nexos-gold@1")
    doc = g.get("document", "")
    docpath = os.path.join(HERE, doc)
    if not os.path.isfile(docpath):
        err(gold, f"document {doc!r} not found")
        continue
    if os.path.basename(gold) != os.path.splitext(doc)[0] + ".gold.json":
        err(gold, f"gold file name does not match document {doc!r}")
    text = open(docpath, encoding="utf-8").read()
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(gold, f"document has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if g.get("language") not in ("en", "es"):
        err(gold, "language must be en or es")

    def verbatim(s, what, gold=gold, text=text, doc=doc):
        if not isinstance(s, str) or not s:
            err(gold, f"{what}: empty or not a string: {s!r}")
        elif s not in text:
            err(gold, f"{what}: {s!r} not found verbatim in {doc}")

    for pub in (g.get("meta") or {}).get("publisher", []):
        verbatim(pub, "meta publisher")

    keys = set()
    for section in ("entities", "optional_entities"):
        for ent in g.get(section, []):
            k = ent.get("key")
            if k in keys:
                err(gold, f"duplicate entity key {k!r}")
            keys.add(k)
            if not ent.get("names"):
                err(gold, f"{section} {k}: no names")
            for n in ent.get("names", []):
                verbatim(n, f"{section} {k} name")
            for t in ent.get("types", []):
                if t not in ENTITY_TYPES:
                    err(gold, f"{section} {k}: unknown type {t!r}")
            if not ent.get("types"):
                err(gold, f"{section} {k}: no types")

    def check_key(k, what, gold=gold, keys=keys):
        if k not in keys:
            err(gold, f"{what}: key {k!r} is not a listed entity")

    for section in ("relations", "optional_relations"):
        for i, r in enumerate(g.get(section, [])):
            for side in ("source", "target"):
                if side not in r:
                    err(gold, f"{section}[{i}]: missing {side}")
                for k in as_list(r.get(side, [])):
                    check_key(k, f"{section}[{i}].{side}")
            if section == "relations" and not r.get("types"):
                err(gold, f"relations[{i}]: no types")
            for t in r.get("types", []):
                if t not in REL_TYPES:
                    err(gold, f"{section}[{i}]: unknown relation type {t!r}")

    for section in ("events", "optional_events"):
        for i, ev in enumerate(g.get(section, [])):
            d = ev.get("date")
            if d is not None and not DATE_RE.match(str(d)):
                err(gold, f"{section}[{i}]: bad date {d!r}")
            if section == "events" and d is None:
                err(gold, f"events[{i}]: gold events need a date")
            if not ev.get("participants"):
                err(gold, f"{section}[{i}]: no participants")
            for k in ev.get("participants", []):
                check_key(k, f"{section}[{i}].participants")
            for t in ev.get("types", []):
                if t not in EVENT_TYPES:
                    err(gold, f"{section}[{i}]: unknown event type {t!r}")

    for i, q in enumerate(g.get("quotes", [])):
        check_key(q.get("speaker"), f"quotes[{i}].speaker")
        verbatim(q.get("contains"), f"quotes[{i}].contains")
    for i, a in enumerate(g.get("anonymous_sources", [])):
        verbatim(a.get("contains"), f"anonymous_sources[{i}].contains")
    for t in g.get("loaded_terms", []):
        verbatim(t, "loaded term")
    for i, c in enumerate(g.get("citations", [])):
        verbatim(c.get("marker"), f"citations[{i}].marker")
        verbatim(c.get("url"), f"citations[{i}].url")
        if text.count(c.get("marker", "\0")) < 2:
            err(gold, f"citations[{i}]: marker {c.get('marker')!r} should appear in the body and in the list")

    print(f"{os.path.basename(gold)}: entities={len(g.get('entities', []))} (+{len(g.get('optional_entities', []))} opt) "
          f"relations={len(g.get('relations', []))} (+{len(g.get('optional_relations', []))} opt) "
          f"events={len(g.get('events', []))} (+{len(g.get('optional_events', []))} opt) "
          f"quotes={len(g.get('quotes', []))} anonymous={len(g.get('anonymous_sources', []))} "
          f"loaded={len(g.get('loaded_terms', []))} citations={len(g.get('citations', []))} words={words}")

docs = sorted(p for p in glob.glob(os.path.join(HERE, "0*")) if not p.endswith(".gold.json"))
for d in docs:
    if not os.path.isfile(os.path.splitext(d)[0] + ".gold.json"):
        errors.append(f"{os.path.basename(d)}: no gold file")

if errors:
    print("\nFAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"\nOK: {len(golds)} gold files pass")
