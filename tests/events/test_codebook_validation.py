"""The CAMEO and PLOVER data files are complete and consistent."""

from __future__ import annotations

import pytest

from tidings.errors import DataError
from tidings.events import codebook
from tidings.events.patterns import compile_pattern, index


def test_codebook_has_every_root_and_four_digit_codes() -> None:
    codes = codebook.codes()
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert {"0332", "1723", "2042", "1385", "0874"} <= set(codes)
    assert len(codes) > 280


@pytest.mark.parametrize(
    ("code", "plover", "quad"),
    [("0332", "AGREE", 1), ("072", "AID", 2), ("163", "COERCE", 4), ("016", "REJECT", 1), ("012", None, 1),
     ("024", "REQUEST", 1), ("112", "ACCUSE", 3), ("190", "ASSAULT", 4), ("154", "MOBILIZE", 4)],
)
def test_codebook_plover_mapping_follows_guide(code: str, plover: str | None, quad: int) -> None:
    info = codebook.info(code)
    assert info.plover == plover
    assert info.quad_class == quad
    assert -10 <= info.goldstein <= 10


def test_codebook_unknown_code_raises() -> None:
    with pytest.raises(DataError):
        codebook.info("999")


def test_patterns_cover_all_roots_with_enough_entries() -> None:
    ix = index()
    assert ix.size >= 400
    roots = {p.code[:2] for table in (ix.verbs, ix.nouns, ix.adjs) for ps in table.values() for p in ps}
    assert len(roots) == 20


def test_patterns_compile_phrasal_and_light_verbs() -> None:
    p = compile_pattern("163", "verb", "impose sanction on")
    assert (p.head, p.nouns, p.preps) == ("impose", ("sanction",), ("on",))
    n = compile_pattern("1724", "noun", "state of emergency")
    assert (n.head, n.of_obj) == ("state", "emergency")
    assert p.weight > compile_pattern("163", "verb", "impose").weight
