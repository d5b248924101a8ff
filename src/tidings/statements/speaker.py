"""Who does the saying: the speaker token of a cue, and its resolved actor mention.

The mention returned keeps the offsets of the words in *this* sentence ("she",
"the official") while the actor layer supplies the key and full name of the
person they refer to (coreference lives in the actor layer, not here).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..actors import DocActors
from ..actors.lexicon import lexicon as actor_lexicon
from ..records import ActorMention, Statement
from .cues import lexicon, verb_cue

_SUBJECTS = ("nsubj", "csubj")
_RELATIVE = {"who", "that", "which", "whom"}
# a participle or subordinate verb whose speaker is the governing clause's subject ("..., adding that")
_INHERIT = ("conj", "advcl", "xcomp", "acl", "relcl", "pcomp")
_NAME_PARTS = ("compound", "nmod", "flat")  # the words of a name the parser hangs on its last word
_NP_LEFT = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "punct", "quantmod", "advmod"}


def _child(token: Any, deps: tuple[str, ...]) -> Any | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def subject_of(verb: Any) -> Any | None:
    """The verb's subject. When the parser gives it two ('THE BORROWING ... Mr. Lee said', a heading run
    into the sentence; '... made public ― Trump boasted'), the one standing closest before the verb is it:
    the other is a stray word the parser had no other place for."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [c for c in subjects if c.i < verb.i]
    return max(before, key=lambda c: c.i) if before else min(subjects, key=lambda c: c.i)


_ANAPHORIC = {"the", "this", "that"}


def _owner_of_speech_noun(noun: Any) -> Any:
    """'the ministry's statement' -> ministry; 'a statement from the army' -> army; 'a UN Security Council
    resolution' -> Council; 'the statement' -> the owner of the statement the article last named; else the noun."""
    if noun.lemma_.lower() not in lexicon().nouns:
        return noun
    owner = _own_owner(noun)
    if owner is None:
        owner = _earlier_owner(noun)
    return owner if owner is not None else noun


def speech_noun_owner(noun: Any) -> Any:
    """The token that speaks for ``noun`` when it is a speech noun ('a statement by the ministry' ->
    ministry); else ``noun`` itself."""
    return _owner_of_speech_noun(noun)


