"""Event mentions: the stance each event of the document carries, through its statement or its attribution.

An event inside a statement's content is the speaker's stance on its proposition
(denied when the event is negated or the speaker disowns the deed), plus the
accuser's when the speaker denies it, plus that of a denial whose content is the whole
statement ('*Moldova accuses Russia ...*, Moscow denies'). An event the events stage
marked as claimed, denied or intended by someone, outside any statement, is that party's stance
('Armenia plans talks with Baku, *according to Yerevan*': Yerevan asserts the intent).
Speech acts make no mention, except a pledge by the act's own doer; requests make
none; meetings between two parties are undirected. A clash the events stage read both
ways from one word ('a shootout *between* Tajikistan and Kyrgyzstan') is, told by one of
its two parties, that party's word that the other side did it, not that it did.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from ..events.discourse import is_repeat
from ..records import ActorMention, Document, Event, Stance, Statement
from ..statements.cues import is_directive, lexicon
from .accusers import named_accuser
from .doubts import doubted
from .framing import reframed
from .lexicon import ALLEGATION_WORDS, INVOLVEMENT_WORDS, NEGATORS, OWNED_DEED
from .mention import Mention, is_deed, known_parties, make_stance, withheld_denial
from .propositions import Signature, act_code, distinct_holders, party, signature

MUTUAL_CODES = ("036", "04")  # CAMEO: intent to meet or negotiate; consult, meet, negotiate (no direction)
AGREEMENT_CODES = ("057",)  # CAMEO: sign a formal agreement (both parties to it are its doers)
MAX_DISOWN_LEAD = 3  # words from a negation to the part it disowns: 'was *not* directly *involved* in'


def event_mentions(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                   actors: Sequence[ActorMention] = ()) -> list[Mention]:
    out: list[Mention] = []
    known = known_parties(events, statements, actors)
    allegers: dict[int, str | None] = {}  # statement -> the party whose allegation it names
    mutual = _two_way(events)
    for ei, e in enumerate(events):
        sig = signature(e)
        if sig is None or _self_directed(e) or _unnamed_doer(e):
            continue
        if _is_speech_act(e, statements):
            out.extend(_pledge_mentions(document, sig, e, ei, statements))
            continue
        si = _holding_statement(e, statements)
        if si is not None and is_directive(statements[si].cue_lemma):
            continue  # 'urged Russia to withdraw': a request, not a claim that Russia withdraws
        if si is None and (owned := _owned_deed(document, sig, e, ei)) is not None:
            out.append(owned)
            continue
        if si is None:
            # a later mention of an act in the article's own voice ("the deal") is no one's new stance on it
            if e.status in ("claimed", "denied", "intended") and e.attributed_to and not is_repeat(e) \
                    and not (ei in mutual and _doer_tells(e, party(e.attributed_to))):
                stance: Stance = "denies" if e.status == "denied" else "asserts"
                cs = make_stance(document, None, e.attributed_to, e.attributed_name, stance, e.trigger, None, ei)
                out.append(Mention(sig, cs, e.trigger.start, e))
            continue
        for sj in (si, *_co_speakers(si, e, statements)):
            if withheld_denial(document.text, statements[sj]):
                continue  # 'Moscow has not denied that its troops ...': no stance either way
            if sj not in allegers:
                allegers[sj] = named_accuser(statements[sj], known)[1]
            alleger = allegers[sj]
            if ei in mutual and _doer_tells(e, _teller(e, statements[sj])):
                continue  # 'a clash between us and them', told by us: they did it (the mirrored reading)
            for read in reframed(document.text, e, statements[sj], events):
                rsig = signature(read) or sig
                out.extend(_statement_mentions(document, rsig, read, ei, statements[sj], sj, alleger, actors))
                out.extend(_enclosing_denials(document, rsig, read, ei, statements, sj))
    return out


def _co_speakers(si: int, e: Event, statements: Sequence[Statement]) -> list[int]:
    """'Ukraine and the United States have said Iran supplied drones': the statements stage gives each
    coordinated speaker a statement of the same content; an event in it is told by each of them, not
    only by the first. Not by its own doer: 'Colombia and Venezuela accused each other of harbouring
    rebels' is each party's word about the other (the events stage codes one act per accused). A signed
    agreement has both parties as doers: 'the EU and Iran announced the deal was done' is each of them
    asserting it."""
    c, me, cue = statements[si].content, statements[si].speaker, statements[si].cue
    if me is None or not me.key:
        return []
    same = [sj for sj, st in enumerate(statements)
            if sj != si and (st.content.start, st.content.end, st.cue.start) == (c.start, c.end, cue.start)
            and st.speaker is not None and st.speaker.key and st.speaker.key != me.key]
    doer = party(e.source.key if e.source else None)
    if e.cameo.startswith(AGREEMENT_CODES):
        return same  # 'the EU and Iran announced a deal was done': each party to it tells it
    if any(party(statements[sj].speaker.key) == doer for sj in (si, *same)):  # type: ignore[union-attr]
        return []
    return same


def undirected(mentions: list[Mention]) -> list[Mention]:
    """'Pashinyan and Aliyev will meet': a meeting or talks between two parties has no direction, so
    'AZE meets ARM' is the proposition already seen as 'ARM meets AZE'."""
    seen: set[Signature] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.at):
        sig = m.sig
        src, kind, tgt = sig
        if m.event is not None and m.event.cameo.startswith(MUTUAL_CODES) and tgt is not None and "." not in src:
            if sig not in seen and (tgt, kind, src) in seen:
                sig = (tgt, kind, src)
        seen.add(sig)
        out.append(Mention(sig, m.stance, m.at, m.event))
    return out


def one_way_agreements(mentions: list[Mention], events: Sequence[Event]) -> list[Mention]:
    """'The EU and Iran announced the deal ... Iran and six powers reached a deal ... the agreement between
    Iran and the United States': a signed agreement has both parties as doers, so the events stage codes it
    both ways; the two readings are one proposition. It is told from the side of the party the article
    makes the agreement's doer most often (on a tie, the reading told first, or coded first)."""
    agreed = {m.sig for m in mentions if m.event is not None and m.event.cameo.startswith(AGREEMENT_CODES)}
    doers = Counter(party(e.source.key if e.source else None) for e in events if e.cameo.startswith(AGREEMENT_CODES))
    first: dict[Signature, tuple[int, int]] = {}  # where each reading is first told, then its rank among the mentions
    for n, m in enumerate(mentions):
        first.setdefault(m.sig, (m.at, n))
    fold: dict[Signature, Signature] = {}
    for sig in agreed:
        src, kind, tgt = sig
        back = (tgt, kind, src) if tgt is not None else None
        if back is None or back not in agreed or back in fold or sig in fold:
            continue
        keep, drop = (sig, back) if (-doers[party(src)], first[sig]) <= (-doers[party(tgt)], first[back]) else (back, sig)
        fold[drop] = keep
    if not fold:
        return mentions
    return [Mention(fold.get(m.sig, m.sig), m.stance, m.at, m.event) for m in mentions]


