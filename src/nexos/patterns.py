"""Pattern text built from word lists, shared by the readers of documents and of their metadata."""

from __future__ import annotations

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