def _earlier_owner(noun: Any) -> Any | None:
    """'The resolution reaffirmed ...' after 'Russia vetoed a UN Security Council resolution': a definite
    speech noun with no owner of its own refers to the last one the article named; that one's owner speaks."""
    det = _child(noun, ("det",))
    if det is None or det.lower_ not in _ANAPHORIC or any(c.dep_ in ("poss", "compound") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
            continue
        owner = _own_owner(earlier) or _said_in(earlier)
        if owner is not None:
            return owner
        det = _child(earlier, ("det",))
        if det is None or det.lower_ not in _ANAPHORIC:
            return None  # 'a resolution' with no owner: the chain starts there, unowned
    return None  # 'the draft resolution' refers further back: keep looking


def _said_in(noun: Any) -> Any | None:
    """'the ministry said *in a statement*': the statement is the ministry's."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        said = _child(noun.head.head, ("nsubj",))
        if said is not None and said.lower_ not in _RELATIVE and said.pos_ != "PRON":
            return said
    return None


def _own_owner(noun: Any) -> Any | None:
    """The owner a speech noun names in its own phrase, or None."""
    poss = _child(noun, ("poss",))
    if poss is not None:
        return poss
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            pobj = _child(prep, ("pobj",))
            if pobj is not None:
                return pobj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon().issuing_verbs:
        issuer = _child(noun.head, ("nsubj",))
        if issuer is not None and issuer.lower_ not in _RELATIVE:
            return issuer  # 'the Security Council issued a statement calling ...': who issued it speaks
    for rel in noun.children:
        if rel.dep_ == "relcl" and rel.i > noun.i and rel.lemma_.lower() in lexicon().issuing_verbs:
            issuer = _child(rel, ("nsubj",))
            if issuer is not None and issuer.lower_ not in _RELATIVE and not any(c.dep_ == "dobj" for c in rel.children):
                return issuer  # 'according to a speech *Clinton* delivered in July': who delivered it speaks
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if names else None  # 'a UN Security Council resolution', 'a Kremlin statement'


def passive_agent(verb: Any) -> Any | None:
    """The 'by X' agent of a passive cue ("were rejected by the ministry")."""
    agent = _child(verb, ("agent",))
    return _child(agent, ("pobj",)) if agent is not None else None


def speaker_token(verb: Any, *, depth: int = 0) -> Any | None:
    """The head token of whoever utters the speech act ``verb``."""
    if depth > 4:
        return None
    agent = passive_agent(verb)
    if agent is not None:
        return _owner_of_speech_noun(agent)
    shown = _shown_speaking(verb)
    if shown is not None:
        return shown
    subj = subject_of(verb)
    if subj is not None:
        if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return _owner_of_speech_noun(verb.head)
        return _owner_of_speech_noun(subj)
    if _child(verb, ("nsubjpass",)) is not None:
        return None  # "it was reported that ...": no one is named
    swallowed = _subject_in_fronted_phrase(verb)
    if swallowed is not None:
        return swallowed
    if verb.dep_ == "ROOT" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "appos" and verb.doc[verb.i - 1].head.i < verb.i:
        # 'In a statement carried by KCNA, *the Defence Ministry* said ...': the subject misread as an apposition
        return _owner_of_speech_noun(verb.doc[verb.i - 1])
    continued = _continued_relative_report(verb)
    if continued is not None:
        return speaker_token(continued, depth=depth + 1)
    if depth == 0 and _controlled_by_object(verb):
        controller = _object_controller(verb)
        return _owner_of_speech_noun(controller) if controller is not None else None
    if verb.dep_ in _INHERIT and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            quoted = _quoted_as(head)
            if quoted is not None:
                return quoted
            head = head.head  # 'Poland summoned the envoy *after claiming* that ...': the clause's subject speaks
        framed = passive_frame_subject(head)
        if framed is not None:
            return framed
        if _after_relative_clause(verb):
            head = _governing_verb(head.head) or head  # '... a statement that was aired on TV, *saying* ...'
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if head.lemma_.lower() in lexicon().nouns:
                answered = _answering_clause(verb, head)
                if answered is not None:
                    return speaker_token(answered, depth=depth + 1)
                return _owner_of_speech_noun(head)
            if head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
                return head  # 'Boluarte, who became president, called for a truce': a finite verb misread as a modifier
            head = _governing_verb(head)
            if head is None:
                return None
        return speaker_token(head, depth=depth + 1)
    return None


# verbs that take an object and an infinitive whose subject is their own subject ('promised voters to ...')
_SUBJECT_CONTROL = {"promise", "vow", "pledge", "swear", "threaten"}
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you"}


def _controlled_by_object(verb: Any) -> bool:
    """'The senator forced Stumpf *to admit* that ...': an infinitive complementing a verb that has an
    object of its own (not one of subject control, 'promised voters to ...') is done by that object."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ != "VERB" or head.lemma_.lower() in _SUBJECT_CONTROL:
        return False
    obj = _child(head, ("dobj",))
    if obj is None or obj.i > verb.i or not _can_be_controller(obj):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)  # what is admitted is a clause


def _object_controller(verb: Any) -> Any | None:
    """Who performs the speech act an object controls: the object, when what governs the infinitive
    says it happened ('forced X to admit', 'led X to concede'); no one, when the governing verb only
    asks for it ('urged Iran to declare ...': Iran has declared nothing; the urging is the statement)."""
    head = verb.head
    cue = verb_cue(head)
    if cue is not None and cue.directive:
        return None
    return _child(head, ("dobj",))


def _can_be_controller(obj: Any) -> bool:
    """Is the object someone who could speak: a name, an object pronoun for people, or a noun for a
    person or body ('the minister', 'the witness', 'officials')?"""
    if obj.pos_ == "PROPN" or obj.lower_ in _OBJECT_PRONOUNS or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    people, cues = actor_lexicon(), lexicon()
    words = (obj.lemma_.lower(), obj.lower_)
    if any(w in people.roles or w in people.representatives or w in cues.speaking_nouns for w in words):
        return True
    return any(w.endswith(e) and len(w) >= len(e) + 3 for w in words for e in cues.speaker_endings) and not any(
        w.endswith(e) for w in words for e in cues.not_speaker_endings)


