"""Denials that do not restate what they deny: anaphoric denials, dismissals and relayed denials.

'Moscow rejected *the allegation*', 'denied *any role* in the crossings': a short
denial, or one that names an allegation, evidence or the denier's involvement, joins
the nearest earlier allegation made by another party (by the accuser it names, when it
names one, or by a party its content names: 'the reports *on Greek television*'),
preferring an allegation against the denier; with none earlier, a denial naming an
allegation ('dismissed *the allegations*', in a lead) joins the first later allegation
against the denier. Inside one country two sectors are two parties ('SYR.NGO' accuses,
'SYR.GOV' denies). 'we consider *these claims*
*groundless*' is such a denial though its cue is 'said'. 'said the Azerbaijani side
has *refuted* the information': a speaker who reports another party's denial as fact
takes that denial up, when exactly one alleged deed fits.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..records import ActorMention, Document, Event, Stance, Statement, TextSpan
from ..statements.cues import is_directive
from .accusers import named_accuser
from .framing import MAX_OBJECT_LEAD
from .lexicon import (
    ALLEGATION_WORDS,
    APPENDED_ALLEGATION,
    APPENDED_DENIAL,
    DISMISSIVE_WORDS,
    EVIDENCE_WORDS,
    INVOLVEMENT_WORDS,
)
from .mention import Mention, allegeable, content_words, known_parties, make_stance, party_starting, withheld_denial
from .propositions import distinct_holders, party, signature

SHORT_CONTENT = 6  # words: 'denied it', 'rejected the allegation'
DENIAL_CODE = "016"  # CAMEO: deny responsibility / reject an allegation
REBUTTAL_CODES = (DENIAL_CODE, "11")  # CAMEO: deny; disapprove, criticise, accuse


def anaphoric_denials(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                      mentions: list[Mention], actors: Sequence[ActorMention] = ()) -> list[Mention]:
    """'Moscow rejected the allegation': the denial joins the nearest earlier allegation made by another
    party (by the party it names, when it names one: 'denied Germany's accusation'), preferring one that
    concerns the denier: an allegation about someone else is not the one it rejects. With no earlier
    one, 'dismissed the allegations' answers the first later allegation against the denier."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    deeds = {m.stance.statement for m in mentions if m.stance.statement is not None and allegeable(m)}
    known = known_parties(events, statements, actors)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if st.speaker is None or not st.speaker.key or withheld_denial(document.text, st):
            continue
        if _dismisses(st, known) and si not in deeds:
            st = replace(st, stance="denies")  # 'we consider these claims groundless'
            linked = linked - {si}
        if st.stance not in ("denies", "questions"):
            # a relayed denial may share its statement with the speaker's own deeds ('we are in contact')
            out.extend(_relayed_denials(document, st, si, events, mentions))
            continue
        if si in linked:
            continue
        if not _refers_back(st):
            continue
        speaker = st.speaker
        assert speaker is not None and speaker.key  # checked above; replace() loses the narrowing
        me = party(speaker.key)
        named, accuser = named_accuser(st, known)
        alleged = [m for m in mentions if m.stance.stance in ("asserts", "repeats")
                   and distinct_holders(m.stance.holder, speaker.key) and _answerable(st, m, speaker.key)
                   and allegeable(m) and (not named or party(m.stance.holder) == accuser)]
        cited = _by_cited(st.content, alleged, speaker.key, actors)
        # a denial naming whose story it rejects answers that party, whatever was said last
        if not cited and _last_allegation_uncoded(st, statements, mentions, speaker.key, events, known):
            continue
        alleged = cited or alleged
        near = _denied(st, alleged, me, _denied_targets(st, events))
        if near is None:
            if named and accuser and accuser != me and not alleged:
                out.extend(_returned_charge(document, st, si, mentions, accuser))
            continue
        cs = make_stance(document, st, speaker.key, speaker.name or speaker.text, _back_stance(st), st.content, si, None)
        out.append(Mention(near.sig, cs, st.content.start, None))
    return out


def _returned_charge(document: Document, st: Statement, si: int, mentions: list[Mention],
                     accuser: str) -> list[Mention]:
    """'Pakistan rejected the accusations made by the Indian minister ... India has been fomenting terrorism
    on Pakistan's soil': a denial that names its accuser, when the article tells nothing that accuser
    alleged, while the denier itself charges the accuser with one deed against the denier, is the denier
    rejecting the same charge turned round: the accuser alleges that deed of the denier against the
    accuser, the denier denies it (a tit-for-tat dispute). Several such counter-charges leave it open."""
    me = party(st.speaker.key if st.speaker else None)
    counters = [m for m in mentions if m.event is not None and m.event.target is not None
                and m.stance.stance in ("asserts", "repeats") and party(m.stance.holder) == me
                and allegeable(m) and party(m.sig[0]) == accuser and m.sig[2] == me]
    if len({m.sig for m in counters}) != 1:
        return []
    e = counters[0].event
    assert e is not None and e.target is not None  # filtered above
    turned = replace(e, source=e.target, target=e.source, status="claimed", attributed_to=accuser, attributed_name=None)
    sig = signature(turned)
    if sig is None:
        return []
    speaker = st.speaker
    assert speaker is not None and speaker.key
    denial = make_stance(document, st, speaker.key, speaker.name or speaker.text, _back_stance(st), st.content, si, None)
    charge = make_stance(document, st, accuser, None, "asserts", st.content, si, None)
    return [Mention(sig, charge, st.content.start, turned), Mention(sig, denial, st.content.start, turned)]


def _answerable(st: Statement, m: Mention, denier: str) -> bool:
    """An allegation a denial can answer without restating it: one by another country, or, by another
    sector of the denier's own country, one about the denier's own side ('police beat reporters, the
    media said; the police denied it') or one the denial names as an allegation ('the ministry rejected
    *the accusations*' of a rights group at home). An opposition leader's bare 'denied receiving any
    money' does not answer what the government said the police did."""
    if party(m.stance.holder) != party(denier):
        return True
    return not distinct_holders(m.sig[0], denier) or any(w in ALLEGATION_WORDS for w in content_words(st))


def _by_cited(c: TextSpan, alleged: list[Mention], me: str, actors: Sequence[ActorMention]) -> list[Mention]:
    """'dismissed *the state agency's* story as a fake planted by hackers', 'called the claims *Ukrainian*
    propaganda': the allegations held by a party the denial names (a coded actor in its content other than
    the denier's own side) are the ones it answers; none named, or none holding one, leaves them all."""
    cited = {a.key for a in actors if a.key and c.start <= a.start and a.end <= c.end and distinct_holders(a.key, me)}
    return [m for m in alleged if any(not distinct_holders(k, m.stance.holder) for k in cited)]


def _denied_targets(st: Statement, events: Sequence[Event]) -> set[str]:
    """The parties the denial itself is coded against by the events stage: 'Rwanda denied supplying
    weapons *to the M23 rebels*' (RWA 016 M23) names the receiver of the deed it denies."""
    me = party(st.speaker.key if st.speaker else None)
    out = {party(e.target.key if e.target else None) for e in events
           if e.cameo.startswith(DENIAL_CODE) and st.cue.start <= e.trigger.start < st.cue.end
           and party(e.source.key if e.source else None) == me}
    return {t for t in out if t and t != me}


def _denied(st: Statement, alleged: list[Mention], me: str | None, targets: frozenset[str] | set[str] = frozenset()) -> Mention | None:
    """The allegation a denial that does not restate it points at: the nearest earlier one, one against
    the denier first ('Russia rejected the accusation'); with none earlier, a denial that names an
    allegation ('Moscow dismissed *the allegations*. ... Spain accused Russia of ...': a lead answering
    what the article goes on to tell) takes the first later one against the denier, since all mentions
    of one proposition in an article are one claim, whichever comes first. A pronoun ('denied *it*')
    only points back. A denial told before any allegation whose own coded target is the receiver of a
    later deed alleged against the denier ('Rwanda has denied supplying weapons to M23. UN experts said
    Rwanda sent weapons to M23') denies that deed."""
    words = content_words(st)
    before = [m for m in alleged if m.at < st.content.start]
    own = [m for m in before if party(m.sig[0]) == me]
    if before:
        if not own and _disowns(st) and not any(w in ALLEGATION_WORDS for w in words):
            return None  # 'denied any role in ...' is about the denier's own deeds
        return max(own or before, key=lambda m: m.at)
    after = [m for m in alleged if m.at >= st.content.end and party(m.sig[0]) == me]
    if not any(w in ALLEGATION_WORDS for w in words):
        after = [m for m in after if m.sig[2] in targets]
    return min(after, key=lambda m: m.at) if after else None


def _relayed_denials(document: Document, st: Statement, si: int, events: Sequence[Event],
                     mentions: list[Mention]) -> list[Mention]:
    """'said the Azerbaijani side has *refuted* the information': a speaker who reports, as fact, another
    party's denial of an allegation takes that denial up. The allegation is the one deed alleged in the
    article (by a third party) against the denying party; with none or several, nothing is linked."""
    if st.stance not in ("asserts", "repeats") or st.speaker is None or is_directive(st.cue_lemma):
        return []
    if not any(w in ALLEGATION_WORDS for w in content_words(st)):
        return []
    me = party(st.speaker.key)
    deniers = {party(e.source.key) for e in events
               if e.cameo.startswith(DENIAL_CODE) and st.content.start <= e.trigger.start < st.content.end
               and e.status not in ("denied", "negated", "hypothetical") and e.source is not None} - {None, me}
    sigs = {m.sig for m in mentions if m.stance.stance in ("asserts", "repeats") and party(m.sig[0]) in deniers
            and party(m.stance.holder) not in deniers | {me} and allegeable(m)}
    if len(sigs) != 1:
        return []
    cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "denies", st.content, si, None)
    return [Mention(sigs.pop(), cs, st.content.start, None)]


