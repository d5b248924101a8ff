"""International organisations, armed groups, media and the data files behind them."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

from tidings.actors.lexicon import lexicon


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("The UN Security Council will meet on Tuesday.", "UN Security Council", "UN"),
        ("ECOWAS suspended Niger after the coup.", "ECOWAS", "ECOWAS"),
        ("The IAEA said inspectors had been denied access.", "IAEA", "IAEA"),
        ("The International Criminal Court issued a warrant.", "International Criminal Court", "ICC"),
        ("Asean leaders met in Jakarta.", "Asean", "ASEAN"),
        ("The African Union called for a ceasefire.", "African Union", "AU"),
        ("NATO allies agreed to send more air defence.", "NATO", "NATO"),
    ],
)
def test_gazetteer_international_organisations(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Wagner fighters withdrew from the town.", "Wagner", "RUS.PMC:Wagner"),
        ("Hamas said it had received the proposal.", "Hamas", "PSE.REB:Hamas"),
        ("Hezbollah fired rockets at the north.", "Hezbollah", "LBN.REB:Hezbollah"),
        ("The Houthis targeted a tanker in the Red Sea.", "Houthis", "YEM.REB:Houthis"),
        ("The Rapid Support Forces (RSF) shelled the camp.", "Rapid Support Forces", "SDN.REB:RSF"),
        ("Al-Shabaab claimed the bombing in Mogadishu.", "Al-Shabaab", "SOM.REB:al-Shabaab"),
        ("M23 rebels advanced towards Goma.", "M23 rebels", "COD.REB:M23"),
    ],
)
def test_gazetteer_armed_groups(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_gazetteer_group_wins_over_its_country_in_a_phrase(nlp):
    text = "Russia's Wagner private military group recruited prisoners."
    assert key_of(table_of(nlp, text), text, "Russia's Wagner private military group") == "RUS.PMC:Wagner"


def test_gazetteer_regions(nlp):
    text = "Western countries accused Iran of supplying drones."
    assert key_of(table_of(nlp, text), text, "Western countries") == "WST"


def test_lexicon_has_the_promised_coverage():
    lex = lexicon()
    igos = {a.key for a in lex.aliases if a.kind == "igo"}
    groups = {a.key for a in lex.aliases if a.kind == "group"}
    countries = {a.key for a in lex.aliases if a.kind == "country"}
    assert len(igos) >= 60 and len(groups) >= 50 and len(countries) >= 190


def test_lexicon_rejects_a_bad_sector(monkeypatch):
    from tidings import data
    from tidings.actors import lexicon as lexmod
    from tidings.errors import DataError

    real = data.load

    def broken(name):
        obj = dict(real(name))
        if name == "actors_sectors":
            obj["entries"] = [{"sector": "XYZ", "class": "person", "words": ["boss"]}]
        return obj

    monkeypatch.setattr(data, "load", broken)
    lexmod.lexicon.cache_clear()
    try:
        with pytest.raises(DataError):
            lexmod.lexicon()
    finally:
        monkeypatch.undo()
        lexmod.lexicon.cache_clear()
