"""A third party backing an allegation already contested in the article relays it (own sentences)."""

from __future__ import annotations

from claim_helpers import Text

from tidings.claims import build
from tidings.records import ActorMention, Event, Statement

TEXT = (
    "Lithuania accused Belarus of arming smugglers on the border. "
    "Minsk denied the allegation. "
    "Latvia said it had solid evidence that Belarusian weapons reached gangs in Lithuania. "
    "Estonia said Lithuanian farmers were worried."
)


def _records(t: Text, evidence: str = "solid evidence") -> tuple[list[Event], list[Statement], list[ActorMention]]:
    accuse = Event(t.who("Lithuania", "LTU.GOV"), t.who("Belarus", "BLR.GOV"), "112", t.span("accused"), 0,
                   status="asserted", plover="ACCUSE")
    arm = Event(t.who("Belarus", "BLR.GOV"), t.who("border", "LTU"), "072", t.span("arming"), 0,
                status="claimed", plover="AID", quad_class=2)
    said = [
        Statement(t.who("Lithuania", "LTU.GOV"), t.span("accused"), "indirect",
                  t.span("Belarus of arming smugglers on the border"), 0, "accuse", "asserts"),
        Statement(t.who("Minsk", "BLR.GOV"), t.span("denied"), "indirect", t.span("the allegation"), 1, "deny", "denies"),
        Statement(t.who("Latvia", "LVA.GOV"), t.span("said"), "indirect",
                  t.span(f"it had {evidence} that Belarusian weapons reached gangs in Lithuania"), 2, "say", "asserts"),
        Statement(t.who("Estonia", "EST.GOV"), t.span("said", 1), "indirect",
                  t.span("Lithuanian farmers were worried"), 3, "say", "asserts"),
    ]
    actors = [t.who("Lithuania", "LTU.GOV"), t.who("Belarus", "BLR.GOV"), t.who("Minsk", "BLR.GOV"),
              t.who("Latvia", "LVA.GOV"), t.who("it had", "LVA.GOV"), t.who("Belarusian", "BLR"),
              t.who("Lithuania", "LTU", 1), t.who("Estonia", "EST.GOV"), t.who("Lithuanian", "LTU")]
    return [accuse, arm], said, actors


def _holders(claims: list) -> set[tuple[str | None, str]]:
    return {(s.holder, s.stance) for c in claims for s in c.stances}


def test_third_party_evidence_of_a_contested_deed_repeats_it() -> None:
    t = Text(TEXT)
    events, said, actors = _records(t)
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    assert (claims[0].proposition.source, claims[0].proposition.target) == ("BLR.GOV", "LTU")
    assert _holders(claims) == {("LTU.GOV", "asserts"), ("BLR.GOV", "denies"), ("LVA.GOV", "repeats")}
    relay = next(s for s in claims[0].stances if s.holder == "LVA.GOV")
    assert relay.statement == 2 and relay.event is None


def test_no_corroboration_without_actor_mentions_or_allegation_word() -> None:
    t = Text(TEXT)
    events, said, actors = _records(t)
    assert ("LVA.GOV", "repeats") not in _holders(build(t.doc, events, said))
    for words in ("been told", "no evidence", "never seen evidence"):
        t2 = Text(TEXT.replace("solid evidence", words))
        events, said, actors = _records(t2, words)
        assert ("LVA.GOV", "repeats") not in _holders(build(t2.doc, events, said, actors=actors))


def test_corroboration_needs_both_parties_and_a_contested_deed() -> None:
    t = Text(TEXT)
    events, said, actors = _records(t)
    # only the accused named: which deed it backs is not said
    no_target = [a for a in actors if not (a.key == "LTU" and a.text == "Lithuania")]
    assert ("LVA.GOV", "repeats") not in _holders(build(t.doc, events, said, actors=no_target))
    # without the denial nothing is contested, and a lone backer does not make a claim of it
    uncontested = [s for s in said if s.stance != "denies"]
    assert ("LVA.GOV", "repeats") not in _holders(build(t.doc, events, uncontested, actors=actors))


def test_corroboration_skips_a_statement_coding_its_own_deed() -> None:
    t = Text(TEXT)
    events, said, actors = _records(t)
    own = Event(t.who("Belarusian", "BLR"), t.who("gangs", "LTU.REB"), "190", t.span("reached"), 0,
                status="claimed", plover="ASSAULT", quad_class=4)
    holders = _holders(build(t.doc, [*events, own], said, actors=actors))
    assert ("LVA.GOV", "repeats") not in holders


DISOWN = ("Kinshasa said Rwandan troops shelled villages near Goma. "
          "Kigali denied any involvement in the shelling of villages near the town of Goma last week.")