def _two_way(events: Sequence[Event]) -> set[int]:
    """Deeds the events stage read both ways from one trigger ('a shootout between Tajikistan and
    Kyrgyzstan': TJK ASSAULT KGZ and KGZ ASSAULT TJK): the indices of both readings. Meetings and
    talks, undirected anyway, are left out."""
    seen: dict[tuple[int, str | None, str | None], list[int]] = {}
    for ei, e in enumerate(events):
        if e.cameo.startswith(MUTUAL_CODES) or not is_deed(e):
            continue
        key = (e.trigger.start, party(e.source.key if e.source else None), party(e.target.key if e.target else None))
        seen.setdefault(key, []).append(ei)
    out: set[int] = set()
    for (at, src, tgt), eis in seen.items():
        if src and tgt and src != tgt and (at, tgt, src) in seen:
            out.update(eis)
    return out


def _teller(e: Event, st: Statement) -> str | None:
    """The party telling an event held in a statement: the speaker, or the party the events stage
    attributes it to when the speaker is not coded."""
    if st.speaker is not None and st.speaker.key:
        return party(st.speaker.key)
    return party(e.attributed_to)


def _doer_tells(e: Event, teller: str | None) -> bool:
    return teller is not None and teller == party(e.source.key if e.source else None)


def _holding_statement(e: Event, statements: Sequence[Statement]) -> int | None:
    """The statement whose content holds the event (the events stage's link first)."""
    if e.statement is not None and 0 <= e.statement < len(statements):
        return e.statement
    best: int | None = None
    for i, st in enumerate(statements):
        c = st.content
        if c.start <= e.trigger.start < c.end and (best is None or c.end - c.start < statements[best].content.end - statements[best].content.start):
            best = i
    return best