def _answering_clause(verb: Any, noun: Any) -> Any | None:
    """'Chile rejected the accusations made by Peru's minister*, stating* that ...': a participle set off
    by a comma after a speech noun that is the object of a clause's verb is said by that clause's
    subject, not by the owner of the speech noun it follows (the parser hangs it on the nearest noun).
    Returns that verb, or None when the participle runs on from its noun ('a statement saying')."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or noun.dep_ not in ("dobj", "pobj"):
        return None
    governing = _governing_verb(noun)
    if governing is None or subject_of(governing) is None:
        return None
    return governing


def _after_relative_clause(verb: Any) -> bool:
    """'The ministry issued a statement that was aired on TV, *saying* ...': a participle set off by a
    comma that the parser hangs on a relative clause whose subject is only the relative word speaks
    for the clause the relative one sits in."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or head.dep_ != "relcl" or head.head.i == head.i:
        return False
    subj = _child(head, ("nsubj", "nsubjpass"))
    if subj is not None and subj.lower_ not in _RELATIVE:
        return False  # 'the issue, to which *the speaker* responded, saying ...': the clause has its own speaker
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _quoted_as(prep: Any) -> Any | None:
    """'State media quoted *the minister* as saying ...': the object of an active framing verb (data:
    passive_frames) speaks the speech verb under its 'as'."""
    frame = prep.head
    if prep.lower_ != "as" or frame.lemma_.lower() not in lexicon().passive_frames:
        return None
    obj = _child(frame, ("dobj",))
    return _owner_of_speech_noun(obj) if obj is not None and obj.lower_ not in _RELATIVE else None


def _shown_speaking(verb: Any) -> Any | None:
    """'the ad uses footage of *Clinton asking* ...', 'a video showed *Olsen saying* ...': a speech
    participle standing right after a person's name (no comma between) that is not the subject of
    the clause it hangs on is what that person says; the parser hangs it on the main verb, or gives it
    the noun before the name ('*footage* of Reyes asking') as its subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ in _SUBJECTS or name.dep_ == "compound":
        return None
    return name


def _continued_relative_report(verb: Any) -> Any | None:
    """'China vetoed a resolution *that deplored* the crackdown "in the strongest terms" and *called for*
    the release of detainees': the parser hangs the second cue of the relative clause on the main verb,
    so the main clause's subject would speak. A subjectless cue conjoined to a verb that is no cue,
    after that verb's object's relative clause opened by 'that'/'which' on a cue, continues that
    clause: returns the relative clause's cue (whose speaker is the antecedent)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or verb_cue(head) is not None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        for rel in (c for c in obj.children if c.dep_ == "relcl" and c.i < verb.i):
            subj = _child(rel, ("nsubj",))
            if subj is not None and subj.lower_ in _RELATIVE and verb_cue(rel) is not None:
                return rel
    return None


def _subject_in_fronted_phrase(verb: Any) -> Any | None:
    """'In a meeting with the board of the Washington Post *Trump* said ...': with no comma after an
    opening prepositional phrase the parser takes the subject for the phrase's last noun; a name right
    before a subjectless main verb, at the end of a phrase that opens the sentence on that verb, speaks."""
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") or name.dep_ != "pobj":
        return None
    t = name
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    if t.head.i != verb.i or t.dep_ != "prep" or t.i != verb.sent.start:
        return None
    return name


def passive_frame_subject(head: Any) -> Any | None:
    """'Wong was *quoted* as saying ...', 'the envoy was *reported* to have said ...': the passive
    subject of a framing verb (data: passive_frames) is the speaker of the speech verb it governs."""
    if head.lemma_.lower() not in lexicon().passive_frames:
        return None
    subj = _child(head, ("nsubjpass",))
    if subj is None or subj.lower_ in _RELATIVE or subj.lower_ == "it":
        return None  # 'it was reported that ...': no one is named
    return _owner_of_speech_noun(subj)


def _governing_verb(token: Any) -> Any | None:
    t = token
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _noun_phrase(token: Any) -> tuple[int, int]:
    """Character span of the token's noun phrase up to the head (no relative clauses or appositions)."""
    left = token
    for c in token.lefts:
        if c.dep_ in _NP_LEFT:
            left = c if c.i < left.i else left
    words = [t.idx for t in left.subtree if not t.is_punct] if left is not token else []
    start = min(words) if words else token.idx
    start = max(start, token.sent.start_char)
    end = token.idx + len(token.text)
    for c in token.rights:
        if c.dep_ in ("compound", "flat") and c.i == token.i + 1:
            end = c.idx + len(c.text)
    return start, end


