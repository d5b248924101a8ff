"""Event nouns and light verbs: the parties of a noun that reports an event, read off its own phrase.

"Russia's condemnation of Israel", "the arrest of a reporter by Turkish police", "talks between A and
B", "anti-French protests", "a Saudi-led offensive", "handed a note of protest to X": a noun event takes
its doer from its possessor, national modifier, "X-led" compound, "by"/"from" phrase or the subject of
the light verb it is the object of (``noun_roles.noun_source_token``), and the party it is aimed at from its
own prepositions, an "anti-X" compound, and the light verb's recipient and prepositions ("imposed
sanctions on X", "handed a note to X"). The parser often hangs a noun's "between" phrase on the verb
above it ("killed in a skirmish between A and B"); such a phrase right after the noun is the noun's.
"""

from __future__ import annotations

from typing import Any

from . import factuality, noun_roles, np_actors, places, roles
from .discourse import owns_party
from .match import Hit, lemmas, match_noun
from .patterns import index

# the dash of a hyphen compound, as the tokenizer leaves it
DASHES = frozenset(("-", "‑", "‐", "–"))
# "anti-government", "anti-French", "anti-Israel": the party the act is against
AGAINST_PREFIXES = frozenset(("anti", "counter"))
# "US-backed", "Saudi-led", "Iran-sponsored": the party behind the act is its doer
DOER_PARTICIPLES = frozenset(("led", "backed", "sponsored", "organised", "organized", "drafted", "funded",
                              "supported", "armed", "launched", "brokered", "initiated", "proposed"))
# the preposition phrases that name a noun's other party, which the parser may hang on the verb above
ARGUMENT_PREPS = ("between", "against", "with", "on")
# roots of the hostile acts a clause's casualties can be said to suffer "in" ("killed in a clash with X")
FIGHT_ROOTS = frozenset(("18", "19", "20"))
# the prepositions that set a clause inside such an act
SETTING_PREPS = frozenset(("in", "during"))


def light_verbs() -> frozenset[str]:
    """Verbs whose object is an event noun done by their subject ("held talks", "handed a note of protest"):
    the parse layer's own, and the dictionary's."""
    return noun_roles.SUPPORT_VERBS | index().light_verbs


def light_verb(noun: Any) -> Any | None:
    """The light verb of which ``noun`` (or the noun it is coordinated with) is the object, if any."""
    while noun.dep_ == "conj" and noun.head is not noun and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and any(
            w in light_verbs() for w in lemmas(head)):
        return head
    return clause_light_verb(noun)


# light verbs whose subject takes up an act someone else made ("the offer Beijing accepted")
TAKING_VERBS = noun_roles.RECEIPT_VERBS | {"accept"}


def accepted_visit(noun: Any, verb: Any) -> bool:
    """"invited him for a visit which he accepted": the one who accepts a visit or a meeting makes it."""
    hit = match_noun(noun, index())
    return verb.lemma_.lower() == "accept" and hit is not None and hit.pattern.code[:2] == "04"


def clause_light_verb(noun: Any) -> Any | None:
    """"The sanctions imposed on Iran by the United States", "the sanctions that Washington imposed on Iran":
    a light verb in a clause on the event noun, whose object the noun is (a participle, or a relative clause
    with no object of its own), does the noun's act: its "by" agent or its subject is the noun's doer. Not a noun in
    apposition to a name ("the SCO, a security pact led by Beijing"): that describes what the name is."""
    if noun.dep_ == "appos":
        return None
    for c in noun.children:
        if c.i < noun.i or c.pos_ != "VERB" or not any(w in light_verbs() for w in lemmas(c)):
            continue
        if c.lemma_.lower() in TAKING_VERBS and not accepted_visit(noun, c):
            continue  # "the proposal which India accepted": who takes an act up did not make it
        if c.dep_ == "acl" and c.tag_ == "VBN" and not any(g.dep_ == "dobj" for g in c.children):
            return c
        if c.dep_ == "relcl" and not any(g.dep_ == "dobj" and g.lower_ not in ("that", "which") for g in c.children):
            return c
    return None


