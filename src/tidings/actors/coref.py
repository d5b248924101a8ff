"""In-document coreference for actors: acronyms, descriptions and pronouns.

Deliberately simple and local (the last few sentences), because the stages
downstream need a key and a name, not a full coreference chain: a pronoun or
description takes the key, name and entity of its antecedent, and keeps its
own offsets. Antecedents are ranked the way news prose works: in the same
sentence the nearest compatible mention, in earlier sentences the subject
first (the speaker of "..., she added" is the previous sentence's subject).
"""

from __future__ import annotations

from typing import Any, Iterable

from .drafts import NAMED_BY_TEXT, Draft, new_draft, state_code
from .lexicon import lexicon
from .narrator import narrator, staff
from .owners import possessed
from .quotations import Quote, quote_flags, quote_speaker, quotes

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "themselves"}
FIRST = {"we", "us", "our", "ours", "ourselves"}
FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
PRONOUNS = MALE | FEMALE | NEUTER | PLURAL | FIRST | FIRST_SINGULAR
SPEAKERS = FIRST | FIRST_SINGULAR  # resolved through the quotation they stand in
PAIRS = {("the", "two"), ("both", "sides"), ("the", "pair"), ("both", "leaders"), ("the", "sides")}
WINDOW = 3  # sentences back
NON_PERSON = {"state", "organisation", "group", "description"}
COUNTRY_WORDS = {"country", "nation", "state"}
GROUP_WORDS = {"group", "movement", "militia", "organisation", "organization"}
IGO_WORDS = {"organisation", "organization", "alliance", "bloc", "body", "union", "agency"}
# words for one state's armed forces: "the army" after "the Israeli military", "the military" after "Sudan's army"
FORCE_WORDS = ("army", "military", "armed forces")


def resolve(doc: Any, drafts: list[Draft]) -> None:
    """Add pronoun and acronym drafts to ``drafts`` and resolve every anaphor in text order."""
    spans = quotes(doc)
    flags = quote_flags(doc)
    sent_of = {t.i: si for si, s in enumerate(doc.sents) for t in s}
    drafts.extend(_acronyms(doc, drafts, sent_of))
    drafts.extend(_pronouns(doc, drafts, sent_of))
    drafts.sort(key=lambda d: (d.start, -d.end))
    for d in drafts:
        d.in_quote = flags[d.start]
    for d in drafts:
        if d.anaphor == "bridge":
            _bridge(d, drafts)
        elif d.anaphor == "description":
            _description(d, drafts)
    for d in drafts:
        if d.anaphor == "pronoun" and d.text.lower() not in SPEAKERS:
            _pronoun(d, drafts)
    for d in _documents(doc, drafts, sent_of):
        drafts.append(d)
        drafts.sort(key=lambda x: (x.start, -x.end))
    for d in drafts:
        if d.anaphor == "pronoun" and d.text.lower() in SPEAKERS and not narrator(doc, d, drafts):
            _first_person(d, drafts, spans, sent_of)
    possessed(doc, drafts)
    staff(doc, drafts)


DOC_LEFT = {"det", "amod", "compound", "nummod"}
ISSUE_VERBS = {"issue", "release", "publish", "send", "post", "circulate", "make", "put", "deliver", "present", "submit"}


# prepositions that set a document as the vehicle of the clause's saying ("in a statement", "according to a
# report", "through a spokesman's post", "via a letter")
CARRIER_PREPS = {"in", "to", "through", "via"}


def _owner(tok: Any) -> Any | None:
    """Who issued a document noun: "the agency's report", "a statement from the army",
    "In a statement, the ministry said", "the ministry issued a statement"."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ not in CARRIER_PREPS:
        return None  # "fired rockets at army posts": a place aimed at, not a text the clause's subject issued
    if tok.dep_ == "pobj":
        according = False
        while head.dep_ in ("prep", "pcomp") or head.pos_ == "ADP" or head.lower_ == "according":
            according = according or head.lower_ == "according"
            if head.head.i == head.i:
                break
            head = head.head
        if according:  # "X said ..., according to a report": the report is X's
            head = tok.sent.root
        return _subject(head) if head.pos_ in ("VERB", "AUX") else None
    if tok.dep_ == "dobj" and head.lemma_.lower() in ISSUE_VERBS:
        return _subject(head)
    return None


def _subject(verb: Any) -> Any | None:
    """The verb's subject; when the parse lost it, the word right before the verb ("..., the ministry said")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return subj
    k = verb.i - 1
    while k >= verb.sent.start and verb.doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    prev = verb.doc[k] if k >= verb.sent.start else None
    return prev if prev is not None and prev.pos_ in ("PROPN", "NOUN", "PRON") else None