def _appositive_person(token: Any, actors: DocActors) -> ActorMention | None:
    """A named person closing the subject phrase, as in 'The sister of the leader, Kim Yo Jong, said'."""
    if token.pos_ == "PRON":
        return None
    sub = list(token.subtree)
    end = sub[-1].idx + len(sub[-1].text)
    people = [m for m in actors.inside(sub[0].idx, end) if m.kind == "person" and m.key and m.end >= end - 2]
    return people[-1] if people else None


def _name_inside(token: Any, actors: DocActors) -> ActorMention | None:
    """A named person among the words the parser hung on a head that is no name itself: 'Gen. Carlos
    Ramos, *Jr.*', 'Minister Dolores de *Cospedal*' with the name cut at 'de'. A possessor's name
    ('Trump's spokeswoman') names someone else and is not taken."""
    if token.pos_ == "PRON":
        return None
    found = [actors.for_token(c) for c in token.children if c.i < token.i and c.dep_ in _NAME_PARTS]
    people = [m for m in found if m is not None and m.kind == "person"]
    return max(people, key=lambda m: m.end) if people else None


def _named_in_apposition(owned: ActorMention, token: Any, actors: DocActors) -> ActorMention:
    """'*Its spokesman, John Smith,* said', '*her deputy, Ali Hassan,* said': the owner's party speaks,
    by the person the apposition names (the possessive says whose they are; the name says who)."""
    person = _appositive_person(token, actors)
    if person is None or not person.name:
        return owned
    return replace(owned, name=person.name, evidence=f"{owned.evidence}; named {person.name!r}")


def _owned_by_pronoun(token: Any, actors: DocActors, text: str, start: int, end: int) -> ActorMention | None:
    """'according to *his office*', '*her spokesman* said': a speaker the actor layer left uncoded whose
    possessor is a pronoun it resolved speaks for that referent's party ("Kishida's office")."""
    poss = _child(token, ("poss",))
    if poss is None or poss.pos_ != "PRON" or token.lemma_.lower() not in lexicon().speak_for_owner:
        return None  # 'his critics said': not his words
    owner = actors.for_token(poss)
    if owner is None or not owner.key:
        return None
    rest = text[poss.idx + len(poss.text) : end].strip()
    name = f"{owner.name or owner.text}'s {rest}" if rest else None
    return ActorMention(start, end, text[start:end], owner.key, name=name, kind="description",
                        evidence=f"statements:owner {poss.text!r} ({owner.key})")


def _coded_modifier(token: Any, actors: DocActors, text: str, start: int, end: int) -> ActorMention | None:
    """"*Venezuela's armed forces* chiefs said", "the *Kenyan navy* commanders said": a common-noun speaker
    the actor layer left uncoded speaks for the coded actor its own modifiers name."""
    if token.pos_ != "NOUN" or start >= token.idx:
        return None
    owner = actors.at(start, token.idx)
    if owner is None or owner.kind == "pronoun":
        return None
    return ActorMention(start, end, text[start:end], owner.key, name=text[start:end], kind="description",
                        evidence=f"statements:modifier {owner.text!r} ({owner.key})")


BODY_WINDOW = 6  # sentences back in which "the agency" may find the body it stands for


