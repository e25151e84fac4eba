"""SpanIndex answers exactly what a scan of every span answered (it replaced such scans on hot paths)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirelint.text.spans import SpanIndex

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda pair: (pair[0], pair[0] + pair[1]))


@given(st.lists(SPAN, max_size=12), SPAN)
def test_covers_and_overlaps_agree_with_a_scan_of_every_span(spans: list[tuple[int, int]], query: tuple[int, int]):
    start, end = query
    index = SpanIndex(spans)
    assert index.covers(start, end) == any(s <= start and end <= e for s, e in spans)
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert bool(index) == bool(spans)
