"""Claims within one document: propositions and the stances parties take on them.

A stance comes from a statement whose content holds an event ("Kirby claimed
*DPRK had provided weaponry*" -> USA asserts PRK AID RUS), from an event the
events stage marked as claimed or denied by someone, or from a denial that
points back at an allegation without restating it ("rejected *the
allegation*"). Mentions of the same proposition merge (see propositions.py).
Only contested or repeated propositions are claims: one party saying one thing
once is a statement, not a claim (GUIDE section 1, Claims). Precisely:

- contested: someone asserts (or relays) it and someone denies or questions it;
- repeated: at least two statements put it forward, and not only the doer's own
  side ("Russia said it sent grain", said twice, is an announcement);
- requests are no stances: "urged Russia to withdraw" does not claim a withdrawal;
- "accused *Iran* of supplying drones" makes Iran the doer of the supplying;
- "Russia has received drones from Tehran", "denied receiving any money": a
  receipt is the giver's aid seen from the receiving end; it joins an aid
  proposition already in the article (it never starts one);
- a pledge is both the saying and the act announced: "Japan *pledged* aid to
  Pakistan" is Japan asserting the proposition Japan AID Pakistan;
- "said Baku had *refuted* the information": reporting another party's denial
  of an allegation as fact relays that denial;
- "denied *any role* in the crossings": a denial disowning a part in a deed points
  back at the allegation against the denier, however long;
- "rejected the accusations made *by Berlin*", "denied *Germany's* accusation that":
  the accuser a denial names holds the allegation it denies;
- "Romania said it had *credible information* that Russian funds ... Moldova": a third
  party backing a contested allegation (both parties named, no deed of its own coded)
  repeats it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .. import data
from ..errors import DataError
from ..events import codebook
from ..records import (
    ActorMention,
    Claim,
    ClaimStance,
    Document,
    Event,
    Stance,
    Statement,
    TextSpan,
)
from ..statements.cues import is_directive
from .propositions import (
    Signature,
    act_code,
    fold_open_targets,
    party,
    proposition,
    side,
    signature,
)

MIN_SUPPORT = 2  # statements needed for an uncontested proposition to count as a claim
SHORT_CONTENT = 6  # words: 'denied it', 'rejected the allegation'
MAX_RECEIPT_SPAN = 120  # characters from the verb to 'from <giver>'
MAX_NAME_WORDS = 4
AID_TYPE = "AID"
DENIAL_CODE = "016"  # CAMEO: deny responsibility / reject an allegation
REBUTTAL_CODES = (DENIAL_CODE, "11")  # CAMEO: deny; disapprove, criticise, accuse
MATERIAL_QUADS = (2, 4)  # CAMEO quad classes of deeds: material cooperation, material conflict
MUTUAL_CODES = ("036", "04")  # CAMEO: intent to meet or negotiate; consult, meet, negotiate (no direction)
MAX_FRAME_GAP = 80  # characters between the framed party and the act it is said to do
MAX_FRAME_WORDS = 4  # 'of supplying', 'of attempting to deter'
MAX_OBJECT_LEAD = 2  # words between the cue and its object: 'accused *the neighbouring* India'
MAX_DISOWN_LEAD = 3  # words from a negation to the part it disowns: 'was *not* directly *involved* in'

_LISTS = ("allegation_words", "evidence_words", "involvement_words", "negators", "receipt_auxiliaries", "receipt_verbs",
          "frame_prepositions", "possessives")


def _check_lexicon(obj: dict) -> list[str]:
    problems = []
    for key in _LISTS:
        words = obj.get(key)
        if not isinstance(words, list) or not words:
            problems.append(f"'{key}' must be a non-empty list of words")
        elif not all(isinstance(w, str) and w and w == w.lower() and " " not in w for w in words):
            problems.append(f"'{key}' must hold single lower-case words")
    return problems


_LEXICON = data.validated("claims_lexicon", _check_lexicon)
# words by which a denial refers back to an allegation it does not restate
ALLEGATION_WORDS = frozenset(_LEXICON["allegation_words"])
EVIDENCE_WORDS = frozenset(_LEXICON["evidence_words"])  # 'no evidence that ...' doubts an allegation
# 'denied any *role* in ...': a denial of one's own part in a deed alleged earlier
INVOLVEMENT_WORDS = frozenset(_LEXICON["involvement_words"])
NEGATORS = frozenset(_LEXICON["negators"])
_LACKING = frozenset(("no", "without", "lack", "lacked", "lacks", "any"))  # 'had *no* information', 'did not see *any* proof'
RECEIPT_AUXILIARIES = NEGATORS | frozenset(_LEXICON["receipt_auxiliaries"])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _inflected(stems: list[str]) -> str:
    """'receive' -> receive, receives, received, receiving; 'obtain' -> obtain(s|ed|ing)."""
    forms = []
    for stem in stems:
        base = stem[:-1] if stem.endswith("e") else stem
        forms.append(f"{re.escape(base)}(?:{'e|es|ed|ing' if stem.endswith('e') else '|s|ed|ing'})")
    return "|".join(forms)


_POSSESSED_ALLEGATION = re.compile(
    r"^((?:the )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s? (?:\w+ ){0,2}?(?:"
    + _alternation(_LEXICON["allegation_words"]) + r")\b")
# 'the accusations of espionage brought against him *by* the Berlin authorities'
_ALLEGED_BY = re.compile(r"\b(?:" + _alternation(_LEXICON["allegation_words"]) + r")\b(?:\s+\S+){0,6}?\s+(?:by|from)\s+",
                         re.IGNORECASE)
MAX_AGENT_LEAD = 2  # lower-case words before the agent's name: 'by *the official* Berlin authorities'
# a receipt seen from the receiving end: 'has received', 'denied receiving', 'obtained'
_RECEIVE = re.compile(r"\b(?:" + _inflected(_LEXICON["receipt_verbs"]) + r")\b", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+")
# 'accused Iran *of* supplying', 'praised Japan *for* sending', 'criticised Moscow *over* moving'
_FRAME_PREP = re.compile(r"\b(?:" + _alternation(_LEXICON["frame_prepositions"]) + r")\b")
_OWNED = re.compile(r"\b(?:" + _alternation(_LEXICON["possessives"]) + r")\b|'s\b|’s\b")


@dataclass(frozen=True, slots=True)
class Mention:
    """One stance on one signature, with where it sits in the text (for ordering)."""

    sig: Signature
    stance: ClaimStance
    at: int
    event: Event | None = None


def build(
    document: Document, events: Sequence[Event], statements: Sequence[Statement], *, min_support: int = MIN_SUPPORT,
    actors: Sequence[ActorMention] = (),
) -> list[Claim]:
    """Claims of one document, contested ones first. ``actors`` are the document's coded actor
    mentions (the actors stage's table); without them a corroboration cannot be seen."""
    mentions = _event_mentions(document, events, statements)
    folded = fold_open_targets(m.sig for m in mentions)
    mentions = _undirected([Mention(folded.get(m.sig, m.sig), m.stance, m.at, m.event) for m in mentions])
    mentions += _anaphoric_denials(document, events, statements, mentions)
    mentions += _receipts(document, events, statements, mentions)
    mentions += _corroborations(document, events, statements, mentions, actors)
    return _assemble(mentions, min_support)


def _undirected(mentions: list[Mention]) -> list[Mention]:
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


def _stance(document: Document, st: Statement | None, holder: str | None, name: str | None, stance: Stance,
            content: TextSpan | None, statement: int | None, event: int | None) -> ClaimStance:
    return ClaimStance(holder, name, stance, content, statement, event, date=document.date, document=document.id)


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
    """The event is the saying itself ('Kirby *claimed*') or names a claim ('Washington's *claims*')."""
    if any(w.strip(".,;:\"'’") in ALLEGATION_WORDS for w in e.trigger.text.lower().split()):
        return True
    return any(st.cue.start <= e.trigger.start < st.cue.end for st in statements)


def _self_directed(e: Event) -> bool:
    """'RUS.GOV AID RUS': a party acting on itself; 'BFA.REB ASSAULT BFA.MIL' is two parties and stays."""
    src, tgt = (e.source.key if e.source else None), (e.target.key if e.target else None)
    if not src or not tgt or party(src) != party(tgt):
        return False
    return src == tgt or "." not in src or "." not in tgt


def _event_mentions(document: Document, events: Sequence[Event], statements: Sequence[Statement]) -> list[Mention]:
    out: list[Mention] = []
    known = _known_parties(events, statements)
    allegers: dict[int, str | None] = {}  # statement -> the party whose allegation it names
    for ei, e in enumerate(events):
        sig = signature(e)
        if sig is None or _self_directed(e):
            continue
        if _is_speech_act(e, statements):
            out.extend(_pledge_mentions(document, sig, e, ei, statements))
            continue
        si = _holding_statement(e, statements)
        if si is not None and is_directive(statements[si].cue_lemma):
            continue  # 'urged Russia to withdraw': a request, not a claim that Russia withdraws
        if si is None:
            if e.status in ("claimed", "denied") and e.attributed_to:
                stance: Stance = "denies" if e.status == "denied" else "asserts"
                cs = _stance(document, None, e.attributed_to, e.attributed_name, stance, e.trigger, None, ei)
                out.append(Mention(sig, cs, e.trigger.start, e))
            continue
        if si not in allegers:
            allegers[si] = _accuser(statements[si], known)[1]
        alleger = allegers[si]
        for read in _reframed(document.text, e, statements[si], events):
            rsig = signature(read) or sig
            out.extend(_statement_mentions(document, rsig, read, ei, statements[si], si, alleger))
            out.extend(_enclosing_denials(document, rsig, read, ei, statements, si))
    return out


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
        cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "asserts", st.content, si, ei)
        return [Mention(sig, cs, st.cue.start, e)]
    return []