def _documents(doc: Any, drafts: list[Draft], sent_of: dict[int, int]) -> list[Draft]:
    """"the statement said": a document speaks for whoever issued it, here or in an earlier mention."""
    nouns = lexicon().documents
    if not nouns:
        return []
    taken = {i for d in drafts if d.key for i in range(d.start, d.end)}
    out: list[Draft] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or t.i in taken:
            continue
        start = t.i
        while start > 0 and doc[start - 1].head.i == t.i and doc[start - 1].dep_ in DOC_LEFT:
            start -= 1
        d = new_draft(doc, start, t.i + 1, None, "description", "document", sent_of.get(t.i, 0))
        d.role = t.lemma_.lower()
        owner = _owner(t)
        if owner is not None:
            hits = [a for a in drafts if a.key and a.start <= owner.i < a.end and a.kind not in ("place",)]
            if hits:
                a = min(hits, key=lambda x: x.end - x.start)
                _take(d, a, f"{d.role} issued by")
        elif doc[start].lower_ in ("the", "this", "that"):
            earlier = [x for x in out if x.key and d.sent - 5 <= x.sent <= d.sent]
            same = [x for x in earlier if x.role == d.role] or earlier
            if same:
                _take(d, same[-1], f"the {d.role} mentioned before")
        if d.key:
            d.anaphor = "document"
            out.append(d)
    return out


def _acronyms(doc: Any, drafts: list[Draft], sent_of: dict[int, int]) -> list[Draft]:
    """"Sudanese Armed Forces (SAF)": later bare "SAF" means the same actor."""
    ends = {d.end: d for d in drafts if d.key and d.kind != "pronoun"}
    taken = {i for d in drafts for i in range(d.start, d.end)}
    known: dict[str, Draft] = {}
    out: list[Draft] = []
    for t in doc:
        if t.text in ("(", "[") and t.i + 2 < len(doc) and doc[t.i + 2].text in (")", "]"):
            acr = doc[t.i + 1]
            if acr.is_upper and 2 <= len(acr.text) <= 7 and t.i in ends:
                known[acr.text] = ends[t.i]
        elif t.text in known and t.i not in taken:
            ante = known[t.text]
            d = new_draft(doc, t.i, t.i + 1, ante.key, ante.kind, f"acronym of {ante.text}", sent_of.get(t.i, 0))
            d.name, d.entity = ante.name, ante.entity
            out.append(d)
    return out


def _pronouns(doc: Any, drafts: list[Draft], sent_of: dict[int, int]) -> list[Draft]:
    taken = {i for d in drafts for i in range(d.start, d.end)}
    out: list[Draft] = []
    for t in doc:
        if t.i in taken:
            continue
        low = t.lower_
        pair = t.i + 1 < len(doc) and (low, doc[t.i + 1].lower_) in PAIRS
        if low in PRONOUNS and t.pos_ == "PRON" and not _pleonastic(t):
            d = new_draft(doc, t.i, t.i + 1, None, "pronoun", "pronoun", sent_of.get(t.i, 0))
        elif pair and not _pair_doers(doc[t.i + 1]):
            d = new_draft(doc, t.i, t.i + 2, None, "pronoun", "pronoun", sent_of.get(t.i, 0))
            d.plural = True
        else:
            continue
        d.anaphor = "pronoun"
        d.prefer = _relative_head(t)
        if d.prefer is None:
            d.prefer = _controller(t)
        d.adjuncts = _adjuncts(t)
        out.append(d)
    return out


def _pair_doers(second: Any) -> bool:
    """"Both sides agreed to ...", "both leaders condemned ...", "the sides met", "the two allies began drills":
    a pair phrase whose noun is its clause's subject names the two doers at once. It takes no one antecedent's
    key (the previous sentence's subject); the events' pair reading gives the act to both parties. A bare
    "the two" and a pair that is acted on ("urged both sides") still read as a pronoun. ``second`` is the
    phrase's second word ("sides", or "two" counting the noun after it)."""
    noun = second.head if second.dep_ == "nummod" and second.head.i > second.i else second
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass")


