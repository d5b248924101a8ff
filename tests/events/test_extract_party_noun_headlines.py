"""Headlines opened by a national word and a party noun ("Niger junta orders ...", "Kenyan police fire ..."):
the bare present after such a subject is read as the verb, as after a name; and "order X out" is an expulsion."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text

DATELINE = "\n\nLONDON, May 3 - Officials met on Monday.\n"


def _headline_events(title: str) -> list[tuple[str | None, str, str | None]]:
    a = analyze_text(title + DATELINE)
    return [(e.source.key if e.source else None, e.cameo, e.target.key if e.target else None)
            for e in a.events if e.sentence == 0]


@pytest.mark.parametrize("title, source, target", [
    ("Niger junta orders French troops out", "NER", "FRA"),
    ("Chadian junta orders French troops out", "TCD", "FRA"),
    ("Guinea junta orders French troops out", "GIN", "FRA"),
])
def test_a_party_noun_subject_headline_orders_troops_out(title: str, source: str, target: str) -> None:
    events = _headline_events(title)
    assert any(c == "174" and (s or "").startswith(source) and (t or "").startswith(target)
               for s, c, t in events), events


def test_a_police_headline_keeps_its_doer() -> None:
    events = _headline_events("Kenyan police fire tear gas at protesters")
    assert any(c.startswith("17") and (s or "").startswith("KEN.COP") for s, c, _ in events), events


@pytest.mark.parametrize("text, source, target", [
    ("Mali's junta ordered the UN peacekeepers out of the country on Friday.", "MLI", "UN"),
    ("Burkina Faso ordered French special forces out within a month.", "BFA", "FRA"),
    ("The government of Chad has ordered the German ambassador out.", "TCD", "DEU"),
])
def test_ordering_a_party_out_expels_it(text: str, source: str, target: str) -> None:
    a = analyze_text(text)
    assert any(e.cameo == "174" and (e.source.key or "").startswith(source) and e.target is not None
               and (e.target.key or "").startswith(target) for e in a.events), [(e.cameo, e.source, e.target) for e in a.events]


def test_ordering_someone_to_do_something_is_not_an_expulsion() -> None:
    a = analyze_text("Mali's junta ordered the army to secure the border.")
    assert not any(e.cameo == "174" for e in a.events)


@pytest.mark.parametrize("title, root, source", [
    ("Police fire tear gas at protesters in Georgia", "17", "GEO.COP"),
    ("Police Fire Tear Gas At Protesters In Georgia", "17", "GEO.COP"),
    ("Police fire rubber bullets at demonstrators in Nairobi", "17", "KEN.COP"),
    ("Police fire water cannon at students in Dhaka", "17", "BGD.COP"),
    ("Police raid opposition offices in Belarus", "19", "BLR.COP"),
])
def test_a_party_noun_opening_the_headline_is_its_subject(title: str, root: str, source: str) -> None:
    """A plain party noun that opens the headline ("Police", "Protesters", "Soldiers") leaves the bare
    present after it read as a noun, as a name does: the headline is parsed again with that word a verb."""
    events = _headline_events(title)
    assert any(c.startswith(root) and (s or "").startswith(source) for s, c, _ in events), events


def test_an_opening_noun_compound_is_left_alone() -> None:
    """"Police reform bill passes": the noun after the opening party noun is no pattern verb's, nothing changes."""
    events = _headline_events("Police reform bill passes in Kenya")
    assert not any(c.startswith(("17", "14", "18", "19")) for _, c, _ in events), events