def _enclosing_denials(document: Document, sig: Signature, e: Event, ei: int, statements: Sequence[Statement],
                       si: int) -> list[Mention]:
    """'*Moldova accuses Russia of funding protests*, Moscow denies': a denial whose content is another
    party's statement denies what that statement asserts."""
    inner = statements[si]
    me = party(inner.speaker.key if inner.speaker else None)
    out: list[Mention] = []
    for sj, st in enumerate(statements):
        c = st.content
        if sj == si or st.stance not in ("denies", "questions") or st.speaker is None or not st.speaker.key:
            continue
        if not (c.start <= inner.content.start and inner.content.end <= c.end) or party(st.speaker.key) == me:
            continue
        cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, st.stance, c, sj, ei)
        out.append(Mention(sig, cs, c.start, e))
    return out


def _framed_parties(st: Statement, events: Sequence[Event]) -> list[ActorMention]:
    """The objects of the cue in 'X accused *Y* of ...', 'thanked *Tokyo and Brussels* for ...':
    the targets of the events coded at the cue, in text order."""
    found: dict[str | None, ActorMention] = {}
    for ev in events:
        t = ev.target
        if t is not None and t.key and st.cue.start <= ev.trigger.start < st.cue.end and st.content.start <= t.start < st.content.end:
            found.setdefault(t.key, t)
    return sorted(found.values(), key=lambda m: m.start)