def _dismisses(st: Statement, known: dict[str, str]) -> bool:
    """'We consider *these claims* to be *groundless*', 'the reports are *fabricated*': a statement that
    names an allegation and calls it false rejects it, though its cue is no denial; so does the accused
    speaking of 'the accusations *against* Russia' as something raised by others. A statement that
    alleges a deed of its own (a coded deed in it) is no such rejection."""
    if st.stance not in ("asserts", "repeats") or is_directive(st.cue_lemma) or st.speaker is None:
        return False
    words = content_words(st)
    named = [i for i, w in enumerate(words) if w in ALLEGATION_WORDS and w not in DISMISSIVE_WORDS]
    if not named:
        return False
    if any(w in DISMISSIVE_WORDS for w in words):
        return True
    me = party(st.speaker.key)
    return any(words[i + 1 : i + 2] == ["against"] and party_starting(words[i + 2 :], known) == me for i in named)


def _refers_back(st: Statement) -> bool:
    words = content_words(st)
    return len(words) <= SHORT_CONTENT or any(w in ALLEGATION_WORDS or w in EVIDENCE_WORDS for w in words) \
        or _disowns(st)


def _disowns(st: Statement) -> bool:
    """'denied *any involvement* in the cross-border raids on villages': a denial of one's own part in a
    deed, however long the deed's description, points back at an allegation against the denier."""
    return st.stance == "denies" and any(w in INVOLVEMENT_WORDS for w in content_words(st)[:MAX_OBJECT_LEAD + 1])