def _hyphen_parts(noun: Any) -> list[tuple[Any, str]]:
    """The hyphen compounds before ``noun``: (named token, "against" | "doer").

    "anti-French protests" is parsed as three modifiers "anti", "-", "French"; "US-backed offensive" as
    "US" hanging on the participle "backed" that modifies the noun.
    """
    doc = noun.doc
    out: list[tuple[Any, str]] = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in ("amod", "compound", "nmod"):
            continue
        if c.i >= 2 and doc[c.i - 1].text in DASHES and doc[c.i - 2].lower_ in AGAINST_PREFIXES:
            out.append((c, "against"))
        elif c.lower_ in DOER_PARTICIPLES and c.i >= 2 and doc[c.i - 1].text in DASHES:
            out.append((doc[c.i - 2], "doer"))
    return out


# roots of joint acts a hyphenated pair names as both parties ("Armenian-Azerbaijani talks", "US-Japan drills");
# a treaty or deal so named is often only what is discussed, not an act reported
PAIR_ROOTS = frozenset(("04", "06"))


def hyphen_pair(hit: Hit) -> tuple[Any, Any] | None:
    """"Armenian-Azerbaijani talks", "the US-China trade deal": two names joined by a hyphen before a noun
    of a joint act are its two parties (first, second); "anti-French", "Saudi-led" are no such pair."""
    noun = hit.token
    if hit.pattern.kind != "noun" or hit.pattern.code[:2] not in PAIR_ROOTS:
        return None
    doc = noun.doc
    for second in noun.children:
        if second.i > noun.i or second.dep_ not in ("amod", "compound", "nmod") or second.i < 2:
            continue
        first = doc[second.i - 2]
        if doc[second.i - 1].text in DASHES and first.head == second and all(
                t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() for t in (first, second)):
            return first, second
    return None


def hyphen_skip(noun: Any) -> set[int]:
    """Token indices of "anti-X" compounds, which never name the doer."""
    skip: set[int] = set()
    for tok, role in _hyphen_parts(noun):
        if role == "against":
            skip.update((tok.i, tok.i - 1, tok.i - 2))
    return skip


def _patient_with_of(noun: Any, hit: Hit) -> bool:
    """"Pakistan's expulsion of refugees", "Russia's arrest of a reporter": a patient noun that names what
    it is done to in its "of" phrase has its doer as possessor."""
    return hit.token.lemma_.lower() in index().patient_nouns and bool(roles.prep_objects(noun, ("of",)))


# CAMEO roots of verbal acts: the nouns of these roots name speech acts (statements, appeals, offers, praise,
# demands, accusations, rejections, threats), which someone makes
SPEECH_ROOTS = frozenset(("01", "02", "03", "05", "10", "11", "12", "13"))


def maker_token(hit: Hit) -> Any | None:
    """The one who made a speech act named by a noun, from a clause on the noun: "the accusations made by
    the minister", "charges levelled by Beijing", "the claims that were issued by Kyiv" (a participle or
    relative clause of a making verb with a "by" agent) and "the charges Washington made" (a relative
    clause of a making verb whose own subject is the maker)."""
    if hit.pattern.code[:2] not in SPEECH_ROOTS:
        return None
    return made_by(hit.token, index().speech_act_makers)