def _reframed(text: str, e: Event, st: Statement, events: Sequence[Event]) -> list[Event]:
    """'Western countries accused *Iran* of supplying drones to Russia': Iran supplies, not the accusers.

    When a cue's object is framed as the doer of a gerund or action noun ('accused Y
    of V-ing', 'thanked Y and Z for their support'), an event on it whose source is
    the speaker's side (the clause subject taken by the parse) or one of the framed
    parties is read once for each framed party as source; a target that is a framed
    party itself then is no target. A first-person possessive keeps the act the
    speaker's own ('accused Russia of trying to deter *our* support').
    """
    ys = _framed_parties(st, events)
    if not ys or st.speaker is None or not st.speaker.key:
        return [e]
    first, last = ys[0], ys[-1]
    if not (st.cue.end <= first.start and len(text[st.cue.end : first.start].split()) <= MAX_OBJECT_LEAD):
        return [e]  # the framed party is the cue's own object ('accused *neighbouring India*'), nothing else
    if not (last.end <= e.trigger.start <= last.end + MAX_FRAME_GAP):
        return [e]
    gap = text[last.end : e.trigger.start].lower()
    m = _FRAME_PREP.match(gap.strip())
    if m is None or len(gap.split()) > MAX_FRAME_WORDS or _OWNED.search(gap.strip()[m.end():]):
        return [e]
    framed = {y.key for y in ys}
    src = e.source
    if src is not None and src.key and src.key not in framed and src.key != st.speaker.key \
            and party(src.key) != party(st.speaker.key):
        return [e]  # the events stage named another doer: keep it
    target = e.target
    if target is not None and target.key in framed:
        target = None
    return [replace(e, source=y, target=target) for y in ys]


