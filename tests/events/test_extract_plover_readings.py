"""PLOVER readings of triggers (event_patterns.json 'plover_readings') and phrasal-verb particles the
parser gives as adverbs ('stepped down')."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def _events(analyze_text: Analyze, text: str, root: str) -> list[Any]:
    return [e for e in analyze_text(text).events if e.cameo[:2] == root]


# --- resignations are RETREAT 'resign' (PLOVER manual), not the table's CONCEDE ----------------------

@pytest.mark.parametrize("text, source", [
    ("The Kenyan president resigned on Monday.", "KEN"),
    ("Peru's prime minister resigned after the vote.", "PER"),
    ("The Georgian president stepped down on Sunday.", "GEO"),
    ("The Nepali prime minister has stepped down.", "NPL"),
    ("The Thai prime minister quit amid the protests.", "THA"),
])
def test_resignation_is_retreat(analyze_text: Analyze, text: str, source: str) -> None:
    evs = _events(analyze_text, text, "08")
    assert [(e.source.key.split(".")[0], e.plover, e.mode) for e in evs] == [(source, "RETREAT", "resign")]


@pytest.mark.parametrize("text", [
    "The Peruvian prime minister declined to resign.",
    "The Kenyan president refused to step down.",
])
def test_refused_resignation_keeps_the_refusal_type(analyze_text: Analyze, text: str) -> None:
    evs = _events(analyze_text, text, "12")
    assert evs and all(e.plover == "REJECT" for e in evs)


# --- expelling diplomats is SANCTION 'expel'; deporting other people stays COERCE --------------------

@pytest.mark.parametrize("text, source, target", [
    ("France expelled two Russian diplomats.", "FRA", "RUS"),
    ("Poland expelled the Belarusian ambassador on Friday.", "POL", "BLR"),
    ("Germany has expelled an Iranian envoy over the plot.", "DEU", "IRN"),
    ("Moldova on Tuesday expelled a Russian diplomat, its foreign ministry said.", "MDA", "RUS"),
])
def test_expelling_diplomats_is_sanction(analyze_text: Analyze, text: str, source: str, target: str) -> None:
    evs = _events(analyze_text, text, "17")
    assert [(e.source.key.split(".")[0], e.target.key.split(".")[0], e.plover) for e in evs] == [
        (source, target, "SANCTION")]


def test_deporting_nationals_stays_coerce(analyze_text: Analyze) -> None:
    evs = _events(analyze_text, "Germany expelled three Turkish nationals.", "17")
    assert [(e.cameo, e.plover) for e in evs] == [("174", "COERCE")]


# --- a particle parsed as an adverb still completes the phrasal verb -----------------------------

def test_particle_adverb_completes_phrasal_verb(nlp: Any) -> None:
    from tidings.events.match import match_verb
    from tidings.events.patterns import index

    for text in ("The minister stepped down.", "The Nepali premier stepped down on Sunday."):
        verb = next(t for t in nlp(text) if t.lemma_ == "step")
        hit = match_verb(verb, index())
        assert hit is not None and hit.pattern.id == "0831:verb:step down", text


def test_adverb_before_the_verb_is_no_particle(nlp: Any) -> None:
    from tidings.events.match import match_verb
    from tidings.events.patterns import index

    verb = next(t for t in nlp("Troops stepped back into the square.") if t.lemma_ == "step")
    hit = match_verb(verb, index())
    assert hit is None or "down" not in hit.pattern.preps


# --- refugees, asylum and human shields: dictionary entries in their common eventive sense ------------

@pytest.mark.parametrize("text, source", [
    ("Germany accepted a million Syrian refugees in 2015.", "DEU"),
    ("Uganda has taken in thousands of Congolese refugees this year.", "UGA"),
    ("Chad admitted some 20,000 Sudanese refugees last month.", "TCD"),
])
def test_taking_in_refugees_is_aid(analyze_text: Analyze, text: str, source: str) -> None:
    evs = _events(analyze_text, text, "07")
    assert [(e.source.key.split(".")[0], e.cameo, e.plover) for e in evs] == [(source, "075", "AID")]


@pytest.mark.parametrize("text, source", [
    ("Jordan says it will not accept any more refugees.", "JOR"),
    ("Lebanon will not accept more Syrian refugees, the minister said.", "LBN"),
    ("Hungary would not take in any refugees, its prime minister said.", "HUN"),
])
def test_refusing_refugees_is_reject(analyze_text: Analyze, text: str, source: str) -> None:
    evs = [e for e in analyze_text(text).events if e.plover == "REJECT"]
    assert [e.source.key.split(".")[0] for e in evs] == [source]


@pytest.mark.parametrize("text, source", [
    ("Thousands of Afghans sought refuge in Pakistan.", "AFG"),
    ("Some 5,000 Burundian refugees have sought asylum in Tanzania.", "BDI"),
    ("Two Iranian diplomats requested asylum on Monday.", "IRN"),
])
def test_seeking_asylum_is_request(analyze_text: Analyze, text: str, source: str) -> None:
    evs = _events(analyze_text, text, "02")
    assert [(e.source.key.split(".")[0], e.plover) for e in evs] == [(source, "REQUEST")]


@pytest.mark.parametrize("text, source", [
    ("Hamas fighters used civilians as human shields.", "PSE"),
    ("The Sri Lankan army held Tamil villagers as human shields.", "LKA"),
    ("Syrian troops are using prisoners as shields near the front.", "SYR"),
])
def test_human_shields_are_coercion(analyze_text: Analyze, text: str, source: str) -> None:
    evs = _events(analyze_text, text, "18")
    assert [(e.source.key.split(".")[0], e.cameo) for e in evs] == [(source, "184")]


# --- "swore to fight": an oath announces the act, so a sworn attack is a threat ---------------------

@pytest.mark.parametrize("text, source, target", [
    ("Ethnic Albanian guerrillas have sworn to fight the Macedonian army.", "ALB", "MKD"),
    ("The Taliban swore to fight the American forces.", "AFG", "USA"),
    ("Kurdish rebels have vowed to attack Turkish troops.", "TUR", "TUR"),
    ("Hamas has sworn to strike Israel again.", "PSE", "ISR"),
])
def test_sworn_attack_is_a_threat(analyze_text: Analyze, text: str, source: str, target: str) -> None:
    evs = [e for e in analyze_text(text).events if e.source and e.target]
    assert [(e.source.key.split(".")[0], e.target.key.split(".")[0], e.cameo[:2], e.status) for e in evs] == [
        (source, target, "13", "intended")]


def test_sworn_statement_is_not_an_intent(analyze_text: Analyze) -> None:
    evs = analyze_text("The Iranian minister swore that Tehran had not sent drones to Russia.").events
    assert [(e.cameo[:2], e.status) for e in evs] == [("07", "denied")]



# --- "would meet the envoy if ...": a conditional offer to cooperate is PLOVER AGREE --------------------

@pytest.mark.parametrize("text, source, root", [
    ("Syrian rebels said they would meet the UN envoy if he guaranteed their safety.", "SYR", "04"),
    ("Iran said it would resume talks with the IAEA if sanctions were lifted.", "IRN", "04"),
    ("Kenyan officials said they will send aid to Somalia if the fighting stops.", "KEN", "07"),
    ("Japan would provide loans to Sri Lanka if it reformed its economy.", "JPN", "07"),
])
def test_conditional_offer_is_agree(analyze_text: Analyze, text: str, source: str, root: str) -> None:
    evs = [e for e in analyze_text(text).events if e.source and e.source.key.startswith(source)]
    assert [(e.cameo[:2], e.status, e.plover) for e in evs] == [(root, "hypothetical", "AGREE")]


@pytest.mark.parametrize("text, plover", [
    ("Russia said it would attack Ukraine if NATO expanded.", "THREATEN"),  # a conflictual act: a threat
    ("Iran may resume talks with the IAEA, its envoy said.", "CONSULT"),  # no condition: not an offer
    ("Kenya held talks with Somalia after the fighting stopped.", "CONSULT"),  # done, not offered
])
def test_unconditional_or_hostile_act_keeps_its_type(analyze_text: Analyze, text: str, plover: str) -> None:
    evs = [e for e in analyze_text(text).events if e.cameo[:2] in ("04", "13")]
    assert evs and all(e.plover == plover for e in evs)


# --- peacekeepers arriving are deployed (074 AID), not on a visit (042) ------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The first Kenyan peacekeeping troops arrived in Haiti.", "KEN", "HTI"),
    ("UN peacekeepers arrived in Mali on Monday.", "UN", "MLI"),
    ("A battalion of Nepali peacekeeping soldiers has arrived in Lebanon, the army said.", "NPL", "LBN"),
    ("The first deployment of Nigerian peacekeeping troops has arrived in Liberia.", "NGA", "LBR"),
])
def test_arriving_peacekeepers_are_deployed(analyze_text: Analyze, text: str, source: str, target: str) -> None:
    evs = [e for e in analyze_text(text).events if e.target and e.target.key.startswith(target)]
    assert [(e.source.key.split(".")[0], e.cameo, e.plover) for e in evs] == [(source, "074", "AID")]


@pytest.mark.parametrize("text", [
    "Russian troops arrived in Belarus for joint drills.",  # not peacekeepers
    "A UN peacekeeping official arrived in Kinshasa on Monday.",  # one of their staff, on a visit
    "The head of UN peacekeeping arrived in Juba.",
])
def test_other_arrivals_stay_visits(analyze_text: Analyze, text: str) -> None:
    evs = analyze_text(text).events
    assert [e.cameo for e in evs] == ["042"]


# --- permitting political activity eases restrictions on it (0811 / 0812 CONCEDE) ----------------------
# "allowed X to hold a rally": the parser reads "X to hold a rally" as a clause; it is still the object phrase

@pytest.mark.parametrize("text, source, target, code", [
    ("The Pakistani interior minister allowed the opposition leader to hold a rally in Lahore.", "PAK", "PAK", "0811"),
    ("Egyptian authorities permitted the protest to go ahead on Friday.", "EGY", None, "0811"),
    ("Iran's government has allowed the opposition to stage a demonstration in Tehran.", "IRN", "IRN", "0811"),
    ("The Bangladeshi government legalised the party on Monday.", "BGD", "BGD", "0812"),
])
def test_permitting_political_activity_is_concede(analyze_text: Analyze, text: str, source: str,
                                                  target: str | None, code: str) -> None:
    evs = _events(analyze_text, text, "08")
    assert [(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None, e.cameo, e.plover)
            for e in evs] == [(source, target, code, "CONCEDE")]


@pytest.mark.parametrize("text", [
    "The Kenyan minister allowed reporters to attend the briefing.",  # no political freedom at stake
    "Thousands of Kenyans attended a rally in Nairobi.",  # the rally itself, no one permits it
])
def test_other_permissions_are_no_concession(analyze_text: Analyze, text: str) -> None:
    assert _events(analyze_text, text, "08") == []


def test_object_and_infinitive_read_as_a_clause_are_the_object_region(nlp: Any) -> None:
    from tidings.events.match import match_verb
    from tidings.events.patterns import index

    doc = nlp("The minister allowed the opposition leader to hold a rally.")
    verb = next(t for t in doc if t.lemma_ == "allow")
    hit = match_verb(verb, index())
    assert hit is not None and hit.pattern.id == "0811:verb:allow rally"