def made_by(noun: Any, verbs: frozenset[str]) -> Any | None:
    """The party a clause on ``noun`` of one of ``verbs`` names as its maker or leader: the "by" agent of a
    participle or relative clause ("the resolution drafted by France", "a delegation led by the minister"),
    or the own subject of such a relative clause ("the letter Iran sent"); None when no such clause names one."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl") or not any(w in verbs for w in lemmas(c)):
            continue
        agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        subj = next((s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in roles.RELATIVE), None)
        if c.dep_ == "relcl" and subj is not None and not any(o.dep_ == "dobj" and o.i > c.i for o in c.children):
            return subj
    return None


def answering_verb(noun: Any) -> Any | None:
    """The denial or rejection verb that answers the speech act a noun names ("Pakistan rejected India's
    accusations", "the proposal was dismissed by Addis Ababa"), if the noun is its object."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in factuality.DENY_CUES:
        return head
    return None


def answered_party(noun: Any) -> Any | None:
    """The party that answers a speech act by denying or rejecting it: the subject (or "by" agent) of the
    verb that has the noun as object. An accusation or proposal so answered was aimed at that party."""
    verb = answering_verb(noun)
    return roles.subject_token(verb) if verb is not None else None


def answered_hits(hits: list[Hit]) -> list[Hit]:
    """The speech-act nouns a denial or rejection verb's pattern used up as its object ("rejected the
    accusations made by X", "dismissed a Sudanese proposal"): each is an event of its own when the noun
    names who made it (the verb's event is the answer to it)."""
    from .match import match_noun

    taken = {h.token.i for h in hits}
    out: list[Hit] = []
    for h in hits:
        if h.pattern.kind != "verb":
            continue
        for i in h.used:
            noun = h.token.doc[i]
            if i in taken or getattr(answering_verb(noun), "i", None) != h.token.i:
                continue
            nh = match_noun(noun, index())
            if nh is not None and has_own_holder(nh):
                out.append(nh)
                taken.add(i)
    return out


def has_own_holder(hit: Hit) -> bool:
    """The noun's own phrase introduces who made it: a national modifier ("an Egyptian proposal"), a
    "by"/"from" phrase or a maker clause ("accusations made by the minister"). A bare "the allegations"
    names no one, and a possessor ("Washington's claims") points back at an accusation already reported,
    which the denial answers rather than reports anew."""
    stok = source_token(hit, places=True, occasion=False)
    verb = answering_verb(hit.token)
    answerer = roles.subject_token(verb) if verb is not None else None
    return stok is not None and stok.dep_ != "poss" and (answerer is None or stok.i != answerer.i)


def source_token(hit: Hit, *, places: bool, occasion: bool) -> Any | None:
    """The doer of an event noun: an "X-led" compound, then what ``noun_roles.noun_source_token`` reads, then
    the maker named in a clause on the noun (``maker_token``)."""
    noun = hit.token
    doer = next((t for t, role in _hyphen_parts(noun) if role == "doer"), None)
    if doer is not None:
        return doer
    pair = hyphen_pair(hit)
    if pair is not None:
        return pair[1]  # the first is its fellow (events/doers.fellow_doers)
    skip = set(hit.pattern.mods)
    against = hyphen_skip(noun)
    stok = noun_roles.noun_source_token(noun, skip, places=places, occasion=occasion, exclude=against)
    if stok is not None and left_place(hit, stok):
        stok = None  # "the withdrawal of its troops from Syria": Syria is where they leave, not who leaves
    if stok is not None and stok.dep_ == "poss" and stok.pos_ == "PRON":
        stok = _coordinated_possessor(noun) or _listed_owners(noun, stok) or stok
    if stok is None:
        stok = expeller_after_of(hit)
    if stok is None:
        stok = responsible_token(noun)
    if stok is None:
        stok = _misattached(noun, ("between",))
    if stok is None:
        stok = maker_token(hit)
    if stok is None:
        fought = fought_in(hit)
        stok = fought[0] if fought is not None else None
    if stok is None and noun_roles.receipt_verb(noun) is None:
        verb = light_verb(noun)  # the dictionary's light verbs beyond the parser's own list
        stok = roles.subject_token(verb) if verb is not None else None
        if verb is not None and (stok is None or stok.i == noun.i) and verb.dep_ in ("acl", "relcl") \
                and verb.head.i == noun.i:
            stok = listed_in_clause(verb) or stok  # a participle's own noun is what it acts on, not its doer
    if stok is None:
        stok = origin_token(noun)
    if stok is None:
        stok = gathering_members(hit) or moved_forces(hit)
    return stok


# CAMEO root of consultations: its nouns name gatherings ("a meeting", "a summit", "a session", "a visit"),
# except a telephone call's: "the calls of X" are X's appeals, never a call X made by phone
GATHERING_ROOT = "04"
PHONE_CALL = "041"


def gathering_members(hit: Hit) -> Any | None:
    """"A meeting of NATO defence ministers", "a summit of the African Union", "the visit of the Chinese
    president": the "of" phrase of a gathering noun names who gathers (of other acts it names who the act
    is done to: "the arrest of X"). Not a bare plural that names no one ("a meeting of foreign ministers"),
    which the actor layer can only guess. Returns that phrase's object, or None."""
    code = hit.pattern.code
    if hit.pattern.kind != "noun" or code[:2] != GATHERING_ROOT or code.startswith(PHONE_CALL):
        return None
    return next((o for o in roles.prep_objects(hit.token, ("of",)) if _definite_party(o)), None)


# codes of moving one's own forces: the "of" phrase of such a noun names who moves ("the withdrawal of Russian
# troops", "the deployment of NATO forces"), as a gathering's names who gathers
FORCE_MOVE_CODES = ("087", "15")


def moved_forces(hit: Hit) -> Any | None:
    """"The withdrawal of Russian troops from Syria began", "the deployment of French soldiers to Mali", "the
    pullout of the United States from Iraq": the "of" object of a withdrawal or deployment noun is the force
    that moves, and so its doer. Not a bare plural that names no one ("the withdrawal of troops"). Returns
    that object, or None."""
    if hit.pattern.kind != "noun" or not hit.pattern.code.startswith(FORCE_MOVE_CODES):
        return None
    return next((o for o in roles.prep_objects(hit.token, ("of",)) if _definite_party(o)), None)


NAMED_PARTIES = frozenset(("GPE", "NORP", "ORG", "PERSON"))


def _definite_party(tok: Any) -> bool:
    """A noun phrase that names or points at its party: a name, a named modifier ("NATO defence ministers",
    "the Chinese president") or a determiner or possessor ("the council", "their ministers")."""
    return tok.ent_type_ in NAMED_PARTIES or tok.pos_ == "PROPN" or any(
        c.dep_ in ("det", "poss") or c.ent_type_ in NAMED_PARTIES for c in tok.children if c.i < tok.i)


def listed_in_clause(verb: Any) -> Any | None:
    """"The talks held between Iran and the United States": the "between"/"among" phrase of the light verb
    in a clause on the noun lists the noun's parties; returns the first."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                 for g in p.children if g.dep_ == "pobj"), None)


def origin_token(noun: Any) -> Any | None:
    """"Criticism of the move came from China", "support for the rebels came from Rwanda": an event noun that
    is the subject of "come" is done by the party it comes "from"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "come":
        return None
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"), None)


# codes of withdrawals, whose "from" phrase names the place or party left ("pullout from Syria")
WITHDRAWAL_CODES = ("087", "166")


def left_place(hit: Hit, stok: Any) -> bool:
    """The doer phrase found for a withdrawal noun is its "from" phrase: where the forces leave."""
    return hit.pattern.code.startswith(WITHDRAWAL_CODES) and stok.dep_ == "pobj" and stok.head.lower_ == "from" and (
        stok.head.head.i == hit.token.i)


# codes of expulsions, whose "from" phrase names the state that expels ("the expulsion of envoys from Russia")
EXPULSION_CODES = ("174",)


def expeller_after_of(hit: Hit) -> Any | None:
    """"The expulsion of a German diplomat from Russia", "the deportation of Polish envoys from Belarus": the
    parser hangs the "from" phrase on the "of" object, the people expelled; the state they are expelled from is
    the one expelling them. Returns that state's token, or None."""
    if not hit.pattern.code.startswith(EXPULSION_CODES):
        return None
    for prep in hit.token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for patient in prep.children:
            if patient.dep_ != "pobj":
                continue
            for p in patient.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


# "X was behind the attack", "X is responsible for the attack": the subject of the copula did the act
BEHIND_PREPS = frozenset(("behind",))
RESPONSIBLE_ADJS = frozenset(("responsible", "culpable", "to blame"))


def responsible_token(noun: Any) -> Any | None:
    """"Officials said Iran was behind the attack", "Hezbollah is responsible for the bombing": an event noun
    after "behind" on a copula, or after "for" on "responsible" predicated of a subject, was done by that
    subject. Returns the subject, or None."""
    claimant = claimant_token(noun)
    if claimant is not None:
        return claimant
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep, head = noun.head, noun.head.head
    if prep.lower_ in BEHIND_PREPS and head.lemma_ == "be":
        copula = head
    elif prep.lower_ in BEHIND_PREPS and head.pos_ == "VERB":
        # a headline's verbless clause: "Pakistan says India behind mosque bombing" (India read as the object)
        return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < prep.i), None)
    elif prep.lower_ == "for" and head.lemma_.lower() in RESPONSIBLE_ADJS and head.dep_ == "acomp":
        copula = head.head
    else:
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj"), None)