def _is_speech_act(e: Event, statements: Sequence[Statement]) -> bool:
    """The event is the saying itself ('Kirby *claimed*') or names a claim ('Washington's *claims*'). A
    cue the events stage codes as a deed ('accused Moscow of *spreading* disinformation', a material act
    on another party) is that deed, not a saying."""
    if any(w.strip(".,;:\"'’") in ALLEGATION_WORDS for w in e.trigger.text.lower().split()):
        return True
    return any(st.cue.start <= e.trigger.start < st.cue.end for st in statements) and not is_deed(e)


def _unnamed_doer(e: Event) -> bool:
    """'Protests erupted': a doer the text never names (inferred, kind 'implied') is no proposition anyone
    asserts or denies."""
    return e.source is not None and e.source.kind == "implied"


def _self_directed(e: Event) -> bool:
    """'RUS.GOV AID RUS': a party acting on itself; 'BFA.REB ASSAULT BFA.MIL' is two parties and stays."""
    src, tgt = (e.source.key if e.source else None), (e.target.key if e.target else None)
    if not src or not tgt or party(src) != party(tgt):
        return False
    return src == tgt or "." not in src or "." not in tgt


def _pledge_mentions(document: Document, sig: Signature, e: Event, ei: int,
                     statements: Sequence[Statement]) -> list[Mention]:
    """'Tokyo *pledged* emergency aid to Islamabad': a cue that is itself an announced act (CAMEO 033x,
    intent to give aid) is the speaker asserting that act, when the speaker is the act's own doer."""
    if not e.cameo or act_code(e.cameo) == e.cameo or e.status in ("denied", "negated", "hypothetical"):
        return []
    if any(w.strip(".,;:\"'’") in ALLEGATION_WORDS for w in e.trigger.text.lower().split()):
        return []
    src = party(e.source.key if e.source else None)
    for si, st in enumerate(statements):
        if not (st.cue.start <= e.trigger.start < st.cue.end) or st.speaker is None or not st.speaker.key:
            continue
        if party(st.speaker.key) != src or st.stance not in ("asserts", "repeats") or is_directive(st.cue_lemma):
            continue
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "asserts", st.content, si, ei)
        return [Mention(sig, cs, st.cue.start, e)]
    return []


MAX_OWNING_LEAD = 120  # characters before an act noun searched for 'claimed responsibility for'


def _owned_deed(document: Document, sig: Signature, e: Event, ei: int) -> Mention | None:
    """'Al-Shabaab *claimed responsibility for* the raid', 'the Taliban took responsibility for the bombing':
    the party owning a deed the article reports is its doer asserting that it did it (the events stage has
    made the claimer the act's source). A claim nobody is said to make ('no group has claimed
    responsibility') owns nothing."""
    if e.status != "asserted" or e.source is None or not e.source.key or not is_deed(e):
        return None
    text = document.text
    lead = text[max(0, e.trigger.start - MAX_OWNING_LEAD) : e.trigger.start]
    m = OWNED_DEED.search(lead)
    if m is None:
        return None
    before = [w.strip(".,;:\"'“”").lower() for w in lead[: m.start()].split()[-3:]]
    if any(w in NEGATORS or w in ("no", "yet") for w in before):
        return None
    cs = make_stance(document, None, e.source.key, e.source.name or e.source.text, "asserts", e.trigger, None, ei)
    return Mention(sig, cs, e.trigger.start, e)


def _enclosing_denials(document: Document, sig: Signature, e: Event, ei: int, statements: Sequence[Statement],
                       si: int) -> list[Mention]:
    """'*Moldova accuses Russia of funding protests*, Moscow denies': a denial whose content is another
    party's statement denies what that statement asserts."""
    inner = statements[si]
    me = inner.speaker.key if inner.speaker else None
    out: list[Mention] = []
    for sj, st in enumerate(statements):
        c = st.content
        if sj == si or st.stance not in ("denies", "questions") or st.speaker is None or not st.speaker.key \
                or withheld_denial(document.text, st):
            continue
        if not (c.start <= inner.content.start and inner.content.end <= c.end) or not distinct_holders(st.speaker.key, me):
            continue
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, st.stance, c, sj, ei)
        out.append(Mention(sig, cs, c.start, e))
    return out