def _body_named_before(token: Any, actors: DocActors, text: str, start: int, end: int) -> ActorMention | None:
    """"The WHO sent a team. *The agency* said ...", "*the 35-nation board* said ...": a definite common
    noun for a body (data: body_nouns) that the actor layer left uncoded speaks for the organisation
    named before it: the last one whose words hold the noun ('the IAEA Board of Governors' for 'the
    board'), else the one organisation the sentences just before name (with two, it is left uncoded).
    A noun under a name of its own ('the SITE intelligence group') is that body, not one named before."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon().body_nouns:
        return None
    det = _child(token, ("det",))
    if det is None or det.lower_ not in _ANAPHORIC or any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in token.lefts):
        return None
    before = [m for m in actors.mentions if m.end <= start and m.key and m.kind == "organisation"]
    noun = token.lemma_.lower()
    naming = [m for m in before if noun in _named_with(m, text)]
    if naming:
        owner = naming[-1]
    else:
        sents = list(token.doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
        since = sents[max(0, here - BODY_WINDOW)].start_char
        near = [m for m in before if m.start >= since]
        if len({m.key for m in near}) != 1:
            return None
        owner = near[-1]
    return ActorMention(start, end, text[start:end], owner.key, name=owner.name or owner.text, kind="description",
                        evidence=f"statements:body named before {owner.text!r} ({owner.key})")


def _named_with(mention: ActorMention, text: str) -> list[str]:
    """The mention's words and the three after it, lower-cased: 'the IAEA *Board* of Governors', 'the
    IMF's executive *board*' name the body by the mention and the words the actor layer left outside it."""
    after = text[mention.end : mention.end + 60].split()[:3]
    return [w.strip(".,;:'’s").lower() for w in mention.text.split() + after]


def speaker_mention(token: Any, actors: DocActors, text: str) -> ActorMention:
    """The mention for a speaker token: the actor layer's when it knows one, else the bare phrase."""
    found = actors.for_token(token)
    if found is not None and found.name:
        return found
    start, end = _noun_phrase(token)
    owned = _owned_by_pronoun(token, actors, text, start, end) if found is None else None
    if owned is not None:
        return _named_in_apposition(owned, token, actors)
    named = _appositive_person(token, actors) or _name_inside(token, actors)
    if named is not None:
        # 'The sister of ..., Kim Yo Jong, said': this mention, that person
        return replace(named, start=start, end=end, text=text[start:end], kind="description")
    if found is not None:
        return found
    modified = _coded_modifier(token, actors, text, start, end)
    if modified is not None:
        return modified
    body = _body_named_before(token, actors, text, start, end)
    if body is not None:
        return body
    kind = "pronoun" if token.pos_ == "PRON" else "description"
    return ActorMention(start, end, text[start:end], None, name=text[start:end], kind=kind, evidence="statements:np")


def _at_local_words(found: ActorMention, verb: Any, text: str) -> ActorMention:
    """A speaker found in an earlier sentence ('The resolution reaffirmed ...': the owner of the resolution
    named before) keeps its identity but is placed on the words of this attribution that stand for it."""
    local = passive_agent(verb) or subject_of(verb)
    if local is None:
        return found
    start, end = _noun_phrase(local)
    return replace(found, start=start, end=end, text=text[start:end], kind="description", name=found.name or found.text)


def relative_subject(verb: Any, who: Any) -> Any | None:
    """The relative pronoun subject of a cue in a relative clause on ``who`` ('Cruz, *who* said ...')."""
    if verb.dep_ != "relcl" or verb.head.i != who.i:
        return None
    subj = _child(verb, _SUBJECTS)
    return subj if subj is not None and subj.lower_ in _RELATIVE else None


def at_relative(antecedent: ActorMention, rel: Any, text: str) -> ActorMention:
    """The speaker mention placed on the relative pronoun that is the clause's subject, keeping the
    antecedent's identity: the pronoun is the speaker's word in the attribution, as 'he' is in
    'he said', and it refers to the phrase it follows."""
    start, end = rel.idx, rel.idx + len(rel.text)
    name = antecedent.name or antecedent.text
    return replace(antecedent, start=start, end=end, text=text[start:end], name=name)


def speakers(actors: DocActors, text: str, who: Any, verb: Any = None) -> list[ActorMention]:
    """One speaker, or each party of a coordinated subject ('Moscow and Tehran rejected ...',
    'Germany, France and Britain said in a joint statement', 'Western states and top UN officials
    called for ...') when every conjunct is a distinct coded actor (descriptions: of distinct
    countries or bodies); otherwise the phrase as one speaker."""
    first = speaker_mention(who, actors, text)
    if verb is not None and who.sent.start != verb.sent.start:
        first = _at_local_words(first, verb, text)
    rel = relative_subject(verb, who) if verb is not None else None
    if rel is not None:
        return [at_relative(first, rel, text)]  # 'Trump, *who* said ...': the clause's own word, the antecedent's identity
    conj = sorted({c for c in who.conjuncts if c.i > who.i} | set(_apposed_list(who, actors)), key=lambda t: t.i)
    pair = _plural_antecedents(who, actors) if not conj else []
    if pair:
        return [_at_token(m, who, text) for m in pair]  # 'they said', 'both leaders agreed': each person named
    parties = _coordinated_modifiers(who, actors, text, first) if not conj else []
    if parties:
        return parties  # 'Ethiopian and Kenyan officials said ...': each country's officials
    if not conj and first.key:
        listed = _listed_before(who, actors)
        if listed:
            return listed + [first]
    if not conj:
        return [first]
    named = who.pos_ == "PROPN" and all(c.pos_ == "PROPN" for c in conj)
    found = [actors.for_token(c) for c in conj]
    if not first.key or any(m is None or not m.key for m in found):
        return [first]
    if verb is not None and _reciprocal(verb) and _distinct_parties([first, *found]):
        return [first] + [m for m in found if m is not None]  # 'the army and the RSF blamed *each other*': two sides
    if not named and any("home:" in (m.evidence or "") for m in [first, *found] if m is not None):
        return [first]  # 'Armenian media and Telegram channels': a party the article's home country stands in for
    # named parties differ by key; descriptions ('Western states and top UN officials') by whose they are
    keys = [k if named else k.split(".")[0] for k in [first.key] + [m.key for m in found if m is not None and m.key]]
    if len(set(keys)) < len(conj) + 1:
        return [first]  # 'US officials and lawmakers': one country's people, one speaker
    return [first] + [m for m in found if m is not None]