def _back_stance(st: Statement) -> Stance:
    """'said Warsaw had not presented *evidence* linking the drones to Russia': doubting the proof of an
    allegation questions it rather than denying it outright."""
    if st.stance == "denies" and any(w in EVIDENCE_WORDS for w in content_words(st)):
        return "questions"
    return st.stance


def _rebuts(st: Statement, events: Sequence[Event]) -> bool:
    """'reports *Russia discredits the fake* about ...': content that tells of a rejection or criticism
    of an allegation talks about the allegation; it makes none."""
    if not any(w in ALLEGATION_WORDS for w in content_words(st)):
        return False
    return any(st.content.start <= e.trigger.start < st.content.end and e.cameo.startswith(REBUTTAL_CODES) for e in events)


def _last_allegation_uncoded(st: Statement, statements: Sequence[Statement], mentions: list[Mention], me: str | None,
                             events: Sequence[Event] = (), known: dict[str, str] | None = None) -> bool:
    """'Armenian channels spread claims that *Baku* sold drones abroad. These rumors were rejected by
    Baku': 'these rumors' are the claims just made; when that last allegation holds no coded proposition,
    an older or later one is not meant. A last remark that does not name the denier ('Kyiv said its
    repair crews were at work') is no allegation against it, so the denial answers the one the article
    coded; nor is a remark by the accusing or accused-of side of that coded allegation going on with it. ``me`` is the denier's key; ``known`` the document's surface forms of its parties (without
    them every uncoded last remark counts)."""
    before = [(i, x) for i, x in enumerate(statements) if x.cue.start < st.cue.start and x.content.end <= st.content.start
              and x.stance in ("asserts", "repeats") and x.speaker is not None and distinct_holders(x.speaker.key, me)
              and not _rebuts(x, events)]
    if not before:
        return False
    last, remark = max(before, key=lambda t: t[1].content.end)
    if any(m.stance.statement == last for m in mentions):
        return False
    if _goes_on_alleging(remark, mentions, me):
        return False
    return known is None or _names_party(content_words(remark), known, party(me))