def _statement_mentions(document: Document, sig: Signature, e: Event, ei: int, st: Statement, si: int,
                        alleger: str | None = None, actors: Sequence[ActorMention] = ()) -> list[Mention]:
    """The speaker's stance on an event inside their statement, and the accuser's when they deny it: the
    one the events stage names, else the one the denial names ('denied *Germany's* accusation that ...',
    'rejected the claims *by Kyiv* that ...')."""
    st = _voiced(document.text, e, st, actors)
    if st.speaker is None or not st.speaker.key:
        return []
    stance: Stance = st.stance
    if e.status in ("denied", "negated") and stance != "questions":
        stance = "denies"
    elif stance in ("asserts", "repeats") and _disowned(document.text, st, e):
        stance = "denies"
    elif stance in ("asserts", "repeats") and (doubt := doubted(document.text, st, e)) is not None:
        stance = doubt  # 'said there was no evidence that it sent drones', 'said reports that ... were false'
    out = [Mention(sig, make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, stance, st.content, si, ei), st.content.start, e)]
    accuser, name = e.attributed_to, e.attributed_name
    if not accuser or not distinct_holders(accuser, st.speaker.key):
        accuser, name = alleger, None
    if stance in ("denies", "questions") and accuser and distinct_holders(accuser, st.speaker.key):
        # "denied Washington's claims that ...": Washington holds the claim being denied
        cs = make_stance(document, st, accuser, name, "asserts", st.content, si, ei)
        out.append(Mention(sig, cs, st.content.start, e))
    return out


def _voiced(text: str, e: Event, st: Statement, actors: Sequence[ActorMention]) -> Statement:
    """Who voices an event inside a statement. Its speaker, except: a statement whose speaker is not
    coded is voiced by the party the events stage attributes the event to; and a content that opens
    with another party's own report ('*Egypt said* it was severing ties over ..., the agency
    reported') is voiced by that party, when the events stage attributes the event to it too."""
    who = e.attributed_to
    if not who or party(who) == party(e.source.key if e.source else None):
        return st
    if st.speaker is None or not st.speaker.key:
        return replace(st, speaker=ActorMention(st.cue.start, st.cue.end, st.cue.text, who, e.attributed_name))
    if party(who) == party(st.speaker.key):
        return st
    c = st.content
    for a in actors:
        if not a.key or party(a.key) != party(who) or a.start < c.start or a.end > e.trigger.start:
            continue
        opening = text[c.start : a.start].strip(" \"“'").lower() in ("", "the")
        if opening and _report_verb((text[a.end : e.trigger.start].split() or [""])[0]):
            return replace(st, speaker=a)
    return st


IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "thought": "think", "spoke": "speak"}


def _report_verb(word: str) -> bool:
    """'said', 'reported', 'announces': a past or present form of a speech-cue verb of the lexicon."""
    w = word.lower().strip(".,;:\"'“”")
    verbs = lexicon().verbs
    forms = [IRREGULAR_PAST.get(w, w), w[:-1], w[:-2], w[:-1] + "e" if w.endswith("ed") else ""]
    return any(f in verbs and not verbs[f].directive for f in forms if f)


def _disowned(text: str, st: Statement, e: Event) -> bool:
    """'Rwanda said it had played *no role in* the shelling': a party that says it had no part in a deed of
    its own side denies that deed, though the deed itself is not negated."""
    if st.speaker is None or party(st.speaker.key) != party(e.source.key if e.source else None):
        return False
    before = [w.strip(".,;:\"'“”") for w in text[st.content.start : e.trigger.start].lower().replace("’", "'").split()]
    for j, w in enumerate(before):
        if w in INVOLVEMENT_WORDS and any(n in NEGATORS or n == "no" for n in before[max(0, j - MAX_DISOWN_LEAD) : j]):
            return True
    return False
