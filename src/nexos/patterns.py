"""Pattern text built from word lists, shared by the readers of documents and of their metadata."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any


def alternation(words: Iterable[str]) -> str:
    """Pattern text matching any one of ``words`` (literal strings), a longer word tried before a shorter one
    it starts with: what ``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))`` matches,
    and in that order, for a pattern without IGNORECASE (or with it, for words in lower case: then no two
    branches at one letter fit the same letter of a text).

    Written as a tree of the words' letters ('minist(?:ra|ro)'): the engine follows one branch per letter
    instead of trying each of hundreds of words in turn at every position. (At one position the words
    that fit the text are a chain of beginnings of one another; both forms try the longest first, then
    each shorter one in turn when what follows the alternation fails.)
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = sorted(re.escape(ch) + emit(sub) for ch, sub in node.items() if ch)
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        body = "|".join(branches)
        return f"(?:{body})?" if "" in node else f"(?:{body})"  # ending here is tried after every longer word

    return emit(tree)


# the regular expression parser's own modules (private, so untyped here; Python 3.11 named them so)
_sre: Any = importlib.import_module("re._constants")
_sre_parse: Any = importlib.import_module("re._parser")

_ASCII_DIGITS = frozenset(range(ord("0"), ord("9") + 1))


def needs_digit(pattern: re.Pattern[str]) -> bool:
    """True when every match of ``pattern`` holds a decimal digit (something ``\\d`` matches).

    Read from the parsed pattern, erring towards False: a literal digit, a class of digits only, a group or a
    repeat (at least once) of one, or alternatives that each hold one. Lookarounds and back references count
    for nothing. A text with no digit in a stretch then needs no search of it for such a pattern.
    """
    return _seq_needs_digit(_sre_parse.parse(pattern.pattern, pattern.flags))


def _seq_needs_digit(seq: Any) -> bool:
    return any(_node_needs_digit(op, av) for op, av in seq)


def _node_needs_digit(op: Any, av: Any) -> bool:
    if op is _sre.LITERAL:
        return av in _ASCII_DIGITS
    if op is _sre.IN:
        return bool(av) and all(
            o is _sre.LITERAL and a in _ASCII_DIGITS
            or o is _sre.RANGE and a[0] in _ASCII_DIGITS and a[1] in _ASCII_DIGITS
            or o is _sre.CATEGORY and a is _sre.CATEGORY_DIGIT
            for o, a in av)
    if op is _sre.SUBPATTERN:
        return _seq_needs_digit(av[-1])
    if op is _sre.BRANCH:
        return all(_seq_needs_digit(b) for b in av[1])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        return av[0] >= 1 and _seq_needs_digit(av[2])
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _seq_needs_digit(av)
    return False