def _adjuncts(t: Any) -> tuple[tuple[int, int], ...]:
    """"On North Korea, they agreed", "In a call with Blinken, he said": the parties of a prepositional phrase
    fronted on the subject pronoun's own verb are what the clause is about, not who the pronoun is."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    out = []
    for c in t.head.children:
        if c.dep_ == "prep" and c.i < t.i:
            # the prepositions' objects only: a possessor there is the subject's own ("In his speech, he said")
            out += [(g.i, g.i + 1) for g in c.subtree if g.dep_ == "pobj" or (g.dep_ == "conj" and g.head.dep_ == "pobj")]
    return tuple(out)


def _relative_head(t: Any) -> int | None:
    """"Western countries, which gloat about their deliveries": the noun the relative clause describes."""
    for anc in t.ancestors:
        if anc.dep_ == "relcl":
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that") for c in anc.children):
                return int(anc.head.i)
            return None
    return None


CONTROL_PREPS = ("on", "upon", "to")  # "called on Iran to ...", "appealed to Russia to ..."
SUBJECT_CONTROL = frozenset(("promise", "pledge", "vow", "swear", "guarantee"))  # "promised Kyiv to send its jets"


def _controller(t: Any) -> int | None:
    """"ordered Israel to halt its offensive", "urged Russia to withdraw its troops", "called on Iran to stop its
    enrichment": a possessive in the infinitive of a verb that addresses an object is the object's (the one
    told to act), not the subject's who tells it."""
    if t.dep_ != "poss":
        return None
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i > verb.i or verb.head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    gov = verb.head
    obj = next((c for c in gov.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        prep = next((c for c in gov.children if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS and c.i < verb.i), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return int(obj.i) if obj is not None else None


def _pleonastic(t: Any) -> bool:
    """"It is critical for Iran to ...": no antecedent."""
    if t.lower_ != "it":
        return False
    if t.dep_ == "expl":
        return True
    head = t.head
    return head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children) and any(
        c.dep_ in ("xcomp", "ccomp") for c in head.children
    )


def _candidates(d: Draft, drafts: Iterable[Draft], *, window: int = WINDOW) -> list[Draft]:
    """Possible antecedents, best first: same sentence nearest first, then earlier sentences subjects first.

    An anaphor outside quotation marks ("..., she added") looks past the words
    inside the quotation: they are the speaker's, not the narrator's, referents.
    """
    pool = [a for a in drafts if a.key and a.start < d.start and d.sent - window <= a.sent <= d.sent and a is not d]
    # a group of states ("Western countries") is a plural antecedent; a place never is
    plural = d.kind == "pronoun" and (d.plural or d.text.lower() in PLURAL)
    skip = ("place",) if plural else ("place", "region")
    pool = [a for a in pool if a.kind not in skip and not a.boiler and not (a.anaphor and a.key is None)]
    if not d.in_quote:
        drafts = list(drafts)
        inside = {a.sent for a in drafts if a.in_quote} - {a.sent for a in drafts if not a.in_quote}
        quoted = {si for si in inside if d.sent - window <= si < d.sent}
        if quoted:  # whole sentences of quotation do not count against the window
            lo = d.sent - window - len(quoted)
            pool += [
                a for a in drafts
                if a.key and lo <= a.sent < d.sent - window and a.kind not in skip and not a.boiler
                and not (a.anaphor and a.key is None)
            ]
    # a mention nested in a larger coded one ("Omani" in "the Omani Foreign Ministry") ranks after it
    nested = {id(a) for a in pool if any(b is not a and b.start <= a.start and a.end <= b.end and
                                         (b.end - b.start) > (a.end - a.start) for b in pool)}
    same = sorted((a for a in pool if a.sent == d.sent), key=lambda a: (not a.subject, id(a) in nested, -a.start))
    earlier = sorted(
        (a for a in pool if a.sent < d.sent), key=lambda a: (-a.sent, not a.subject, id(a) in nested, -a.start)
    )
    ranked = same + earlier
    if not d.in_quote:
        ranked = [a for a in ranked if not a.in_quote] + [a for a in ranked if a.in_quote]
    return ranked


def _fits(p: str, a: Draft) -> bool:
    personish = a.kind == "person" or (a.kind == "description" and not a.plural) or (a.kind == "pronoun" and bool(a.name))
    if p in MALE:
        return personish and a.gender != "f"
    if p in FEMALE:
        return personish and a.gender != "m"
    if p in NEUTER:
        return a.kind in ("state", "organisation", "group") and not a.plural
    if p in PLURAL or p in ("the", "both"):
        return a.plural or a.kind in ("group", "organisation", "state", "region")
    return True


def _titles_one(a: Draft, drafts: list[Draft]) -> bool:
    """"Ukrainian President Volodymyr Zelensky ... urged *them*": a state word inside one person's title
    ("Ukrainian" in "Ukrainian President") says whose office it is; it is no plural antecedent."""
    if a.kind != "state":
        return False
    return any(b is not a and b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start
               and (b.kind == "person" or b.kind == "description" and not b.plural) for b in drafts)


def _pronoun(d: Draft, drafts: list[Draft]) -> None:
    p = d.text.lower().split()[0]
    cands = [a for a in _candidates(d, drafts) if not any(a.start <= s < a.end for s, _ in d.adjuncts)]
    if p in ("the", "both"):  # "the two": the pair of the previous sentence, named by its subject
        prev = [a for a in cands if a.sent < d.sent and a.subject and a.kind != "pronoun"]
        cands = prev or cands
        p = "the"
    if p in PLURAL:
        cands = [a for a in cands if not _titles_one(a, drafts)]
    if p in FEMALE:
        fem = [a for a in cands if a.gender == "f"]
        cands = fem + [a for a in cands if a not in fem]
    if d.prefer is not None:
        head = [a for a in cands if a.start <= d.prefer < a.end and a.sent == d.sent and _fits(p, a)]
        cands = head + [a for a in cands if a not in head]
    for a in cands:
        if _fits(p, a) or (p == "the" and a.kind == "person"):
            _take(d, a, "pronoun")
            return


def _first_person(d: Draft, drafts: list[Draft], spans: list[Quote], sent_of: dict[int, int]) -> None:
    """"I" and "we" inside a quotation are its speaker: the party the quotation is attributed to.

    The attribution sits after the closing mark ("...," Kanaani said) or before
    the opening one (Kanaani said: "..."); a quotation running over several
    paragraphs is attributed where it finally closes.
    """
    if d.in_quote:
        speaker = quote_speaker(d, drafts, spans, sent_of)
        if speaker is not None:
            _take(d, speaker, "speaker of the quotation")
            return
        same = [a for a in drafts if a.sent == d.sent and not a.in_quote and a.key and a.kind != "place"]
        subj = [a for a in same if a.subject] or same
        if subj:
            _take(d, subj[0], "pronoun")
            return
    elif d.text.lower() in FIRST_SINGULAR:
        return  # an author's own "I" names no actor
    for a in _candidates(d, drafts):
        if a.kind in ("person", "description", "organisation", "state", "group", "pronoun") and a.key:
            _take(d, a, "pronoun")
            return


def _description(d: Draft, drafts: list[Draft]) -> None:
    """"the official", "the ministry", "the group": the latest compatible mention."""
    role = (d.role or "").lower()
    for a in _candidates(d, drafts, window=5):
        if d.plural and d.kind == "description":
            if (a.plural and a.kind == "description") or (a.kind == "organisation" and "." not in (a.key or "")):
                _take(d, a, "description")
                return
            continue
        if a.plural and a.kind in ("person", "description"):
            continue
        if a.anaphor == "description" and a.entity is None and a.strength <= 1:
            continue
        if d.kind == "description" and a.kind in ("person", "description") and not a.plural and a.strength >= 1:
            if roles_agree(role, a.role) and not _other_sector(d, a):
                _take(d, a, "description")
                return
        elif d.kind == "organisation" and (_org_match(role, a) and not _state_force_of_group(d, a) or _armed_group(d, a)):
            _take(d, a, "description")
            return
    _acting_state(d, drafts)


def _acting_state(d: Draft, drafts: list[Draft]) -> None:
    """"Tehran rejected the claim. The government said ...": a state body that names no body before is the
    government of the state that was the previous sentence's subject, not the article's home country."""
    if d.kind != "organisation" or (d.role or "").lower() not in STATE_BODIES or "+home:" not in d.evidence:
        return
    prev = [a for a in _candidates(d, drafts, window=1)
            if a.sent == d.sent - 1 and a.subject and a.kind == "state" and (a.key or "").endswith(".GOV")]
    if prev and prev[0].key != d.key and not _other_state_acts_on(d, drafts, prev[0]):
        _take(d, prev[0], "state body of the state acting before")


def _other_state_acts_on(d: Draft, drafts: list[Draft], before: Draft) -> bool:
    """"Egypt called for calm. The army chief dissolved the cabinet": a state body that is not its sentence's
    subject, in a sentence whose subject is another state's actor, is not the previous sentence's state's."""
    if d.subject:
        return False
    own = state_code(before.key)
    return any(a.sent == d.sent and a.subject and a is not d and state_code(a.key) not in (None, own)
               for a in drafts if a.end <= d.start)


def _armed_group(d: Draft, a: Draft) -> bool:
    """"the militants", "the rebels" after "Hamas fighters attacked": an unnamed armed-group word is the
    armed group the text named last, not the article's home country's rebels."""
    key = d.key or ""
    return key.split(".")[-1] == "REB" and "+home:" in d.evidence and ".REB:" in (a.key or "")


STATE_FORCES = {"MIL", "COP"}


def _state_force_of_group(d: Draft, a: Draft) -> bool:
    """"the army", "army operations", "the police" after "rebels of the National Liberation Army": a state's
    armed force word is that state's force, not the non-state group whose name happens to hold the word."""
    mine = (d.key or "").split(".")[-1]
    theirs = (a.key or "").split(":", 1)[0].split(".")[-1]
    return mine in STATE_FORCES and ":" in (a.key or "") and theirs not in STATE_FORCES


# a description may name a person introduced under another title of the same family
ROLE_FAMILIES = (
    {"spokesman", "spokeswoman", "spokesperson"},
    {"diplomat", "ambassador", "envoy", "foreign minister", "minister", "secretary of state", "foreign secretary",
     "consul", "representative", "negotiator", "deputy"},
    {"general", "commander", "chief of staff", "army chief", "officer", "colonel"},
    {"president", "leader", "head of state", "king", "emir", "sultan", "monarch", "ruler"},
    {"prime minister", "premier", "chancellor", "leader", "head of government"},
)
ANY_ROLE = {"official", "source", "representative", "leader", "politician", "statesman", "veteran"}


def _other_sector(d: Draft, a: Draft) -> bool:
    """"the president" is not the BBC's reporter: a person known by no role word of their own is only a
    candidate for a description of their own sector (GOV, MED, MIL ...)."""
    if a.role is not None or not d.role or "." not in (d.key or "") or "." not in (a.key or ""):
        return False
    mine, theirs = (d.key or "").split(".", 1)[1], (a.key or "").split(".", 1)[1]
    return ":" not in theirs and mine != theirs


def roles_agree(role: str, other: str | None) -> bool:
    """Can "the <role>" refer to a person introduced as <other> ("the minister" -> a foreign minister)?"""
    if not role or other is None or role in ANY_ROLE:
        return True
    role, other = role.lower().rstrip("s"), other.lower()
    if role in other or other.rstrip("s") in role:
        return True
    return any(role in fam and any(o in other for o in fam) for fam in ROLE_FAMILIES)


def _bridge(d: Draft, drafts: list[Draft]) -> None:
    if not bridge(d, drafts):
        _description(d, drafts)


def bridge(d: Draft, drafts: list[Draft]) -> bool:
    """"a ministry spokeswoman" after "Russia's Foreign Ministry": that body's country, the title's own sector."""
    body = d.bridge or ""
    for a in _candidates(d, drafts, window=5):
        if a.kind in ("person", "pronoun", "description") or not a.key:
            continue
        if body in STATE_BODIES:
            ok = a.kind == "state" and a.key.endswith(".GOV") or a.kind == "organisation" and a.key.endswith(".GOV")
        else:
            ok = _org_match(body, a)
        if ok:
            sector = (d.key or "").split(".")[1] if "." in (d.key or "") else "GOV"
            key = a.key if "." not in a.key or ":" in a.key else f"{a.key.split('.')[0]}.{sector}"
            d.key, d.strength = key, 2
            d.evidence = f"title of the {body} named before -> {a.text!r} ({a.key}; {a.evidence})"
            return True
    return False


STATE_BODIES = {"government", "governments", "authorities", "authority", "administration", "cabinet", "regime", "presidency"}


def _org_match(role: str, a: Draft) -> bool:
    if a.kind == "person" or a.kind == "pronoun":
        return False
    if role in GROUP_WORDS and (a.kind == "group" or ":" in (a.key or "")):
        return True
    if role in COUNTRY_WORDS:
        return a.kind == "state"
    if role in IGO_WORDS and a.kind in ("organisation", "group") and "." not in (a.key or ""):
        return True
    if role in FORCE_WORDS and a.strength >= 2 and ":" not in (a.key or ""):
        return any(w in a.text.lower() for w in FORCE_WORDS)
    return bool(role) and role in a.text.lower() and a.strength >= 2


def _take(d: Draft, a: Draft, how: str) -> None:
    d.key, d.name, d.entity = a.key, a.name or (a.text if a.kind in ("person",) + NAMED_BY_TEXT else None), a.entity
    if d.kind == "description" and d.plural and a.kind not in ("person", "description", "pronoun"):
        d.name = None  # "the foreign ministers" of Asean are not Asean itself: they keep their own words
    d.gender = a.gender
    d.evidence = f"{how} -> {a.text!r} ({a.key}; {a.evidence})"