# verbs of owning up to an act: "Hamas claimed the attack" is Hamas saying it did it
CLAIMING_VERBS = frozenset(("claim",))


def claimant_token(noun: Any) -> Any | None:
    """"Hamas claimed the attack", "the bombing was claimed by al-Shabaab", "the attack, claimed by IS, ...":
    an act claimed is owned up to, so whoever claims it did it. Returns the claimant, or None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in CLAIMING_VERBS:
        return roles.subject_token(head)
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in CLAIMING_VERBS:
        return roles.agent_token(head)
    return next((a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in CLAIMING_VERBS for a in [roles.agent_token(c)] if a is not None), None)


def claimed_act(verb: Any) -> Any | None:
    """The act noun a claiming verb owns up to ("claimed the attack", "the attack claimed by"), else None."""
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and claimant_token(c) is not None:
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and roles.agent_token(verb) is not None:
        return verb.head
    return None


def _coordinated_possessor(noun: Any) -> Any | None:
    """"Moscow's annexation of Crimea and its backing of separatists": a possessive pronoun on an event noun
    coordinated with one whose possessor is named stands for that possessor."""
    if noun.dep_ != "conj" or noun.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def _listed_owners(noun: Any, pron: Any) -> Any | None:
    """"Japan, Korea and the US stepped up their cooperation": "their" on the object of a verb whose subject
    lists several parties stands for all of them (the subject, whose conjuncts each give a party)."""
    if pron.lower_ != "their" or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    subj = roles.subject_token(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subj if subj is not None and len(roles.conjuncts(subj)) > 1 else None


def possessor_is_doer(hit: Hit) -> bool:
    """The possessor of a patient noun is its doer when the noun names its patient with "of"."""
    return _patient_with_of(hit.token, hit)


def _misattached(noun: Any, preps: tuple[str, ...]) -> Any | None:
    """A "between"/"against" phrase the parser hung on the verb above the noun's own phrase, right after the
    noun ("two killed in a skirmish between A and B"), or anywhere after the verb of which the noun is the
    subject when that verb has no object: a verb of occurring says only that the act happened ("fighting
    erupted between A and B", "clashes broke out overnight between A and B", "protests grew against X")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    end = noun.right_edge.i
    occurring = noun.dep_ == "nsubj" and head.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in head.children)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and (c.i == end + 1 or occurring and c.i > head.i):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def fought_in(hit: Hit) -> tuple[Any, Any] | None:
    """"Two rebels were killed in a clash with government troops", "three soldiers died in a firefight
    with militants": a hostile act noun that sets a clause whose subject suffers it (an agentless passive,
    or a verb with no object) and names only the other side ("with X") is done by X to that subject.
    Returns (the doer, the sufferer), or None."""
    noun, prep = hit.token, hit.token.head
    if hit.pattern.code[:2] not in FIGHT_ROOTS or noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    other = next(iter(roles.prep_objects(noun, ("with",))), None) or _misattached(noun, ("with",))
    if subj is None or other is None or (subj.dep_ == "nsubj" and roles.is_passive(verb)):
        return None
    return other, subj


