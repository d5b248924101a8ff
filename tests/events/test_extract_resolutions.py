"""Votes, drafts and resolutions across an article: each party's role in a resolution aimed at a party
(events/resolutions.py). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.records import Document, Sentence

from .conftest import NAMES, FakeActors

# bodies and members beyond the shared table, for these tests only
EXTRA = {"the Security Council": "UN", "the council": "UN", "the IAEA board": "IAEA", "the Assembly": "UN",
         "Canada": "CAN", "Mexico": "MEX", "Brazil": "BRA", "Norway": "NOR", "Chile": "CHL", "Kenya": "KEN",
         "Cuba": "CUB", "Venezuela": "VEN", "Ghana": "GHA", "Myanmar": "MMR", "Belarus": "BLR"}

Run = Callable[[str], list[Any]]

# the sentence that establishes what the resolution is aimed at, before each test's own sentences
OPENERS = {
    "SYR": "The Security Council adopted a resolution against Syria on Monday.",
    "MMR": "The Assembly adopted a resolution against Myanmar after a long debate.",
    "BLR": "On Thursday the IAEA board approved a resolution against Belarus.",
}


class Actors(FakeActors):
    def __init__(self, text: str) -> None:
        saved = dict(NAMES)
        NAMES.update(EXTRA)
        try:
            super().__init__(text)
        finally:
            NAMES.clear()
            NAMES.update(saved)


@pytest.fixture(scope="module")
def run(nlp: Any) -> Run:
    from tidings.events import extract

    def go(text: str) -> list[Any]:
        doc = nlp(text)
        sents = [Sentence(i, s.start_char, s.end_char, "body") for i, s in enumerate(doc.sents)]
        return extract(doc, Document(id="t", text=text, date="2024-03-01"), sents, Actors(text), [])  # type: ignore[arg-type]

    return go


def roles_of(events: list[Any], text: str, trigger_from: int) -> set[tuple[str, str, str | None]]:
    """(source, CAMEO, target) of the events triggered after the opener."""
    return {(e.source.key, e.cameo, e.target.key if e.target else None)
            for e in events if e.trigger.start >= trigger_from and e.source is not None}


def later(run: Run, target: str, rest: str) -> set[tuple[str, str, str | None]]:
    opener = OPENERS[target]
    text = f"{opener} {rest}"
    return roles_of(run(text), text, len(opener) + 1)


# voting for it, drafting or sponsoring it, or being listed as one who backed it: each party sides with it
SIDING = [
    ("SYR", "France, Mexico and Chile voted for the resolution.", ("FRA", "MEX", "CHL")),
    ("MMR", "Japan and Kenya voted in favour of the text.", ("JPN", "KEN")),
    ("BLR", "Britain, Canada and Brazil voted to adopt the draft.", ("GBR", "CAN", "BRA")),
    ("SYR", "Norway and Ghana had voted for the measure.", ("NOR", "GHA")),
    ("BLR", "Mexico voted in favour on Tuesday.", ("MEX",)),
    ("SYR", "The draft, written by Britain and Canada, demands a ceasefire.", ("GBR", "CAN")),
    ("MMR", "The resolution was sponsored by France and Mexico.", ("FRA", "MEX")),
    ("BLR", "Norway and Kenya tabled the motion last week.", ("NOR", "KEN")),
    ("SYR", "The text, which Japan and Brazil drafted, was softened before the vote.", ("JPN", "BRA")),
    ("SYR", "Countries that voted to back the motion were Chile, Kenya and Norway.", ("CHL", "KEN", "NOR")),
    ("MMR", "The states that supported the resolution were Ghana, Brazil and Mexico.", ("GHA", "BRA", "MEX")),
]


@pytest.mark.parametrize("target, rest, parties", SIDING)
def test_each_party_siding_with_the_resolution_condemns_its_target(run: Run, target: str, rest: str,
                                                                   parties: tuple[str, ...]) -> None:
    found = later(run, target, rest)
    for p in parties:
        assert (p, "111", target) in found


@pytest.mark.parametrize("target, rest, body", [
    ("SYR", "Nine members voted for the resolution.", "UN"),
    ("MMR", "The motion passed with 120 votes in favour.", "UN"),
    ("BLR", "The resolution passed easily.", "IAEA"),
])
def test_members_or_the_resolution_itself_stand_for_the_body(run: Run, target: str, rest: str, body: str) -> None:
    assert (body, "111", target) in later(run, target, rest)


@pytest.mark.parametrize("target, rest, parties", [
    ("SYR", "China, India and Egypt abstained.", ("CHN", "IND", "EGY")),
    ("MMR", "Brazil abstained from the vote.", ("BRA",)),
    ("BLR", "Turkey and Pakistan abstained on the resolution.", ("TUR", "PAK")),
])
def test_abstaining_declines_comment_with_no_target(run: Run, target: str, rest: str,
                                                    parties: tuple[str, ...]) -> None:
    found = later(run, target, rest)
    for p in parties:
        assert (p, "011", None) in found
        assert not any(s == p and c == "111" for s, c, _ in found)


@pytest.mark.parametrize("target, rest, parties, code, body", [
    ("SYR", "Venezuela and Cuba voted against the resolution.", ("VEN", "CUB"), "120", "UN"),
    ("BLR", "Russia and China voted against the text.", ("RUS", "CHN"), "120", "IAEA"),
    ("SYR", "Russia vetoed the draft.", ("RUS",), "129", "UN"),
    ("MMR", "China blocked the measure.", ("CHN",), "129", "UN"),
])
def test_voting_against_or_vetoing_it_is_aimed_at_the_body(run: Run, target: str, rest: str,
                                                           parties: tuple[str, ...], code: str, body: str) -> None:
    found = later(run, target, rest)
    for p in parties:
        assert (p, code, body) in found
        assert not any(s == p and c == "111" for s, c, _ in found)


@pytest.mark.parametrize("text", [
    "The Security Council passed resolution 2231 in 2015. France and Germany voted for the resolution.",
    "The resolution, drafted by Britain and Canada, calls for a ceasefire.",
    "A resolution of the dispute is near. Japan and Kenya voted in favour of the text.",
    "Brazil and India abstained.",
    "Lawmakers debated a motion on Monday. Mexico and Chile backed the motion.",
])
def test_a_resolution_aimed_at_no_one_codes_no_role(run: Run, text: str) -> None:
    found = {(e.cameo, e.pattern) for e in run(text)}
    assert not any((p or "").startswith("motion:") for _, p in found)


@pytest.mark.parametrize("target, rest, party", [
    ("SYR", "Brazil did not vote for the resolution.", "BRA"),
    ("MMR", "Chile voted for a proposal on refugees.", "CHL"),
    ("BLR", "Mexico voted for the president in the election.", "MEX"),
])
def test_no_role_without_the_act_or_the_reference(run: Run, target: str, rest: str, party: str) -> None:
    found = later(run, target, rest)
    assert not any(s == party and c == "111" for s, c, _ in found)


@pytest.mark.parametrize("opener, target", [
    ("The Security Council adopted a resolution condemning Syria on Monday.", "SYR"),
    ("The IAEA board passed a resolution censuring Belarus.", "BLR"),
    ("The Assembly approved a resolution condemning Myanmar after a long debate.", "MMR"),
])
def test_a_resolution_aimed_by_its_participle_clause_is_remembered(run: Run, opener: str, target: str) -> None:
    # "a resolution condemning X": the clause is the body's condemnation, and the resolution is aimed at X
    rest = "France and Mexico voted for the resolution."
    text = f"{opener} {rest}"
    events = run(text)
    body = next(e for e in events if e.cameo == "111" and e.trigger.start < len(opener))
    assert body.target.key.split(".")[0] == target and body.source.key in ("UN", "IAEA")
    found = roles_of(events, text, len(opener) + 1)
    assert {("FRA", "111", target), ("MEX", "111", target)} <= {(s, c, t.split(".")[0] if t else None)
                                                                 for s, c, t in found}


@pytest.mark.parametrize("text, parties", [
    ("A draft on shipping won nine votes, while Brazil, Kenya and Chile abstained.", ("BRA", "KEN", "CHL")),
    ("Norway abstained when the council voted on Tuesday.", ("NOR",)),
    ("The motion on fishing passed with two abstentions, from Canada and Mexico.", ("CAN", "MEX")),
])
def test_abstaining_declines_comment_even_on_a_text_aimed_at_no_one(run: Run, text: str,
                                                                     parties: tuple[str, ...]) -> None:
    found = roles_of(run(text), text, 0)
    assert {s for s, c, _ in found if c == "011"} == set(parties), found


@pytest.mark.parametrize("text", [
    "Hamas abstained from violence during the holiday.",
    "Kenya and Ghana abstain from strikes on the border.",
])
def test_abstaining_from_anything_but_a_vote_declines_no_comment(run: Run, text: str) -> None:
    assert not [e for e in run(text) if e.cameo == "011"]


def test_abstaining_from_the_vote_is_an_abstention(run: Run) -> None:
    assert {e.source.key for e in run("Kenya abstained from voting on the text.") if e.cameo == "011"} == {"KEN"}


@pytest.mark.parametrize("target, rest, authors", [
    ("SYR", "The draft, written by Britain and Canada, demands a ceasefire.", ("GBR", "CAN")),
    ("MMR", "The resolution was sponsored by France, Mexico and Chile.", ("FRA", "MEX", "CHL")),
    ("BLR", "Norway and Kenya tabled the motion last week.", ("NOR", "KEN")),
])
def test_parties_authoring_the_text_together_cooperate_with_each_other(run: Run, target: str, rest: str,
                                                                       authors: tuple[str, ...]) -> None:
    found = later(run, target, rest)
    assert {(s, t) for s, c, t in found if c == "050"} == {(a, b) for a in authors for b in authors if a != b}
    assert all((a, "111", target) in found for a in authors), "each still sides with the text"


@pytest.mark.parametrize("target, rest", [
    ("SYR", "The text, which Japan drafted, was softened before the vote."),
    ("MMR", "France, Mexico and Chile voted for the resolution."),
])
def test_a_single_author_or_fellow_voters_are_no_joint_authors(run: Run, target: str, rest: str) -> None:
    assert not [c for _, c, _ in later(run, target, rest) if c == "050"]
