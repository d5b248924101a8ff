"""Membership bodies: "the 35-nation board", "the 27-member bloc", "the council", "the body" name a body named before.

A definite body noun (``member_bodies`` in actors_sectors.json) that no
dictionary resolves refers back to an organisation the text named earlier:

- counted by its members ("the 35-nation board", "the 15-member council",
  ``membership_units``), it is an international organisation named before,
  the one whose name holds the noun first ("the IAEA Board of Governors");
- bare ("the council", "the board"), it is the body named before whose name
  holds the noun ("the UN Security Council", "the Supreme Council of ...");
- a generic body noun (``generic_member_bodies``: "the body", "the
  grouping") is the international organisation named last, within a few
  sentences, unless the sentence that names it names another one too
  ("The World Bank and the African Union met. The nine-member panel ...").

With no such body named the noun stays unresolved: the home country's
council or board would be a guess.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import Draft, new_draft
from .lexicon import lexicon

WINDOW = 5  # sentences back for a generic body noun
DEFINITE = {"the", "this", "that"}


def _counted(doc: Any, det: Any, t: Any) -> bool:
    """Is the noun counted by its members ("the 35-nation board", "the 27-member bloc")?"""
    units = lexicon().membership_units
    between = doc[det.i + 1 : t.i]
    return any(w.lemma_.lower() in units or w.lower_ in units for w in between) and any(
        w.like_num for w in between
    )


def _international(d: Draft) -> bool:
    """An organisation keyed by its own acronym ("UN", "OAS"), not a state's body ("EGY.MIL")."""
    return "." not in (d.key or "") and ":" not in (d.key or "")


def _names_noun(doc: Any, b: Draft, noun: str) -> bool:
    """Does the body's name hold the noun, or the body name the noun's owner ("the IAEA Board of Governors")?"""
    if noun in b.text.lower().split():
        return True
    root = doc[b.start : b.end].root
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lower_ == noun


def _body_before(doc: Any, noun: str, counted: bool, generic: bool, si: int,
                 bodies: Sequence[Draft]) -> Draft | None:
    """The body a membership noun refers back to, latest first: one whose name holds the noun, else (counted
    or generic nouns only) the international organisation named last."""
    named = [b for b in bodies if _names_noun(doc, b, noun) and (not counted or _international(b))]
    if named:
        return named[-1]
    if counted or generic:
        near = [b for b in bodies if _international(b) and (counted or si - WINDOW <= b.sent)]
        if not near:
            return None
        rivals = {b.key for b in near if b.sent == near[-1].sent}
        return near[-1] if len(rivals) == 1 else None  # "The World Bank and the AU met ...": either could be meant
    return None


def member_bodies(doc: Any, drafts: Sequence[Draft]) -> list[Draft]:
    """Drafts for the definite membership-body nouns of ``doc``, keyed by the body each refers back to."""
    lex = lexicon()
    if not lex.member_bodies:
        return []
    taken = {i for d in drafts if d.key for i in range(d.start, d.end)}
    orgs = sorted((d for d in drafts if d.kind == "organisation" and d.key and not d.boiler and ":" not in d.key),
                  key=lambda d: d.start)
    sent_of = {t.i: si for si, s in enumerate(doc.sents) for t in s}
    out: list[Draft] = []
    for t in doc:
        noun = t.lower_
        if t.pos_ != "NOUN" or noun not in lex.member_bodies or t.i in taken:
            continue
        det = next((c for c in t.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in DEFINITE:
            continue
        if any(c.dep_ in ("compound", "amod") and c.i in taken for c in t.lefts):
            continue  # "the Kenyan council": the phrase has an owner of its own
        si = sent_of.get(t.i, 0)
        counted = _counted(doc, det, t)
        before = [b for b in orgs if b.end <= det.i]
        body = _body_before(doc, noun, counted, noun in lex.generic_member_bodies, si, before)
        if body is None:
            continue
        d = new_draft(doc, det.i, t.i + 1, body.key, "organisation", f"membership body -> {body.text!r} ({body.key})", si)
        d.name, d.entity, d.strength = body.name or body.text, body.entity, 1
        out.append(d)
    return out