def _statement_mentions(document: Document, sig: Signature, e: Event, ei: int, st: Statement, si: int,
                        alleger: str | None = None) -> list[Mention]:
    """The speaker's stance on an event inside their statement, and the accuser's when they deny it: the
    one the events stage names, else the one the denial names ('denied *Germany's* accusation that ...',
    'rejected the claims *by Kyiv* that ...')."""
    if st.speaker is None or not st.speaker.key:
        return []
    stance: Stance = st.stance
    if e.status in ("denied", "negated") and stance != "questions":
        stance = "denies"
    elif stance in ("asserts", "repeats") and _disowned(document.text, st, e):
        stance = "denies"
    out = [Mention(sig, _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, stance, st.content, si, ei), st.content.start, e)]
    accuser, name = e.attributed_to, e.attributed_name
    if not accuser or party(accuser) == party(st.speaker.key):
        accuser, name = alleger, None
    if stance in ("denies", "questions") and accuser and party(accuser) != party(st.speaker.key):
        # "denied Washington's claims that ...": Washington holds the claim being denied
        cs = _stance(document, st, accuser, name, "asserts", st.content, si, ei)
        out.append(Mention(sig, cs, st.content.start, e))
    return out


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


def _words(st: Statement) -> list[str]:
    return [w.strip(".,;:\"'") for w in st.content.text.lower().replace("’", "'").split()]


def _refers_back(st: Statement) -> bool:
    words = _words(st)
    return len(words) <= SHORT_CONTENT or any(w in ALLEGATION_WORDS or w in EVIDENCE_WORDS for w in words) \
        or _disowns(st)


def _disowns(st: Statement) -> bool:
    """'denied *any involvement* in the cross-border raids on villages': a denial of one's own part in a
    deed, however long the deed's description, points back at an allegation against the denier."""
    return st.stance == "denies" and any(w in INVOLVEMENT_WORDS for w in _words(st)[:MAX_OBJECT_LEAD + 1])


def _back_stance(st: Statement) -> Stance:
    """'said Warsaw had not presented *evidence* linking the drones to Russia': doubting the proof of an
    allegation questions it rather than denying it outright."""
    if st.stance == "denies" and any(w in EVIDENCE_WORDS for w in _words(st)):
        return "questions"
    return st.stance


def _possessor(text: str) -> str | None:
    """'Germany's accusation that ...' -> 'Germany': who the denied allegation belongs to."""
    m = _POSSESSED_ALLEGATION.match(text)
    return m.group(1).strip() if m else None


def _known_parties(events: Sequence[Event], statements: Sequence[Statement]) -> dict[str, str]:
    """Surface forms of coded actors in this document ('germany' -> 'DEU')."""
    out: dict[str, str] = {}
    mentions = [m for e in events for m in (e.source, e.target) if m is not None]
    mentions += [st.speaker for st in statements if st.speaker is not None]
    for m in mentions:
        p = party(m.key)
        if p is None:
            continue
        for form in (m.text, m.name):
            if form:
                out.setdefault(form.lower().removeprefix("the "), p)
    return out


def _accuser(st: Statement, known: dict[str, str]) -> tuple[bool, str | None]:
    """Whether a denial names whose allegation it denies, and that party when it is coded:
    'denied *Germany's* accusation that ...', 'the accusations made *by Berlin*' -> (True, 'DEU')."""
    who = _possessor(st.content.text)
    if who is None:
        by = _agent(st.content.text, known)
        return (True, by) if by else (False, None)
    return True, known.get(who.lower().removeprefix("the "))


