"""Echoes: a statement that names, by the article's own word for it, a deed coded elsewhere takes a stance on it.

'Vilnius is alarmed by the drills' after 'Russia will hold drills on the border, Latvia
said': the second statement codes no deed of its own, but its 'drills' is the word the
article already used for Russia's deed, so Lithuania speaks of that deed too. Words are
compared by a crude stem ('fired' / 'firing', 'launch' / 'launched'); the echoed deed must
be the only deed proposition the word names in the article, and coded outside the
statement. The echo need not name the doer ('Tokyo said the launch broke UN resolutions'),
but one naming another party than the deed's doer, target or its own speaker ('the attack
by Minsk') speaks of another deed; a cue negated or left open ('Reuters has not confirmed
the arrest') says nothing either way. Only assertions echo: a denial naming the deed is left to the denials
module, and an echo after a negation ('saw no such drills') is left alone. A word the
statement itself codes an act from ('plans to *launch* satellites after its first *launch*')
names that kind of act of the statement's own, not the deed told earlier.

A third party may name the deed by what it was done with: 'Seoul said Pyongyang fired two missiles
into the sea. Tokyo said *the missiles* fell outside its waters' (the head of the words after the
trigger, up to a preposition, conjunction or punctuation: object_boundaries). Only a party that is
neither the doer nor the target echoes so: 'Moscow said *the villages* were bases' after Kyiv told of
villages shelled names a place, not the shelling.

A signed agreement is named again by a noun for any agreement: 'Serbia and Kosovo signed
a deal, the EU said. Belgrade said *the deal* was a step forward' (agreement_echoes).
"""

from __future__ import annotations

from typing import Sequence

from ..records import ActorMention, Document, Event, Stance, Statement, TextSpan
from ..statements.cues import is_directive
from .event_mentions import AGREEMENT_CODES
from .lexicon import AGREEMENT_NOUNS, ALLEGATION_WORDS, DEFINITE, NEGATORS, OBJECT_BOUNDARIES
from .mention import Mention, content_words, is_deed, make_stance, withheld_cue
from .propositions import Signature, party

MIN_WORD = 4  # characters: shorter trigger words ('hit', 'aid') name too many things
MIN_STEM = 3  # characters a suffix must leave: 'used' stays 'used', not 'us'
SUFFIXES = ("ing", "ed", "es", "s", "e")
NEGATION_LEAD = 3  # words before the echoed word in which a negation takes it back: 'no such drills'
DEFINITE_LEAD = 3  # words from a definite determiner to the deed it names again: 'the upcoming autumn drills'


def stem(word: str) -> str:
    """A crude stem for comparing an event's trigger with a statement's words: 'firing' -> 'fir'."""
    w = word.lower().strip(".,;:\"'“”’()[]")
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM:
            return w[: -len(suffix)]
    return w


def echoes(document: Document, events: Sequence[Event], statements: Sequence[Statement],
           mentions: list[Mention], actors: Sequence[ActorMention] = ()) -> list[Mention]:
    """'Vilnius is alarmed by the drills': a statement with no coded deed of its own whose content
    uses the word an event elsewhere in the article was coded from joins that event's proposition,
    when that word names exactly one deed proposition among the article's stances."""
    by_stem = _deed_stems(mentions)
    by_object = _object_stems(mentions, document.text)
    if not by_stem and not by_object:
        return []
    holders: dict[Signature, set[str | None]] = {}
    for m in mentions:
        holders.setdefault(m.sig, set()).add(party(m.stance.holder))
    linked = {m.stance.statement for m in mentions if m.event is None}  # already joined to a claim by its words
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.speaker is None or not st.speaker.key or is_directive(st.cue_lemma):
            continue
        if st.stance not in ("asserts", "repeats"):
            continue  # a denial naming the deed is anaphoric_denials' to link, by its own rules
        if withheld_cue(document.text, st):
            continue  # 'Reuters has not confirmed the arrest': no word either way
        c = st.content
        if any(c.start <= e.trigger.start < c.end and is_deed(e) for e in events):
            continue  # a deed of its own is its proposition
        own = {stem(w) for e in events if c.start <= e.trigger.start < c.end for w in e.trigger.text.split()}
        me = party(st.speaker.key)
        found = _echoed(content_words(st), c.start, {k: v for k, v in by_stem.items() if k not in own}, st.stance)
        if found is None:
            found = _echoed(content_words(st), c.start, {k: v for k, v in by_object.items() if k not in own}, st.stance)
            if found is None or me in (party(found[0][0]), party(found[0][2])):
                continue  # 'the villages', said by the shelling's doer or target, names the place
        sig, stance, at = found
        if me in holders.get(sig, set()):
            continue  # the same party telling its own story again adds no holder (GUIDE: distinct holders)
        if _names_another_party(sig, me, c, actors):
            continue  # 'the attack by Minsk', after Moscow's attack was told: another attack
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, stance, c, si, None)
        out.append(Mention(sig, cs, at, None))
    return out


def _names_another_party(sig: Signature, me: str | None, c: TextSpan, actors: Sequence[ActorMention]) -> bool:
    """The echoing content names a party that is neither the deed's doer, its target nor the speaker:
    'Warsaw said the attack *by Minsk* was a crime' speaks of another attack than Moscow's. A content
    naming no party ('Warsaw said the overnight attack was a crime') names the one attack told."""
    return bool(_named(c, actors) - {party(sig[0]), party(sig[2]), me, None})


def _named(c: TextSpan, actors: Sequence[ActorMention]) -> set[str | None]:
    """The parties the actors stage coded inside a span."""
    return {party(a.key) for a in actors if a.key and c.start <= a.start and a.end <= c.end}


