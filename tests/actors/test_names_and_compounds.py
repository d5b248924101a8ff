"""Phrases that change what a dictionary hit means: organs of a possessive owner, names of laws and
treaties, demonym-participle compounds, people located in a region, places the NER calls persons,
and group labels the NER calls persons."""

from __future__ import annotations

from actor_helpers import key_of, table_of

from tidings.actors import DocActors
from tidings.actors.persons import person_spans


def keys_inside(table: DocActors, text: str, phrase: str) -> set[str]:
    i = text.index(phrase)
    return {m.key for m in table.inside(i, i + len(phrase)) if m.key}


# 1. an organ named after a possessive owner belongs to the owner


def test_possessive_organisation_owns_its_council_over_a_partial_alias(nlp):
    text = (
        "The AU's Peace and Security Council suspended Niger on Friday after the coup. "
        "The council said it would review the decision in three months."
    )
    table = table_of(nlp, text)
    assert key_of(table, text, "Peace and Security Council") == "AU"
    assert "UN" not in keys_inside(table, text, "The AU's Peace and Security Council")


def test_regional_bloc_owns_its_council(nlp):
    text = "ECOWAS's Mediation and Security Council said the junta must hand power back to civilians by July."
    table = table_of(nlp, text)
    assert key_of(table, text, "Mediation and Security Council") == "ECOWAS"


def test_possessive_country_owns_its_security_council(nlp):
    text = "Iran's Supreme National Security Council said on Sunday it would respond to the attack."
    table = table_of(nlp, text)
    assert key_of(table, text, "Supreme National Security Council") == "IRN.GOV"


def test_the_un_security_council_itself_is_still_the_un(nlp):
    text = "Russia vetoed a draft resolution at the UN Security Council on Monday."
    table = table_of(nlp, text)
    assert key_of(table, text, "UN Security Council") == "UN"


# 2. people located in a region are not of the article's home country


def test_security_services_across_europe_are_not_the_home_countrys(nlp):
    text = (
        "Russian police detained dozens of protesters in Moscow on Saturday. "
        "The Kremlin said the rallies were illegal. "
        "Security services across Europe have warned of a wave of sabotage linked to Russia."
    )
    table = table_of(nlp, text)
    key = key_of(table, text, "Security services")
    assert key is not None and key.split(".")[0] == "EUR"


def test_security_services_without_a_place_keep_the_home_country(nlp):
    text = (
        "Russian police detained dozens of protesters in Moscow on Saturday. "
        "Security services said the organisers had been paid from abroad."
    )
    table = table_of(nlp, text)
    assert key_of(table, text, "Security services") == "RUS.COP"


# 3. demonym-participle compounds


def test_russian_registered_companies_are_russian_business(nlp):
    text = (
        "Moldova's anti-corruption prosecutors said on Tuesday that pro-Russian parties in Moldova "
        "received cash transfers from Russian-registered companies before the Moldovan election."
    )
    table = table_of(nlp, text)
    assert key_of(table, text, "Russian-registered companies") == "RUS.BUS"


def test_owned_and_led_compounds_take_the_demonyms_country(nlp):
    text = (
        "Washington sanctioned three Chinese-owned firms on Thursday. "
        "The Saudi-led coalition bombed the port of Hodeidah, Yemeni officials said."
    )
    table = table_of(nlp, text)
    assert key_of(table, text, "Chinese-owned firms") == "CHN.BUS"
    coalition = key_of(table, text, "The Saudi-led coalition")
    assert coalition is not None and coalition.startswith("SAU")


def test_a_made_in_compound_names_no_actor(nlp):
    text = "Russia launched dozens of Iranian-made drones at Ukrainian cities overnight, Kyiv said."
    table = table_of(nlp, text)
    assert not any(k.startswith("IRN") for k in keys_inside(table, text, "Iranian-made drones"))
    assert key_of(table, text, "Russia") == "RUS.GOV"


# 4. names of laws, acts, treaties and resolutions are not actors