def _disown_records(t: Text, denial: str, denier: tuple[str, str] = ("Kigali", "RWA.GOV")) -> tuple[list[Event], list[Statement]]:
    shell = Event(t.who("Rwandan troops", "RWA.MIL"), t.who("villages", "COD.CVL"), "195", t.span("shelled"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4)
    said = [
        Statement(t.who("Kinshasa", "COD.GOV"), t.span("said"), "indirect",
                  t.span("Rwandan troops shelled villages near Goma"), 0, "say", "asserts"),
        Statement(t.who(*denier), t.span("denied"), "indirect", t.span(denial), 1, "deny", "denies"),
    ]
    return [shell], said


def test_a_long_denial_of_involvement_joins_the_allegation_against_the_denier() -> None:
    t = Text(DISOWN)
    events, said = _disown_records(t, "any involvement in the shelling of villages near the town of Goma last week")
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    assert (claims[0].proposition.source, claims[0].proposition.target) == ("RWA.MIL", "COD.CVL")
    assert _holders(claims) == {("COD.GOV", "asserts"), ("RWA.GOV", "denies")}


def test_a_long_denial_without_an_involvement_word_stays_unlinked() -> None:
    t = Text(DISOWN.replace("any involvement in", "that soldiers were near"))
    events, said = _disown_records(t, "that soldiers were near the shelling of villages near the town of Goma last week")
    assert build(t.doc, events, said) == []


def test_disowning_is_about_the_deniers_own_deeds() -> None:
    # Uganda denies a role: the allegation is against Rwanda, so Uganda's denial is not about it
    t = Text(DISOWN.replace("Kigali", "Kampala"))
    events, said = _disown_records(t, "any involvement in the shelling of villages near the town of Goma last week",
                                   ("Kampala", "UGA.GOV"))
    assert build(t.doc, events, said) == []
    short = Text("Kinshasa said Rwandan troops shelled villages near Goma. Kampala denied any role in it.")
    events, said = _disown_records(short, "any role in it", ("Kampala", "UGA.GOV"))
    assert build(short.doc, events, said) == []


def _spy_records(t: Text, denial: str, expeller: str = "Berlin") -> tuple[list[Event], list[Statement]]:
    expel = Event(t.who(expeller, "DEU.GOV"), t.who("a Russian diplomat", "RUS.GOV"), "174", t.span("expelled"), 0,
                  status="asserted", plover="COERCE", quad_class=4)
    # the events stage coded the spying but not who alleges it
    spy = Event(t.who("the diplomat", "RUS.GOV"), t.who("Germany", "DEU"), "170", t.span("spied"), 0,
                status="denied", plover="COERCE", quad_class=4)
    said = [Statement(t.who("Moscow", "RUS.GOV"), t.span("rejected"), "indirect", t.span(denial), 0, "reject", "denies")]
    return [expel, spy], said


def test_a_denial_naming_the_accuser_by_agent_gives_the_accuser_a_stance() -> None:
    t = Text("The German authorities expelled a Russian diplomat. Moscow rejected the accusations made by the "
             "federal German authorities that the diplomat spied on Germany.")
    # 'the German authorities' is a coded party of the article
    events, said = _spy_records(t, "the accusations made by the federal German authorities that the diplomat spied on Germany",
                                "The German authorities")
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    assert _holders(claims) == {("RUS.GOV", "denies"), ("DEU", "asserts")}


def test_a_denial_naming_the_accuser_by_possessive_gives_the_accuser_a_stance() -> None:
    t = Text("Berlin expelled a Russian diplomat. Moscow rejected Germany's claim that the diplomat spied on Germany.")
    events, said = _spy_records(t, "Germany's claim that the diplomat spied on Germany")
    claims = build(t.doc, events, said)
    assert _holders(claims) == {("RUS.GOV", "denies"), ("DEU", "asserts")}


def test_a_denial_naming_no_accuser_stays_alone() -> None:
    t = Text("Berlin expelled a Russian diplomat. Moscow rejected the accusations that the diplomat spied on Germany.")
    events, said = _spy_records(t, "the accusations that the diplomat spied on Germany")
    assert build(t.doc, events, said) == []


def _role_records(t: Text, said_words: str, speaker: tuple[str, str] = ("Kigali", "RWA.GOV")) -> list:
    shell = Event(t.who("Rwandan troops", "RWA.MIL"), t.who("villages", "COD.CVL"), "195", t.span("shelled"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4)
    # the events stage coded the shelling Kigali speaks of, as a claimed deed (nothing negates 'shelling')
    again = Event(t.who("Rwandan troops", "RWA.MIL"), t.who("villages", "COD.CVL"), "195", t.span("shelling"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4)
    said = [
        Statement(t.who("Kinshasa", "COD.GOV"), t.span("said"), "indirect",
                  t.span("Rwandan troops shelled villages near Goma"), 0, "say", "asserts"),
        Statement(t.who(*speaker), t.span("said", 1), "indirect", t.span(said_words), 1, "say", "asserts"),
    ]
    return build(t.doc, [shell, again], said)


def test_saying_one_had_no_role_in_a_deed_denies_it() -> None:
    for words in ("it had played no role in the shelling", "its army was not involved in the shelling"):
        t = Text(f"Kinshasa said Rwandan troops shelled villages near Goma. Kigali said {words} of the villages.")
        assert _holders(_role_records(t, words)) == {("COD.GOV", "asserts"), ("RWA.GOV", "denies")}


def test_no_role_said_of_another_partys_deed_or_of_something_else_is_no_denial() -> None:
    t = Text("Kinshasa said Rwandan troops shelled villages near Goma. "
             "Kampala said it had played no role in the shelling of the villages.")
    assert ("UGA.GOV", "denies") not in _holders(_role_records(t, "it had played no role in the shelling", ("Kampala", "UGA.GOV")))
    t = Text("Kinshasa said Rwandan troops shelled villages near Goma. "
             "Kigali said the shelling was its answer to a role the rebels had played.")
    holders = _holders(_role_records(t, "the shelling was its answer to a role the rebels had played"))
    assert ("RWA.GOV", "asserts") in holders and ("RWA.GOV", "denies") not in holders