def _reciprocal(verb: Any) -> bool:
    """The cue's object is 'each other' or 'one another', or the cue is one of reciprocal_verbs (data):
    its coordinated subject is two sides, each saying it of the other ('Armenia and Azerbaijan *accused
    each other* of ...', 'Kyiv and Moscow *traded* accusations')."""
    if verb.lemma_.lower() in lexicon().reciprocal_verbs:
        return True
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative") and obj.lower_ in ("other", "another"):
            return any(c.lower_ in ("each", "one") for c in obj.children) or (
                obj.i > 0 and obj.doc[obj.i - 1].lower_ in ("each", "one"))
    return False


def _distinct_parties(found: list[ActorMention | None]) -> bool:
    """Every party of a coordinated subject is coded, each a different one (by key, else by its words)."""
    if any(m is None or not m.key for m in found):
        return False
    ids = [(m.key, m.name or m.text) for m in found if m is not None]
    return len(set(ids)) == len(ids) and len({m.key for m in found if m is not None}) == len(ids)


_PLURAL_DETERMINERS = ("both", "two")


def _plural_anaphor(who: Any) -> bool:
    """'*they* said', '*both leaders* agreed', '*the two ministers* stressed': a plural word for people
    named before ('both' or 'two' on a plural noun, or 'they')."""
    if who.lower_ == "they":
        return True
    if who.tag_ != "NNS":
        return False
    return any(c.lower_ in _PLURAL_DETERMINERS and c.dep_ in ("det", "nummod", "predet", "amod", "quantmod")
               for c in who.children)


def _named_people(subject: Any, actors: DocActors) -> list[ActorMention]:
    """The named people of a coordinated subject ('Cho *and* Iwaya met'), when there are two or more and
    every conjunct is a coded person with a name."""
    tokens = [subject] + [c for c in subject.conjuncts if c.i > subject.i]
    if len(tokens) < 2:
        return []
    found = [_person_at(t, actors) for t in tokens]
    if any(m is None or not m.key or not m.name for m in found):
        return []
    names = [m.name for m in found if m is not None]
    return [m for m in found if m is not None] if len(set(names)) == len(names) else []


def _person_at(token: Any, actors: DocActors) -> ActorMention | None:
    """The named person a subject conjunct stands for: its own mention ('Cho'), a description the actor
    layer names ('Foreign Minister Cho'), or the person in apposition ('his counterpart, Iwaya')."""
    found = actors.for_token(token)
    if found is not None and found.name and found.kind in ("person", "description"):
        return found
    return _appositive_person(token, actors)