def _agent(text: str, known: dict[str, str]) -> str | None:
    """'the accusations of espionage brought against him by the official Berlin authorities' -> 'DEU':
    the coded party an allegation is said to come from."""
    for m in _ALLEGED_BY.finditer(text):
        words = text[m.end():].replace("’", "'").split()
        for lead in range(min(MAX_AGENT_LEAD, len(words) - 1) + 1):
            if lead and not words[lead - 1].islower():
                break
            found = _party_starting(words[lead:], known)
            if found:
                return found
    return None


def _allegeable(m: Mention) -> bool:
    """An allegation is about a deed (aid, arms, attacks, seizures), not about talk or meetings."""
    return m.event is None or _is_deed(m.event)


def _is_deed(e: Event) -> bool:
    """A deed is material cooperation or conflict (CAMEO quad classes 2 and 4)."""
    quad = e.quad_class
    if quad is None and e.cameo:
        try:
            quad = codebook.info(e.cameo).quad_class
        except DataError:
            return True
    return quad in MATERIAL_QUADS


def _rebuts(st: Statement, events: Sequence[Event]) -> bool:
    """'reports *Russia discredits the fake* about ...': content that tells of a rejection or criticism
    of an allegation talks about the allegation; it makes none."""
    if not any(w in ALLEGATION_WORDS for w in _words(st)):
        return False
    return any(st.content.start <= e.trigger.start < st.content.end and e.cameo.startswith(REBUTTAL_CODES) for e in events)


def _last_allegation_uncoded(st: Statement, statements: Sequence[Statement], mentions: list[Mention], me: str | None,
                             events: Sequence[Event] = ()) -> bool:
    """'Armenian channels spread claims that ... . These rumors were rejected by ...': 'these rumors' are
    the claims just made; when that last allegation holds no coded proposition, an older one is not meant."""
    before = [(i, x) for i, x in enumerate(statements) if x.cue.start < st.cue.start and x.content.end <= st.content.start
              and x.stance in ("asserts", "repeats") and x.speaker is not None and party(x.speaker.key) != me
              and not _rebuts(x, events)]
    if not before:
        return False
    last, _ = max(before, key=lambda t: t[1].content.end)
    return not any(m.stance.statement == last for m in mentions)


def _relayed_denials(document: Document, st: Statement, si: int, events: Sequence[Event],
                     mentions: list[Mention]) -> list[Mention]:
    """'said the Azerbaijani side has *refuted* the information': a speaker who reports, as fact, another
    party's denial of an allegation takes that denial up. The allegation is the one deed alleged in the
    article (by a third party) against the denying party; with none or several, nothing is linked."""
    if st.stance not in ("asserts", "repeats") or st.speaker is None or is_directive(st.cue_lemma):
        return []
    if not any(w in ALLEGATION_WORDS for w in _words(st)):
        return []
    me = party(st.speaker.key)
    deniers = {party(e.source.key) for e in events
               if e.cameo.startswith(DENIAL_CODE) and st.content.start <= e.trigger.start < st.content.end
               and e.status not in ("denied", "negated", "hypothetical") and e.source is not None} - {None, me}
    sigs = {m.sig for m in mentions if m.stance.stance in ("asserts", "repeats") and party(m.sig[0]) in deniers
            and party(m.stance.holder) not in deniers | {me} and _allegeable(m)}
    if len(sigs) != 1:
        return []
    cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "denies", st.content, si, None)
    return [Mention(sigs.pop(), cs, st.content.start, None)]