def _goes_on_alleging(remark: Statement, mentions: list[Mention], me: str | None) -> bool:
    """'Kyiv said Russian drones struck the plant. Ukraine's president said *Moscow* wanted to freeze the
    country. Moscow denied it': an uncoded remark by the party a coded allegation against the denier, told
    before it, holds or is about goes on with that allegation; the denial answers the coded one. A remark
    presenting an allegation of its own ('spread *claims* that ...') is a new one."""
    teller = party(remark.speaker.key if remark.speaker else None)
    if teller is None or any(w in ALLEGATION_WORDS for w in content_words(remark)):
        return False  # 'spread *claims* that Baku sold drones': a new allegation, the one denied
    return any(
        m.stance.stance in ("asserts", "repeats") and teller in (party(m.stance.holder), m.sig[2])
        and party(m.sig[0]) == party(me) and m.at < remark.content.start and allegeable(m) for m in mentions)


def _names_party(words: list[str], known: dict[str, str], who: str | None) -> bool:
    """A run of words that is a surface form of party ``who`` ('Baku', 'the Azerbaijani army')."""
    return any(party_starting(words[j:], known) == who for j in range(len(words)))


def appended_denials(document: Document, mentions: list[Mention], actors: Sequence[ActorMention]) -> list[Mention]:
    """'Mali accused France of violating its airspace, *a charge Paris denied*', 'Ethiopia accused Sudan of
    arming rebels, an accusation Khartoum has repeatedly rejected': an allegation noun set after the
    allegation, with a relative clause whose subject denies it, is that party's denial of the allegation
    just told in the same sentence against it (the statements stage sees no statement there)."""
    text = document.text
    out: list[Mention] = []
    for m in APPENDED_ALLEGATION.finditer(text):
        who = next((a for a in actors if a.start == m.end() and a.key), None)
        if who is None or APPENDED_DENIAL.match(text[who.end : who.end + 60]) is None:
            continue
        me = party(who.key)
        alleged = [x for x in mentions if x.at < m.start() and x.event is not None and x.event.trigger.start < m.start()
                   and "." not in text[x.event.trigger.end : m.start()] and x.stance.stance in ("asserts", "repeats")
                   and allegeable(x) and party(x.sig[0]) == me and distinct_holders(x.stance.holder, who.key)]
        if not alleged:
            continue
        near = max(alleged, key=lambda x: x.event.trigger.start if x.event else -1)
        noun = TextSpan(m.start() + len(m.group(0)) - len(m.group(0).lstrip(",—–- ")), m.end(), "")
        noun = TextSpan(noun.start, noun.end, text[noun.start : noun.end].strip())
        cs = make_stance(document, None, who.key, who.name or who.text, "denies", noun, None, None)
        out.append(Mention(near.sig, cs, m.start(), None))
    return out


def nominal_denials(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                    mentions: list[Mention]) -> list[Mention]:
    """'Moscow's allegation that Ukrainian forces shelled the plant *drew a sharp denial from Kyiv*': a denial
    the events stage codes in the article's own voice (no statement says it), by the accused against the
    accuser, denies the nearest allegation told before it that the accuser holds against the denier."""
    out: list[Mention] = []
    for ei, e in enumerate(events):
        if not e.cameo.startswith(DENIAL_CODE) or e.status != "asserted" or e.source is None or e.target is None:
            continue
        denier, accuser = e.source.key, e.target.key
        if not denier or not accuser or not distinct_holders(denier, accuser) or _said(e, statements):
            continue
        alleged = [m for m in mentions if m.stance.stance in ("asserts", "repeats") and m.at < e.trigger.start
                   and party(m.stance.holder) == party(accuser) and party(m.sig[0]) == party(denier) and allegeable(m)]
        if not alleged:
            continue
        near = max(alleged, key=lambda m: m.at)
        cs = make_stance(document, None, denier, e.source.name or e.source.text, "denies", e.trigger, None, ei)
        out.append(Mention(near.sig, cs, e.trigger.start, None))
    return out


def _said(e: Event, statements: Sequence[Statement]) -> bool:
    """The event sits in a statement's cue or content: that statement carries its stance."""
    return e.statement is not None or any(
        st.cue.start <= e.trigger.start < st.cue.end or st.content.start <= e.trigger.start < st.content.end
        for st in statements)