def target_tokens(hit: Hit) -> list[Any]:
    """Candidate target tokens of an event noun, in priority order.

    An "anti-X" compound; for a patient noun with an "of" phrase, that phrase; the noun's own
    prepositions; the light verb's recipient and prepositions ("handed a note to X", "imposed sanctions
    on X"); a "between"/"against" phrase the parser hung on the verb above.
    """
    noun = hit.token
    out = [t for t, role in _hyphen_parts(noun) if role == "against"]
    fought = fought_in(hit)
    if fought is not None:  # "killed in a clash with X": at the ones killed
        out.append(fought[1])
    answerer = answered_party(noun)
    if answerer is not None:  # "Pakistan rejected India's accusations (against Islamabad)": at the one answering
        out += roles.prep_objects(noun, ("against",)) + [answerer]
    if _patient_with_of(noun, hit):
        out += roles.prep_objects(noun, ("of",))
    if noun.lemma_.lower() in index().aimed_nouns:
        out += aimed_at(noun)
    out += roles.target_tokens(noun, hit.pattern.preps, noun=True)
    verb = light_verb(noun)
    if verb is not None:
        out += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        out += roles.prep_objects(verb, roles.EMBEDDED_TARGET_PREPS)
    misplaced = _misattached(noun, ARGUMENT_PREPS)
    if misplaced is not None:
        out.append(misplaced)
    return out


