"""SourceMap: field offsets back to file offsets through entities and escapes."""

from wirelint.sourcemap import SourceMap


def test_shift_maps_a_verbatim_slice():
    mapping = SourceMap.shift(10, 5)
    assert [mapping.start(i) for i in range(5)] == [10, 11, 12, 13, 14]
    assert mapping.end(5) == 15


def test_atomic_piece_maps_to_the_whole_entity():
    # field "a&b" from source "a&amp;b" at offset 0
    mapping = SourceMap()
    mapping.add_literal(0, 1)
    mapping.add_atomic(1, 1, 6)
    mapping.add_literal(6, 1)
    assert len(mapping) == 3
    assert mapping.start(1) == 1 and mapping.end(2) == 6
    assert mapping.start(2) == 6 and mapping.end(3) == 7


def test_adjacent_literals_merge():
    mapping = SourceMap()
    mapping.add_literal(0, 2)
    mapping.add_literal(2, 3)
    assert mapping.start(4) == 4 and mapping.end(5) == 5


def test_compose_chains_two_maps():
    # inner: field "x&y" over middle "x&amp;y"; outer: middle offsets shifted by 100
    inner = SourceMap()
    inner.add_literal(0, 1)
    inner.add_atomic(1, 1, 6)
    inner.add_literal(6, 1)
    outer = SourceMap.shift(100, 7)
    chained = inner.compose(outer)
    assert chained.start(0) == 100
    assert (chained.start(1), chained.end(2)) == (101, 106)
    assert chained.end(3) == 107
