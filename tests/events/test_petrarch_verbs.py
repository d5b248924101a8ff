"""PETRARCH/TABARI verb dictionaries read into tidings verb patterns (a sample written for these tests)."""

from __future__ import annotations

import importlib

import pytest

from tidings.errors import DataError

petrarch = importlib.import_module("tidings.events.petrarch")

SAMPLE = """# a verb dictionary written for these tests in the PETRARCH format
####### SYNONYM SETS #######
&ARMS_
+WEAPONS
+RIFLES
+AMMUNITION_
+ARMORED_VEHICLES

&TROOPS
+SOLDIERS
+TROOPS

####### VERB PATTERNS #######
---  FERRY   [---]  ---
FERRY {FERRIES FERRIED FERRYING}
SHUTTLE
- * &ARMS_ (TO $)                 [072]   # arms deliveries
- * {FOOD PARCELS}                [0233]
- * &TROOPS (TO BORDER)           [154:154]
- $ * +                           [---]
- &TROOPS *                       [154]   # a subject constraint

---  REBUKE   [111]  ---
REBUKE
CHASTISE
+TAKE_TO_TASK
- * (OVER {RIGHTS RECORD})        [112]
- * (AT HEARING)                  [:173]
- * NOTHING                       [999]
"""


@pytest.fixture(scope="module")
def parsed():
    return petrarch.parse_verbs(SAMPLE, "sample.verbs")


def _texts(parsed, code: str) -> set[str]:
    return {e["text"] for e in parsed.entries if e["code"] == code}


def test_block_code_gives_each_verb_a_pattern(parsed) -> None:
    assert _texts(parsed, "111") == {"rebuke", "chastise"}
    assert not any(e["text"] in ("ferry", "shuttle") for e in parsed.entries)  # [---]: no code of its own


def test_patterns_apply_to_every_verb_of_the_block(parsed) -> None:
    assert _texts(parsed, "112") == {"rebuke over record", "chastise over record"}
    assert _texts(parsed, "0233") == {"ferry parcels", "shuttle parcels"}  # {FOOD PARCELS} keeps its head


def test_synonym_sets_expand_to_single_word_members(parsed) -> None:
    arms = _texts(parsed, "072")
    assert arms == {f"{v} {w} to" for v in ("ferry", "shuttle") for w in ("weapons", "rifles", "ammunition")}
    assert _texts(parsed, "154") == {f"{v} {w} to border" for v in ("ferry", "shuttle") for w in ("soldiers", "troops")}


def test_reciprocal_codes_keep_the_first_and_empty_halves_are_skipped(parsed) -> None:
    assert _texts(parsed, "173") == {"rebuke at hearing", "chastise at hearing"}


def test_what_cannot_be_expressed_is_counted_not_guessed(parsed) -> None:
    assert parsed.skipped["pattern constrains words before the verb"] == 1
    assert parsed.skipped["pattern code empty or not in CAMEO 1.1b3"] == 2  # [---] and [999]
    assert parsed.skipped["multi-word verb form"] == 1


def test_imported_patterns_compile_to_tidings_patterns(parsed) -> None:
    from tidings.events.patterns import compile_pattern

    p = compile_pattern("154", "verb", "ferry soldiers to border")
    assert (p.head, p.preps, p.nouns) == ("ferry", ("to",), ("soldiers", "border"))
    assert all(e["origin"].startswith("sample.verbs:") for e in parsed.entries)


def test_a_file_that_is_not_a_verb_dictionary_is_refused() -> None:
    with pytest.raises(DataError, match="no verb patterns"):
        petrarch.parse_verbs("UNITED_STATES [USA]\nFRANCE [FRA]\n", "countries.actors")


def test_own_patterns_win_ties_and_imports_add_specific_ones(tmp_path) -> None:
    from tidings.events.patterns import index, use_verb_dictionaries

    path = tmp_path / "mine.verbs"
    path.write_text("---  REBUKE   [112]  ---\nREBUKE\n- * (OVER {RIGHTS RECORD})   [1124]\n", encoding="utf-8")
    own = index().verbs["rebuke"]
    use_verb_dictionaries([str(path)])
    try:
        merged = index().verbs["rebuke"]
    finally:
        use_verb_dictionaries(None)
    assert merged[0].code == "1124" and merged[0].id.endswith("@mine.verbs:3")  # more specific: first
    plain = [p for p in merged if not p.preps and not p.nouns]
    assert plain[0].code == own[-1].code == "111"  # the project's own bare 'rebuke' outranks the import
    assert any(p.code == "112" and "@mine.verbs" in p.id for p in plain)
    assert index().verbs["rebuke"] == own  # back to the project's patterns alone
