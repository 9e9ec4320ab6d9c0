"""Whether two documents are independent sources.

Only independent documents add a source: different publishers, no shared
cited URL (after canonicalisation), neither cites the other's URL, and no
near-duplicate text (syndicated copies). Documents that depend on each
other, directly or along a chain, count as one source.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from itertools import combinations
from typing import Any

from nexos.ingest.citations import canonical_url
from nexos.knowledge import fold

NEAR_DUPLICATE = 0.5
SKETCH = 8  # smallest shingle hashes kept per document for near-duplicate blocking
MAX_BLOCK = 64  # items compared pairwise within one block (a giant block is compared in a sliding window)
MEMO = 50_000  # document pairs whose independence is remembered before the memo starts over
BUCKETS = 8192  # bits in a document's shingle bitmap (1 KiB), which bounds an overlap before it is counted

# Texts folded once (documents, claim sentences) skip fold's cache: keeping them there would
# hold every text of the workspace twice, up to the cache's 65,536 entries.
fold_once = fold.__wrapped__


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed word 5-grams: what near-duplicate detection compares (ints keep memory small)."""
    words = re.findall(r"\w+", fold_once(text or ""))
    return {hash(" ".join(words[i : i + k])) for i in range(max(0, len(words) - k + 1))}


def _bitmap(hashes: Iterable[int]) -> tuple[int, int]:
    """(bitmap of the buckets the shingle hashes fall in, how many buckets that is)."""
    bits = bytearray(BUCKETS // 8)
    for h in hashes:
        b = h % BUCKETS
        bits[b >> 3] |= 1 << (b & 7)
    n = int.from_bytes(bits, "little")
    return n, n.bit_count()


class Independence:
    """Decides whether two documents are independent sources, with memoised pair checks.

    Per document it keeps only what the checks read: the folded publisher, cited and
    own URLs, and the shingle hashes as one sorted array (8 bytes a word of text); the
    memo is emptied when it fills, so a large workspace never holds every pair.
    """

    def __init__(self, docs: dict[str, dict[str, Any]],
                 shingle_sets: Mapping[str, Collection[int]] | None = None) -> None:
        self.ids = list(docs)
        self.cites = {d: frozenset(canonical_url(c["url"]) for c in x.get("citations") or [] if c.get("url"))
                      for d, x in docs.items()}
        self.own_url = {d: canonical_url(x["source_url"]) if x.get("source_url") else None for d, x in docs.items()}
        if shingle_sets is None:
            shingle_sets = {d: shingles(x.get("text") or "") for d, x in docs.items()}
        self.shingles = {d: sh if isinstance(sh, array) else array("q", sorted(sh)) for d, sh in shingle_sets.items()}
        self.buckets = {d: _bitmap(sh) for d, sh in self.shingles.items()}
        self.publisher = {d: fold(x.get("publisher") or "").strip() for d, x in docs.items()}
        self._pos = {d: i for i, d in enumerate(self.ids)}
        self._memo: dict[int, str | None] = {}
        self._sets: dict[str, frozenset[int]] = {}
        self._root: dict[str, str] | None = None

    def sketch(self, doc: str) -> list[int]:
        """A min-hash sketch: near-duplicates share some of their smallest shingle hashes."""
        return list(self.shingles.get(doc, ())[:SKETCH])

    def why_dependent(self, a: str, b: str) -> str | None:
        """None when ``a`` and ``b`` are independent, else the reason they are not."""
        if a == b:
            return "same document"
        i, j = self._pos[a], self._pos[b]
        key = i * len(self._pos) + j if i < j else j * len(self._pos) + i  # one int: a pair memo stays small
        if key not in self._memo:
            if len(self._memo) >= MEMO:
                self._memo.clear()
            self._memo[key] = self._check(a, b)
        return self._memo[key]

    def dependent_on(self, a: str) -> Callable[[str], bool]:
        """For one document, ``b -> why_dependent(a, b) is not None``, the commonest reasons (one document,
        one publisher) tested before the memo: a claim's corroborators are mostly other reports of one outlet."""
        publisher, pa, why = self.publisher, self.publisher[a], self.why_dependent

        def dependent(b: str) -> bool:
            return a == b or bool(pa) and publisher[b] == pa or why(a, b) is not None

        return dependent

    def _check(self, a: str, b: str) -> str | None:
        pa, pb = self.publisher[a], self.publisher[b]
        if pa and pa == pb:
            return "same publisher"
        if self.cites[a] & self.cites[b]:
            return "cite the same source"
        if (self.own_url[a] and self.own_url[a] in self.cites[b]) or (self.own_url[b] and self.own_url[b] in self.cites[a]):
            return "one cites the other"
        sa, sb = self.shingles.get(a, ()), self.shingles.get(b, ())
        if not (sa and sb and self._may_overlap(a, b)):
            return None
        if len(self._set(a).intersection(sb)) / min(len(sa), len(sb)) > NEAR_DUPLICATE:
            return "near-duplicate text"
        return None

    def _may_overlap(self, a: str, b: str) -> bool:
        """False when the two texts surely share too few shingles to be near-duplicates.

        Shared shingles fall in buckets both bitmaps have, at most one each, plus the
        shingles that share a bucket with another of the same text: an upper bound on the
        overlap from two integers, so the counting below runs only for pairs that could
        pass. The verdict is the count's; the bound only skips pairs it would reject.
        """
        (bits_a, used_a), (bits_b, used_b) = self.buckets[a], self.buckets[b]
        size_a, size_b = len(self.shingles[a]), len(self.shingles[b])
        bound = (bits_a & bits_b).bit_count() + min(size_a - used_a, size_b - used_b)
        return bound / min(size_a, size_b) > NEAR_DUPLICATE

    def _set(self, doc: str) -> frozenset[int]:
        """The shingles of a document as a set, for the few documents being compared just now."""
        if doc not in self._sets:
            if len(self._sets) >= 64:
                self._sets.clear()
            self._sets[doc] = frozenset(self.shingles[doc])
        return self._sets[doc]

    def count_sources(self, documents: Collection[str]) -> int:
        """Documents grouped by dependence: each group is one source.

        Groups are the connected components of dependence over the whole workspace,
        computed once (a syndication chain A→B→C makes one source even when B does
        not assert the claim). Candidate pairs come only from blocks that could make
        two documents dependent (same publisher, a shared cited or own URL, a shared
        min-hash shingle), so the cost is near-linear in the number of documents.
        """
        if self._root is None:
            self._root = self._components()
        return len({self._root.get(d, d) for d in documents})

    def source_of(self, document: str) -> str:
        """The independent source (dependence group) a document belongs to."""
        if self._root is None:
            self._root = self._components()
        return self._root.get(document, document)

    def _components(self) -> dict[str, str]:
        parent = {d: d for d in self.ids}

        def root(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        blocks: dict[tuple[str, Any], list[str]] = defaultdict(list)
        for d in sorted(self.ids):
            if self.publisher[d]:
                blocks[("publisher", self.publisher[d])].append(d)
            for u in self.cites[d] | ({self.own_url[d]} if self.own_url[d] else set()):
                blocks[("url", u)].append(d)
            for h in self.sketch(d):
                blocks[("text", h)].append(d)
        for (kind, _v), members in blocks.items():
            if len(members) < 2:
                continue
            if kind == "text":
                for a, b in combinations(members[:MAX_BLOCK], 2):
                    if root(a) != root(b) and self.why_dependent(a, b):
                        parent[root(a)] = root(b)
            else:
                for m in members[1:]:
                    if root(m) != root(members[0]) and self.why_dependent(members[0], m):
                        parent[root(m)] = root(members[0])
        return {d: root(d) for d in parent}