def _between_object(noun: Any) -> Any | None:
    """The first object of the noun's "between" phrase (its own, or one hung on the verb above)."""
    objs = roles.prep_objects(noun, ("between",))
    return objs[0] if objs else _misattached(noun, ("between",))


def one_side(hit: Hit) -> Any | None:
    """"An agreement between Iran and the US, France and China": when the first party of a "between" list is
    joined to the rest by "and", it is one side and the others the other; None when every party is a side."""
    holder = hit.token
    if hit.pattern.kind == "verb":  # "the agreement between A and B, C was signed": the passive's subject
        holder = next((c for c in holder.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    elif hit.pattern.kind != "noun":
        return None
    first = _between_object(holder) if holder is not None else None
    if first is None or len(first.conjuncts) < 2:
        return None
    # "Iran and the US, France, ...": the first party's own link is "and"; "Armenia, Azerbaijan and Russia": a comma
    link = next((c for c in first.children if c.dep_ in ("cc", "punct") and c.i > first.i), None)
    return first if link is not None and link.lower_ == "and" else None


def counterparties(hit: Hit, src: Any, srcs: list[Any], actors: Any) -> list[Any]:
    """The parties a mutual noun event's source did it with: the other side of a "between" list, else
    every other party."""
    others = [o for o in srcs if o.key != src.key]
    side = one_side(hit)
    if side is None:
        return others
    lead = np_actors.actor_of(side, actors)
    if lead is None or not lead.key:
        return others
    return others if src.key == lead.key else [o for o in others if o.key == lead.key]


# nouns of agreement that, with a to-infinitive, are consent to an act, not a signed deal ("Iran's agreement
# to allow inspections")
AGREEMENT_HEADS = frozenset(("agreement", "deal", "accord", "pact"))


def aimed_at(noun: Any) -> list[Any]:
    """The objects of the "against" phrase that aims a noun at a party: on the noun ("a resolution against
    Iran"), on its participle clause, or on that clause's "by" agent, where the parser often hangs it
    ("a resolution passed by the board against Syria"), or an "anti-X" compound ("India's anti-Pakistan
    diatribe")."""
    out = [t for t, role in _hyphen_parts(noun) if role == "against"] + roles.prep_objects(noun, ("against",))
    for c in noun.children:
        if c.dep_ in ("acl", "relcl"):
            out += roles.prep_objects(c, ("against",))
            out += [o for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                    for o in roles.prep_objects(g, ("against",))]
    return out


def names_party(hit: Hit) -> bool:
    """"Venezuela's opposition rejected the results", "the opposition accused the government", "Kenya's main
    opposition called for protests": a noun that names a party as well as an act (``party_nouns``) names the
    party when nothing aims it ("opposition to the plan", "strong opposition from China" are acts)."""
    tok = hit.token
    if hit.pattern.kind != "noun" or tok.lemma_.lower() not in index().party_nouns:
        return False
    return not any(ch.dep_ == "prep" and ch.lower_ in index().party_noun_preps for ch in tok.children)


def mere_label(hit: Hit) -> bool:
    """An event noun that names no event of its own: a modifier of another noun ("the protest movement's
    website", "a war crimes court"), an agreement noun that is consent to a following infinitive, or a noun
    that reports an act only when aimed at a party and is aimed at none ("resolution 2231"), or the
    gathering another meeting happened on the sidelines of."""
    noun = hit.token
    if hit.pattern.kind != "noun":
        return False
    if noun.lemma_.lower() in index().aimed_nouns and not aimed_at(noun):
        return True
    if noun.lemma_.lower() in index().judging_nouns and noun.dep_ != "attr":
        return True  # "a lie", "a provocation" judge only what they are said to be ("the claim is a lie")
    if places.on_sidelines(noun):  # "met on the sidelines of the summit": the summit is where, the meeting the act
        return True
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        head = noun.head
        from .match import match_noun  # the head may be an event noun itself ("peace talks", "arms deal")
        if match_noun(head, index()) is None:
            return True
    return noun.lemma_.lower() in AGREEMENT_HEADS and any(
        c.dep_ in ("acl", "xcomp", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children)


def own_parties_only(hit: Hit) -> bool:
    """An agreement noun takes its other party from its own phrase or none: "the deal" with no "with" or
    "between" party is not a deal with whoever else the sentence names."""
    lemma = hit.token.lemma_.lower()
    return hit.pattern.kind == "noun" and (lemma in AGREEMENT_HEADS or lemma in index().aimed_nouns)


# positions in which an event noun with no party of its own mentions again an act already reported (the object
# of a verb too, unless it is a to-infinitive's or a speech act answered: see _object_mention)
REPEAT_POSITIONS = frozenset(("pobj", "nsubj", "nsubjpass", "compound", "conj", "dobj"))
# prepositions that set an act as the frame a clause happens under ("under the deal, Kenya will supply ...")
FRAME_PREPS = frozenset(("under", "per"))


def mentioned_again(noun: Any) -> bool:
    """"Details of the agreement were not released", "talks will resume", "critics of the pact": an event
    noun that names no party of its own (no possessor, named modifier or party phrase, ``OWN_PARTY_PREPS``)
    is a later mention of the latest act of its kind, whose parties it takes (``discourse.parties``), as a
    subject, a prepositional object or a modifier. A claim noun ("discussed the allegations") is no such mention.
    """
    if noun.dep_ not in REPEAT_POSITIONS or noun.lemma_.lower() in factuality.CLAIM_NOUNS:
        return False
    if noun.dep_ == "pobj" and (noun.head.lower_ in FRAME_PREPS or noun.head.head.pos_ == "ADJ"):
        return False  # "under the deal, Kenya will ...", "familiar with the talks": a frame or topic, not the act
    if noun.dep_ == "dobj" and not _object_mention(noun):
        return False
    kids = list(noun.children)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
        return False  # "pulled out of an agreement that ...": a new act, or another one, not the one last reported
    if any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") for c in kids):
        return False  # "Russia's attack", "their talks": its own party, left to the parse
    return not owns_party(noun)  # "the Iranian deal", "talks with Iran"


def _object_mention(noun: Any) -> bool:
    """"Welcomed the deal", "described the talks as useful", "the delegation signed the accord": the object of a
    verb (one whose clause names no doer the actor layer resolves) mentions an act again, but
    not the object of a to-infinitive ("to revive the deal": what an act still to come is about), nor a
    speech act answered ("will consider the request", "rejected the proposal": the answer is the event)."""
    if roles.to_infinitive(noun.head):
        return False
    hit = match_noun(noun, index())
    return hit is None or hit.pattern.code[:2] not in SPEECH_ROOTS


# roots whose acts are steps of one another ("agreed to hold talks" ... "the talks"; "signed a deal" ... "the
# cooperation"): a later mention of one with no party of its own and no earlier act of its own root takes
# the parties of the latest of these
KINDRED_ROOTS = (frozenset(("03", "04", "05", "06")),)


def kindred_roots(root: str) -> tuple[str, ...]:
    """The other roots whose latest act a party-less mention of an act of ``root`` may refer back to."""
    return tuple(sorted(r for kin in KINDRED_ROOTS if root in kin for r in kin if r != root))