def _plural_antecedents(who: Any, actors: DocActors) -> list[ActorMention]:
    """The people a plural anaphor speaker stands for: the coordinated named people that are a subject
    earlier in its sentence or in the sentence before ('Ruto and Abiy held talks. *The two leaders*
    agreed ...'), the nearest such subject; none when there is no such pair."""
    if not _plural_anaphor(who):
        return []
    doc, sent = who.doc, who.sent
    begin = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[begin : who.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and not t.is_ancestor(who):
            people = _named_people(t, actors)
            if people:
                return people
    return []


def _at_token(found: ActorMention, token: Any, text: str) -> ActorMention:
    """The person's identity placed on the words of this attribution that stand for them."""
    start, end = _noun_phrase(token)
    return replace(found, start=start, end=end, text=text[start:end], kind="description", name=found.name or found.text)


_LIST_KINDS = ("state", "organisation", "group")
_MODIFIERS = ("amod", "compound", "nmod")


def _coordinated_modifiers(who: Any, actors: DocActors, text: str, first: ActorMention) -> list[ActorMention]:
    """'*Ethiopian and Kenyan* officials said', '*US and South Korean* military officials said': a common
    noun speaker under coordinated modifiers that each name a distinct state speaks once per state,
    in the sector the description gives ('military officials': MIL), else the state's own key."""
    if who.pos_ != "NOUN" or not first.key:
        return []
    mods = [c for c in who.children if c.dep_ in _MODIFIERS and c.i < who.i and any(g.dep_ == "conj" for g in c.children)]
    if len(mods) != 1:
        return []
    words = [mods[0]] + [g for g in mods[0].subtree if g.dep_ == "conj" and g.i < who.i]
    states = [actors.for_token(w) for w in words]
    if any(m is None or m.kind != "state" or not m.key for m in states):
        return []
    codes = [m.key.split(".")[0] for m in states if m is not None and m.key]
    if len(set(codes)) != len(codes):
        return []
    sector = first.key.split(".", 1)[1] if "." in first.key and ":" not in first.key else None
    out = []
    for code, m in zip(codes, states):
        if m is None:
            return []
        key = f"{code}.{sector}" if sector else m.key
        name = f"{m.text} {who.text}"  # the mention stands on the state's own word, one per party
        out.append(ActorMention(m.start, m.end, m.text, key, name=name, kind="description",
                                evidence=f"statements:coordinated modifier {name!r}"))
    return out


def _apposed_list(who: Any, actors: DocActors) -> list[Any]:
    """'Chile, Peru, the UAE, and Egypt cut ties' misparsed with the second party an apposition of the
    first and the rest conjuncts of the apposition: the apposed names and their conjuncts are further
    parties of the subject, when the list closes with 'and' and every party is a coded state or body."""
    if not any(c.dep_ == "appos" for c in who.children):
        return []
    members: list[Any] = []
    todo = [who]
    while todo:  # the names hung on the subject by appositions and conjunctions, however nested
        links = [c for c in todo.pop().children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
        members += links
        todo += links
    members.sort(key=lambda t: t.i)
    if not any(c.dep_ == "cc" and c.lower_ == "and" for m in [who, *members] for c in m.children):
        return []
    found = [actors.for_token(t) for t in [who, *members]]
    if any(m is None or m.kind not in _LIST_KINDS for m in found):
        return []
    return members


def _listed_before(who: Any, actors: DocActors) -> list[ActorMention]:
    """'Chile, Peru, the UAE and *Egypt* cut ties, citing ...' with the list misparsed (the parser makes
    the last party alone the subject): the comma-separated coded parties running from the start of the
    sentence up to 'and' before the subject speak with it, when each is a distinct state or body."""
    doc, start = who.doc, who.sent.start
    j = who.i - 1
    if j <= start or doc[j].lower_ != "and":
        return []
    j -= 1
    if doc[j].text == ",":
        j -= 1
    found: list[ActorMention] = []
    while j >= start:
        m = actors.for_token(doc[j])
        if m is None or m.kind not in _LIST_KINDS or m.end != doc[j].idx + len(doc[j].text):
            return []
        k = j
        while k - 1 >= start and doc[k - 1].idx >= m.start:
            k -= 1  # the mention's first word
        if k - 1 >= start and doc[k - 1].lower_ == "the":
            k -= 1
        found.insert(0, m)
        if k == start:
            break
        if doc[k - 1].text != ",":
            return []
        j = k - 2
    last = actors.for_token(who)
    keys = [m.key for m in found] + [last.key if last is not None else None]
    return found if found and None not in keys and len(set(keys)) == len(keys) else []


# speakers named by what they are: their name is the words that name them ("Saudi Arabia", "the Kremlin")
NAMED_KINDS = frozenset(("state", "region", "group", "organisation"))


def named_by_words(found: list[Statement]) -> list[Statement]:
    """A state or body that speaks is named by its own words when it has no other name."""
    out = []
    for st in found:
        sp = st.speaker
        if sp is not None and not sp.name and sp.kind in NAMED_KINDS and sp.text.strip():
            words = sp.text.strip().split()
            name = " ".join(words[1:] if len(words) > 1 and words[0].lower() == "the" else words)
            st = replace(st, speaker=replace(sp, name=name))
        out.append(st)
    return out