def _anaphoric_denials(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                       mentions: list[Mention]) -> list[Mention]:
    """'Moscow rejected the allegation': the denial joins the nearest earlier allegation made by another
    party (by the party it names, when it names one: 'denied Germany's accusation'), preferring one that
    concerns the denier: an allegation about someone else is not the one it rejects."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if st.speaker is None or not st.speaker.key:
            continue
        if st.stance not in ("denies", "questions"):
            # a relayed denial may share its statement with the speaker's own deeds ('we are in contact')
            out.extend(_relayed_denials(document, st, si, events, mentions))
            continue
        if si in linked:
            continue
        if not _refers_back(st):
            continue
        me = party(st.speaker.key)
        named, accuser = _accuser(st, _known_parties(events, statements))
        targets = [m for m in mentions if m.stance.stance in ("asserts", "repeats") and party(m.stance.holder) != me
                   and m.at < st.content.start  # 'the allegation', 'it' point back, not ahead
                   and _allegeable(m) and (not named or party(m.stance.holder) == accuser)]
        if not targets or _last_allegation_uncoded(st, statements, mentions, me, events):
            continue
        # 'Russia rejected the accusation': an allegation against the denier itself comes first
        own = [m for m in targets if party(m.sig[0]) == me]
        if not own and _disowns(st) and not any(w in ALLEGATION_WORDS for w in _words(st)):
            continue  # 'denied any role in ...' is about the denier's own deeds
        near = max(own or targets, key=lambda m: m.at)
        cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, _back_stance(st), st.content, si, None)
        out.append(Mention(near.sig, cs, st.content.start, None))
    return out


def _receipt_parties(text: str, at: int, speaker: str | None,
                     known: dict[str, str]) -> tuple[str | None, str | None, bool] | None:
    """(giver or None, receiver, negated) of 'X has (not) received ... from Y' in a statement's content;
    a content that opens with the verb ('denied *receiving* any money') has the speaker as receiver."""
    words = text[:at].replace("’", "'").split()
    negated = any(w.lower() in NEGATORS for w in words[-3:])
    while words and words[-1].lower().strip(",") in RECEIPT_AUXILIARIES:
        words.pop()
    receiver = speaker if not words else _party_ending(words, known)
    if receiver is None:
        return None
    giver = None
    for m in _FROM.finditer(text, at, min(len(text), at + MAX_RECEIPT_SPAN)):
        after = text[m.end():].split()
        giver = _party_starting(after, known)
        if giver is not None:
            break
        named = [w for w in after[:2] if w.lower() != "the"][:1]
        if named and named[0][:1].isupper():
            return None  # 'from Slovakia', a giver not coded here: some other proposition
    return giver, receiver, negated


def _party_ending(words: list[str], known: dict[str, str]) -> str | None:
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        form = " ".join(words[-n:]).lower().strip(".,;:\"'").removeprefix("the ")
        if form in known:
            return known[form]
    return None


def _party_starting(words: list[str], known: dict[str, str]) -> str | None:
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        form = " ".join(words[:n]).lower().strip(".,;:\"'").removeprefix("the ")
        if form in known:
            return known[form]
    return None


def _receipts(document: Document, events: Sequence[Event], statements: Sequence[Statement],
              mentions: list[Mention]) -> list[Mention]:
    """'Russia has received a new batch of drones from Tehran' (IRN AID RUS); 'denied receiving any
    money from abroad' (? AID speaker): a statement with no coded proposition whose content says its
    subject received something joins the aid proposition, already in the article, that has that
    receiver (and that giver, when named); an unnamed giver must leave only one such proposition."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    aid = {m.sig for m in mentions if m.sig[1] == AID_TYPE and m.sig[2] is not None}
    if not aid:
        return []
    known = _known_parties(events, statements)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.speaker is None or not st.speaker.key or is_directive(st.cue_lemma):
            continue
        verb = _RECEIVE.search(st.content.text)
        if verb is None:
            continue
        found = _receipt_parties(st.content.text, verb.start(), party(st.speaker.key), known)
        if found is None:
            continue
        giver, receiver, negated = found
        fits = {sig for sig in aid if sig[2] == receiver and (giver is None or party(sig[0]) == giver)}
        if len(fits) != 1 or party(next(iter(fits))[0]) == receiver:
            continue
        stance: Stance = st.stance
        if negated and stance in ("asserts", "repeats"):
            stance = "denies"
        cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, stance, st.content, si, None)
        out.append(Mention(fits.pop(), cs, st.content.start, None))
    return out


def _contested(mentions: Sequence[Mention]) -> set[Signature]:
    kinds: dict[Signature, set[str]] = {}
    for m in mentions:
        kinds.setdefault(m.sig, set()).add(m.stance.stance)
    return {sig for sig, ks in kinds.items() if ks & {"asserts", "repeats"} and ks & {"denies", "questions"}}


