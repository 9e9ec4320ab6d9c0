"""Which cue patterns could match in a stretch of text, read off the patterns' first letters.

A sentence is tried against more than a hundred relation cues, and scanning it once per cue
is most of what reading cues costs. Every cue opens at a word start with one of a few short
literal beginnings ('fund', 'financ', 'alongside'), so the beginnings found at the stretch's
word starts rule most cues out before any scan. The test only ever says "cannot match" when
no match is possible: a cue it keeps is scanned as before, so what is found does not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

try:  # the pattern parser of the standard library (``sre_parse`` before Python 3.11)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c
    import sre_parse as _parser

WIDTH = 3  # letters of a beginning that are compared
_STOP = "\0"  # ends a beginning that cannot be read further (a class like \s, any character)
_MAX_SET = 4096  # more beginnings than this and the pattern is always scanned
_WORD_START = re.compile(rf"(?<![\w])(?=(.{{1,{WIDTH}}}))", re.S)


class _Unreadable(Exception):
    """The pattern's beginnings are too many or not literal enough to read."""


def _done(s: str) -> bool:
    return len(s) >= WIDTH or s.endswith(_STOP)


def _concat(heads: set[str], tails: set[str]) -> set[str]:
    out = {h if _done(h) else (h + t)[:WIDTH] for h in heads for t in tails}
    if len(out) > _MAX_SET:
        raise _Unreadable
    return out


def _seq(items: Iterable[tuple[Any, Any]]) -> set[str]:
    """The beginnings of a sequence of parsed items."""
    out = {""}
    for op, av in items:
        if all(_done(s) for s in out):
            break
        out = _concat(out, _item(op, av))
    return out


def _item(op: Any, av: Any) -> set[str]:
    """What one parsed item can begin with: strings of up to WIDTH letters, ``_STOP`` where reading ends."""
    if op is _c.LITERAL:
        return {chr(av)} if av else {_STOP}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, val in av:
            if kind is _c.LITERAL and val:
                chars.add(chr(val))
            elif kind is _c.RANGE and val[1] - val[0] < 64:
                chars.update(chr(c) for c in range(val[0], val[1] + 1))
            else:  # a category (\s, \w), a negated class, a wide range: any of many letters
                return {_STOP}
        return chars
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero-width: it narrows where a match is, never what it begins with
    if op is _c.BRANCH:
        return set().union(*(_seq(alt) for alt in av[1]))
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _seq(sub) if not add_flags and not del_flags else {_STOP}
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        one = _seq(sub)
        if "" in one:
            return {_STOP}  # a repeat that may match nothing: no count of it is readable
        out = {""} if low == 0 else set()
        cur = {""}
        for n in range(1, min(high, WIDTH) + 1):
            cur = _concat(cur, one)
            if n >= low or n == WIDTH:  # (after WIDTH repeats every beginning is complete)
                out |= cur
        return out
    return {_STOP}  # any character, a back reference, a conditional: reading ends here


@lru_cache(maxsize=1024)
def cue_starts(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The beginnings (up to WIDTH letters) one of which every match of ``rx`` opens with, for a
    pattern that opens with ``(?<![\\w])``; None when they cannot be read off the pattern
    (flags that change letters, an opening that may be empty or is a class like ``\\w``)."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is just always scanned
        return None
    if not items or items[0][0] is not _c.ASSERT_NOT or items[0][1][0] != -1 \
            or list(items[0][1][1]) != [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]:
        return None  # (only a match at a word start is what ``word_starts`` reads)
    try:
        heads = {h.replace(_STOP, "") for h in _seq(items[1:])}
    except _Unreadable:
        return None
    return None if "" in heads else frozenset(heads)


def word_starts(text: str, pos: int, endpos: int, stop: int) -> set[str]:
    """Every beginning (1 to WIDTH letters, read no further than ``endpos``) of ``text`` at a word
    start (a position no word character precedes) from ``pos`` up to, not including, ``stop``.

    A pattern ``rx`` with ``cue_starts(rx)`` disjoint from this set has no match
    ``rx.search(text, pos, endpos)`` that starts before ``stop``.
    """
    return set(word_start_positions(text, pos, endpos, stop))


def word_start_positions(text: str, pos: int, endpos: int, stop: int) -> dict[str, list[int]]:
    """``word_starts``, each beginning with the word starts it is found at, in order.

    Every match ``rx.search(text, pos, endpos)`` that starts before ``stop`` starts at one of the
    positions of the beginnings in ``cue_starts(rx)``: trying the pattern there alone finds it.
    """
    out: dict[str, list[int]] = {}
    for m in _WORD_START.finditer(text, pos, endpos):
        at = m.start()
        if at >= stop:
            break
        s = m.group(1)
        for n in range(1, len(s) + 1):
            out.setdefault(s[:n], []).append(at)
    return out