def test_acts_named_after_countries_are_not_those_countries(nlp):
    text = (
        "The Ukraine Freedom Support Act requires the administration to report on Russian arms sales. "
        "Senators also cited the Taiwan Relations Act and the North Korea Sanctions Act in the debate."
    )
    table = table_of(nlp, text)
    for law in ("Ukraine Freedom Support Act", "Taiwan Relations Act", "North Korea Sanctions Act"):
        assert keys_inside(table, text, law) == set(), law


def test_a_law_name_does_not_make_its_country_the_home_country(nlp):
    text = "The Taiwan Relations Act was passed in 1979. Lawmakers said the bill would be debated again."
    table = table_of(nlp, text)
    lawmakers = key_of(table, text, "Lawmakers")
    assert lawmakers is None or not lawmakers.startswith("TWN")


def test_a_numbered_resolution_is_not_its_issuer(nlp):
    text = "Israel said Iran had violated UN Security Council Resolution 2231 by enriching uranium."
    table = table_of(nlp, text)
    assert keys_inside(table, text, "UN Security Council Resolution 2231") == set()
    assert key_of(table, text, "Iran") == "IRN.GOV"


def test_the_owner_of_a_plan_is_still_an_actor(nlp):
    text = "Taiwan's president said the island would not accept China's Belt and Road Initiative."
    table = table_of(nlp, text)
    assert key_of(table, text, "Taiwan's president") == "TWN.GOV"
    assert key_of(table, text, "China") is not None


def test_a_title_case_headline_keeps_its_actors(nlp):
    text = "Russia Signs Defence Agreement With North Korea\n\nThe two countries signed the pact in Pyongyang."
    table = table_of(nlp, text)
    assert key_of(table, text, "Russia") is not None
    assert key_of(table, text, "North Korea") is not None


# 5. places the NER tags PERSON


def test_a_capital_the_ner_calls_a_person_is_no_person(nlp):
    text = "Zelenskyy returned to Kyiv on Monday after the summit."
    doc = nlp(text)
    assert any(e.text == "Kyiv" and e.label_ == "PERSON" for e in doc.ents)  # the NER's error this guards
    k = next(t.i for t in doc if t.text == "Kyiv")
    assert (k, k + 1) not in person_spans(doc, [])  # even without a dictionary hit on the token
    table = table_of(nlp, text)
    m = table.at(text.index("Kyiv"), text.index("Kyiv") + 4)
    assert m is not None and m.kind != "person" and m.key == "UKR.GOV"


# 6. a group label inside reported words is no one's name


def test_an_ethnic_label_is_not_the_name_of_a_speaker(nlp):
    text = (
        "Rwanda denies backing the rebels. A Rwandan government spokeswoman said Kigali was not a party "
        "to the conflict and accused Kinshasa of working with the FDLR, an armed group founded by Hutu "
        "extremists that Rwanda considers a threat."
    )
    table = table_of(nlp, text)
    i = text.index("A Rwandan government spokeswoman")
    speaker = table.at(i, i + len("A Rwandan government spokeswoman"))
    assert speaker is not None and speaker.key == "RWA.GOV"
    assert speaker.name != "Hutu"
    assert not any(m.kind == "person" for m in table.inside(text.index("Hutu"), text.index("Hutu") + 4))


def test_the_statement_by_the_spokeswoman_is_not_named_after_a_group_in_its_content(nlp):
    from tidings.pipeline import analyze_text

    text = (
        "Rwanda denies backing the rebels. A Rwandan government spokeswoman said Kigali was not a party "
        "to the conflict and accused Kinshasa of working with the FDLR, an armed group founded by Hutu "
        "extremists that Rwanda considers a threat."
    )
    found = [s for s in analyze_text(text).statements if s.content.text.startswith("Kigali was not")]
    assert found and found[0].speaker.key == "RWA.GOV"
    assert all(s.speaker.name != "Hutu" for s in found)
