"""PETRARCH / TABARI ``.actors`` and ``.agents`` files as extra actor data."""

from __future__ import annotations

import pytest
from actor_helpers import table_of

from tidings.actors.lexicon import holder_for, lexicon, use_dictionaries
from tidings.actors.petrarch import cameo_key, iso_date, parse_actors, parse_agents
from tidings.errors import DataError

ACTORS = """# a small hand-written dictionary in the PETRARCH2 format
<!-- VERSION: test -->
NORTH_ESSEX_REPUBLIC_ [GBR] ; an invented country alias
+NORTH_ESSEXIANS_
ANDREAS_KOUMIDES_  ; invented person
\t[CYPGOV 20180301-20230228]
\t[CYPELI >20230301]
HELMUT_RANGEL_ [DEUMIL]
HARBOUR_BOARD_OF_LIMASSOL_ [CYPGOV]
"""

AGENTS = """<!-- test agents -->
PORT_AUTHORITY {} [~GOV] # no plural
HARBOUR_MASTER [~GOV]
COAST_WARDEN {COAST_WARDENS_GENERAL} [~MIL]
"""


def test_parse_actors_records_synonyms_and_dates():
    recs = parse_actors(ACTORS)
    assert [r.phrases[0] for r in recs] == [
        "North Essex Republic", "Andreas Koumides", "Helmut Rangel", "Harbour Board Of Limassol",
    ]
    assert recs[0].phrases == ["North Essex Republic", "North Essexians"] and recs[0].default == "GBR"
    dated = recs[1].dated
    assert (dated[0].code, dated[0].start, dated[0].end) == ("CYPGOV", "2018-03-01", "2023-02-28")
    assert (dated[1].code, dated[1].start, dated[1].end) == ("CYPELI", "2023-03-01", None)


def test_two_digit_years_pivot():
    assert iso_date("450703", path="x", line=1) == "1945-07-03"
    assert iso_date("070723", path="x", line=1) == "2007-07-23"
    with pytest.raises(DataError):
        iso_date("2023-01-01", path="x", line=1)


def test_parse_agents_plurals():
    pairs = {(a.phrase, a.code) for a in parse_agents(AGENTS)}
    assert ("port authority", "GOV") in pairs and ("port authoritys", "GOV") not in pairs
    assert ("harbour masters", "GOV") in pairs
    assert ("coast wardens general", "MIL") in pairs


def test_malformed_lines_raise_data_errors():
    with pytest.raises(DataError):
        parse_actors("+ORPHAN_SYNONYM\n")
    with pytest.raises(DataError):
        parse_agents("PORT_AUTHORITY [GOV]\n")


def test_cameo_codes_become_keys():
    codes = {"USA", "AFG"}
    sectors = ("GOV", "MIL")
    assert cameo_key("USAGOV", codes, sectors) == "USA.GOV"
    assert cameo_key("AFGELI", codes, sectors) == "AFG"
    assert cameo_key("IGOUNO", codes, sectors) is None


@pytest.fixture()
def with_dictionaries(tmp_path):
    actors = tmp_path / "extra.actors"
    agents = tmp_path / "extra.agents"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    use_dictionaries([str(actors), str(agents)])
    try:
        yield
    finally:
        use_dictionaries(None)


def test_dictionary_person_is_a_dated_holder(with_dictionaries):
    assert holder_for("Andreas Koumides", "2020-06-01").key == "CYP.GOV"
    assert holder_for("Andreas Koumides", "2024-06-01").key == "CYP"


def test_dictionary_entries_resolve_in_text(nlp, with_dictionaries):
    text = "Andreas Koumides said the harbour masters of North Essex Republic would strike on Monday."
    table = table_of(nlp, text, "2021-05-01")
    i = text.index("Andreas Koumides")
    m = table.at(i, i + len("Andreas Koumides"))
    assert m is not None and m.key == "CYP.GOV" and "petrarch" in m.evidence
    j = text.index("North Essex Republic")
    c = table.at(j, j + len("North Essex Republic"))
    assert c is not None and c.key.startswith("GBR")
    assert "harbour masters" in lexicon().roles


def test_without_dictionaries_the_names_are_unknown():
    use_dictionaries([])
    try:
        assert holder_for("Andreas Koumides", "2020-06-01") is None
    finally:
        use_dictionaries(None)