def _deed_stems(mentions: list[Mention]) -> dict[str, set[tuple[Signature, int]]]:
    """Stems of the trigger words of the deeds the article's stances are about, each with the
    propositions it names and where the trigger sits."""
    out: dict[str, set[tuple[Signature, int]]] = {}
    for m in mentions:
        e = m.event
        if e is None or not is_deed(e):
            continue
        for w in e.trigger.text.split():
            s = stem(w)
            if len(w) >= MIN_WORD and w.lower() not in ALLEGATION_WORDS:
                out.setdefault(s, set()).add((m.sig, e.trigger.start))
    return out


OBJECT_WORDS = 5  # words after a trigger searched for the head of what the deed was done with
OBJECT_CHARS = 80  # characters after a trigger those words are read from


def _object_stems(mentions: list[Mention], text: str) -> dict[str, set[tuple[Signature, int]]]:
    """Stems of the heads of the deeds' objects ('fired two short-range *missiles* into the sea'), each with
    the propositions it names and where the trigger sits (as _deed_stems, for the trigger words)."""
    out: dict[str, set[tuple[Signature, int]]] = {}
    for m in mentions:
        e = m.event
        if e is None or not is_deed(e):
            continue
        head = object_head(text[e.trigger.end : e.trigger.end + OBJECT_CHARS])
        if head and len(head) >= MIN_WORD and head not in ALLEGATION_WORDS and head not in DEFINITE:
            out.setdefault(stem(head), set()).add((m.sig, e.trigger.start))
    return out


def object_head(after: str) -> str | None:
    """'[fired] two short-range *missiles* into the sea', '[deployed] *warships*, the navy said': the last
    of the few words after a trigger before the first preposition or conjunction (object_boundaries) or
    punctuation: the head of the deed's object. None when the trigger is followed by a boundary at once."""
    words: list[str] = []
    for raw in after.split()[:OBJECT_WORDS]:
        w = raw.lower().strip("\"'“”‘’()[]")
        bare = w.rstrip(".,;:!?")
        if not bare or bare in OBJECT_BOUNDARIES:
            break
        words.append(bare)
        if bare != w:
            break  # punctuation closes the object
    return words[-1] if words else None


def _echoed(words: list[str], start: int, by_stem: dict[str, set[tuple[Signature, int]]],
            stance: Stance) -> tuple[Signature, Stance, int] | None:
    """The one proposition the content's words name, with the statement's stance, or None."""
    sigs: set[Signature] = set()
    for j, w in enumerate(words):
        named = by_stem.get(stem(w))
        if not named or not any(d in DEFINITE for d in words[max(0, j - DEFINITE_LEAD) : j]):
            continue  # 'supporting them' is a new act; '*the* support' names one already told
        if any(n in NEGATORS or n == "no" for n in words[max(0, j - NEGATION_LEAD) : j]):
            return None
        sigs |= {sig for sig, at in named if at < start}  # 'the drills' points back, not ahead
    if len(sigs) != 1:
        return None
    return sigs.pop(), stance, start



def agreement_echoes(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                     mentions: list[Mention], actors: Sequence[ActorMention] = ()) -> list[Mention]:
    """'Kosovo and Serbia signed an accord, the EU said ... Belgrade said *the agreement* would ease trade':
    a statement naming, by a definite noun for an agreement, the one signed agreement the article told
    earlier (between one pair of parties, in either direction) takes it up as a new holder, when its
    speaker is a party to it or names one. An agreement told in general ('Brussels signs the deals') is
    none to name again. A statement coding an act of its own, or negating the noun
    ('no deal'), is left alone."""
    deals = [m for m in mentions if m.event is not None and m.event.cameo.startswith(AGREEMENT_CODES)
             and not _habitual(m.event.trigger.text)]
    pairs = {frozenset((party(m.sig[0]), m.sig[2])) for m in deals}
    if len(pairs) != 1 or None in next(iter(pairs)):
        return []
    sides = next(iter(pairs))
    sigs = list(dict.fromkeys(m.sig for m in deals))
    holders = {party(m.stance.holder) for m in mentions if m.sig in sigs}
    first = min(m.at for m in deals)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if st.speaker is None or not st.speaker.key or is_directive(st.cue_lemma) or st.stance not in ("asserts", "repeats"):
            continue
        c, me = st.content, party(st.speaker.key)
        if c.start <= first or me in holders or any(c.start <= e.trigger.start < c.end for e in events):
            continue
        if me not in sides and not sides & _named(c, actors):
            continue  # 'the deal', its parties unnamed, may be another deal
        if not _names_agreement(content_words(st)):
            continue
        holders.add(me)
        for sig in sigs:
            cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, st.stance, c, si, None)
            out.append(Mention(sig, cs, c.start, None))
    return out


def _habitual(trigger: str) -> bool:
    """'Brussels *signs* the deals and we pay', 'such *deals*': a present-tense verb or a plural noun tells
    agreements in general, not the one signed agreement a later 'the deal' names."""
    w = (trigger.lower().split() or [""])[-1].strip(".,;:\"'’")
    return w.endswith("s") and not w.endswith("ss")


def _names_agreement(words: list[str]) -> bool:
    """'*the deal*', '*this* accord', '*the* nuclear *agreement*': a definite noun for an agreement, not negated."""
    for j, w in enumerate(words):
        if w not in AGREEMENT_NOUNS:
            continue
        lead = words[max(0, j - DEFINITE_LEAD) : j]
        if any(n in NEGATORS or n == "no" for n in lead):
            return False
        if any(d in DEFINITE for d in lead):
            return True
    return False
