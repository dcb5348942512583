"""The `pack` stage: an article's stored form, made where the article was extracted.

The writer is one process (the parent of the worker pool) and every page it spends CPU on is time
its two workers cannot share (issue 16: the parent's serial share bounds the speed-up of two
workers). Of its ~16–18 ms per page of extraction-dev spent storing, ~10 ms did not need the store:
compressing the raw page (~4 ms), the MinHash signature and its band keys (~3 ms), and the check
that the databases can hold the article's text (~2.4 ms) (`benchmarks/ingest_parent_share.py`, CPU
per page). The last document stage makes them, on the executor like every other document stage
(pool, Dask or this process); the writer uses them as they are, or makes them itself for an
article that did not go through the stage (`pack_article`), the same way. The page itself is
compressed earlier, by the `compress` stage at the end of cleaning, so that it crosses to the
extraction worker as those bytes rather than whole a second time; `pack` stores them as they are.
"""
from __future__ import annotations

import hashlib
from functools import cache
from typing import Any

from storyline.clean.duplicates import NUM_PERM, body_signature
from storyline.errors import StoreRefusedError
from storyline.model import Article, Packed
from storyline.stage import Work
from storyline.store.storable import check_storable, compress_text

#: the threshold of a Packed that holds only the compressed page (the `compress` stage's): no
#: signature yet; never a real threshold (those are in [0, 1]), so `packed_for` does not take it
PAGE_ONLY = -1.0


def compress(work: Work) -> None:
    """The stage at the end of cleaning: the page compressed where it was read and repaired, so that
    it crosses to the extraction worker at ~1/8 of its size (`document.shipped`; extraction-dev's
    pages 371 KB each) instead of whole a second time; `pack` stores these bytes as they are. The
    page does not change after `decode`, which runs before."""
    work.article.packed = Packed(compress_text(work.article.raw), None, (), PAGE_ONLY)


def page_of(article: Article) -> bytes | None:
    """The page as `compress` left it on the article, if it did."""
    packed = article.packed
    return packed.raw if packed is not None and packed.threshold == PAGE_ONLY else None


def pack(work: Work) -> None:
    """The stage: the article as it will be stored (its extracted spans placed on it first, as the
    segment's end would), packed at the setting near_duplicate_threshold."""
    if work.found:
        from storyline.extract.stages import with_found

        work.article, work.found = with_found(work.article, work.found), {}
    work.article.packed = pack_article(work.article, float(work.settings["near_duplicate_threshold"]))


def pack_article(article: Article, threshold: float) -> Packed:
    """The compressed page (the `compress` stage's if it ran), signature, band keys and storability
    of `article` as it is now."""
    page = page_of(article)
    signature = body_signature(article.body)
    keys = tuple(band_keys(signature, threshold)) if signature else ()
    try:
        check_storable(article)
        refused = None
    except StoreRefusedError as exc:
        refused = exc.message
    return Packed(compress_text(article.raw) if page is None else page, signature, keys, threshold, refused)


def packed_for(article: Article, threshold: float) -> Packed:
    """The article's packed form if the stage made it at this threshold, else made now."""
    packed = article.packed
    if packed is not None and packed.threshold == threshold:
        return packed
    return pack_article(article, threshold)


@cache
def _bands(threshold: float) -> list[tuple[int, int]]:
    """The LSH bands (start, end) of DuplicateIndex at this threshold: datasketch picks how many
    bands of how many rows, for candidates at `threshold - 0.3` (at least 0.3; see DuplicateIndex)."""
    from datasketch import MinHashLSH

    lsh: Any = MinHashLSH(threshold=max(0.3, threshold - 0.3), num_perm=NUM_PERM)
    return [(i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b)]


def band_keys(signature: bytes, threshold: float) -> list[int]:
    """One signed 64-bit key per band: a hash of the band's number and its slice of the signature."""
    from datasketch import LeanMinHash

    values = LeanMinHash.deserialize(signature).hashvalues
    keys = []
    for number, (start, end) in enumerate(_bands(threshold)):
        digest = hashlib.blake2b(number.to_bytes(2, "big") + values[start:end].tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "big", signed=True))
    return keys