def _corroborations(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                    mentions: list[Mention], actors: Sequence[ActorMention]) -> list[Mention]:
    """'Romania said it had *credible information* that Russian funds were stirring unrest in Moldova':
    a third party that backs, with an allegation or evidence word, an allegation already contested in
    the article relays it. The statement codes no deed of its own, names both the accused party and
    the party acted on, and that pair fits exactly one contested deed alleged earlier by someone else;
    the speaker is neither of the two parties nor already a holder of it."""
    contested = _contested(mentions)
    if not contested or not actors:
        return []
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    first: dict[Signature, int] = {}
    holders: dict[Signature, set[str | None]] = {}
    for m in mentions:
        if m.sig in contested and _allegeable(m):
            holders.setdefault(m.sig, set()).add(party(m.stance.holder))
            if m.stance.stance in ("asserts", "repeats"):
                first[m.sig] = min(first.get(m.sig, m.at), m.at)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.stance != "asserts" or st.speaker is None or not st.speaker.key \
                or is_directive(st.cue_lemma):
            continue
        words = _words(st)
        backing = [i for i, w in enumerate(words) if w in ALLEGATION_WORDS or w in EVIDENCE_WORDS]
        if not backing or any(w in NEGATORS or w in _LACKING for w in words[:backing[0]]):
            continue  # 'said it had *no* evidence that ...' backs nothing
        c = st.content
        if any(c.start <= e.trigger.start < c.end and _is_deed(e) for e in events):
            continue  # it codes a deed of its own: that deed is its proposition
        named = {party(a.key) for a in actors if a.key and c.start <= a.start and a.end <= c.end} - {None}
        me = party(st.speaker.key)
        fits = {sig for sig, at in first.items() if at < c.start and sig[2] is not None
                and party(sig[0]) in named and sig[2] in named
                and me not in (party(sig[0]), sig[2]) and me not in holders.get(sig, set())}
        if len(fits) != 1:
            continue
        cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "repeats", c, si, None)
        out.append(Mention(fits.pop(), cs, c.start, None))
    return out


def _assemble(mentions: list[Mention], min_support: int) -> list[Claim]:
    groups: dict[Signature, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.at):
        groups.setdefault(m.sig, []).append(m)
    claims: list[tuple[bool, int, Claim]] = []
    for sig, ms in groups.items():
        stances = _unique_stances(ms)
        kinds = {s.stance for s in stances}
        prop = proposition(sig, [m.event for m in ms if m.event is not None])
        contested = bool(kinds & {"asserts", "repeats"}) and bool(kinds & {"denies", "questions"})
        if not contested and not _repeated(prop.source or sig[0], stances, min_support):
            continue
        claims.append((not contested, ms[0].at, Claim(prop, tuple(stances))))
    return [c for _, _, c in sorted(claims, key=lambda t: (t[0], t[1]))]


def _own_side(holder: str | None, source: str) -> bool:
    """The holder speaks for the proposition's own doer ('Russia said it delivered grain')."""
    if not holder or party(holder) != party(source):
        return False
    hs, ss = side(holder), side(source)
    return hs == ss or "." not in ss or "." not in hs


def _repeated(source: str, stances: list[ClaimStance], min_support: int) -> bool:
    """An uncontested proposition is a claim when several statements put it forward and not
    only its doer's side does: a party announcing its own act is a statement, and so is a
    lone denial nobody is said to have asserted (GUIDE section 1, Claims)."""
    backing = {s.statement if s.statement is not None else -1 - (s.event or 0) for s in stances if s.stance in ("asserts", "repeats")}
    if len(backing) < min_support:
        return False
    return any(not _own_side(s.holder, source) for s in stances if s.stance in ("asserts", "repeats"))


def _unique_stances(ms: list[Mention]) -> list[ClaimStance]:
    seen: set[tuple[str | None, str, int | None]] = set()
    out: list[ClaimStance] = []
    for m in ms:
        key = (m.stance.holder, m.stance.stance, m.stance.statement if m.stance.statement is not None else -1 - (m.stance.event or 0))
        if key not in seen:
            seen.add(key)
            out.append(m.stance)
    return out
