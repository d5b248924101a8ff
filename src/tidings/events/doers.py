"""Who did it: the source of an event from the parse (subject, "by" agent, possessor, national modifier,
"between" parties of an event noun), and the unnamed agents a text implies (the acted-on party's own
police, the government reporting its own summons, the gathering an act was done at)."""

from __future__ import annotations

from typing import Any

from ..actors import DocActors
from ..records import ActorMention
from . import codebook, factuality, keys, nominal, noun_roles, np_actors, roles, when_where
from .codebook import FORCE_ROOTS
from .coding import Coded
from .match import Hit, match_noun, match_verb
from .patterns import index

# roots whose event nouns take a place name as where, not who ("the Gaza war", "Ukraine conflict")
PLACE_ROOTS = frozenset(("14", "15", "18", "19", "20"))


# roots whose event nouns name an occasion the clause's subject took part in ("during a visit to", "at talks with")
OCCASION_ROOTS = frozenset(("04",))


def source_phrase(hit: Hit) -> Any | None:
    """The phrase naming the doer of a hit, resolved or not (None when the text names none)."""
    tok = hit.token
    if hit.pattern.kind == "noun":
        places = hit.pattern.code[:2] not in PLACE_ROOTS
        return nominal.source_token(hit, places=places, occasion=hit.pattern.code[:2] in OCCASION_ROOTS)
    if hit.pattern.kind == "adj":
        head = tok.head if tok.dep_ == "acomp" else tok
        # "Israel is opposed to ...": a stative participle's passive subject holds the state
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
            (c for a in head.children if a.dep_ in ("aux", "auxpass") for c in a.children if c.dep_ == "nsubj"),
            None) or roles.subject_token(head)  # the parser may hang the subject on the auxiliary
    if charged_participle(tok):
        return roles.agent_token(tok)
    host = factuality.finite_conj_host(tok)
    if host is not None:
        return roles.subject_token(host)
    return author_token(tok) or roles.subject_token(tok) or misread_subordinate_subject(tok)


def charged_participle(verb: Any) -> bool:
    """"a man accused of spying", "a firm suspected of supplying drones", "militants blamed for the bombing":
    a past participle of a charging verb (``charging_participles``) on the noun before it reports that the
    noun was charged, not that it charged anyone; only a "by" agent names who did."""
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.head.i < verb.i and not any(c.dep_ == "dobj" for c in verb.children) \
        and verb.lemma_.lower() in index().charging_participles


# words that open a subordinate clause but that the parser may read as a preposition ("as Sudan's army shelled")
SUBORDINATORS = frozenset(("as", "while", "after", "before", "since", "until", "because", "when"))
FINITE_TAGS = factuality.FINITE_TAGS


def misread_subordinate_subject(verb: Any) -> Any | None:
    """"Fighting continued as Sudan's army shelled the capital": the small parser may read a subordinator as
    a preposition and the clause's subject as its object, leaving the finite verb after it with no subject.
    The object that ends right before such a verb is its subject. Returns it, or None."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ != "advcl" or any(
            c.dep_ in roles.SUBJ or c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    while before is not None and before.dep_ in ("advmod", "neg") and before.head.i == verb.i and before.i > verb.sent.start:
        before = verb.doc[before.i - 1]  # "as the army also shelled"
    if before is None:
        return None
    obj = next((a for a in [before, *before.ancestors] if a.dep_ == "pobj" and a.head.lower_ in SUBORDINATORS
                and a.head.dep_ in ("prep", "mark") and a.right_edge.i == before.i), None)
    return obj


# the root of threats: an act a dictionary adjective of readiness governs is coded as the threat itself
# ("is ready to impose martial law", selection.drop_folded)
THREAT_ROOT = "13"


def adjective_controller(c: Coded) -> Any | None:
    """"Kenya is eager to send troops", "Germany was keen to send tanks", "the government said it is
    prepared to impose martial law": a to-infinitive on an adjective predicated of a subject is done by that
    subject (the parse layer follows only raising adjectives: "is due to", "is likely to"). Not when the
    predicate is negated ("is no longer able to", "was not keen to"): then the act is not done. Not under an
    adjective the dictionary codes ("stood ready to help"): that adjective is the act of intent, unless what
    it governs is a threat (then the threat is the one event)."""
    verb = c.hit.token
    adj = verb.head
    if c.hit.pattern.kind != "verb" or verb.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.dep_ != "acomp" or (
            not roles.to_infinitive(verb)):
        return None
    if adj.head is adj or _negated_predicate(adj):
        return None
    if adj.lemma_.lower() in index().adjs and c.code[:2] != THREAT_ROOT:
        return None
    return roles.subject_token(adj.head)


def _negated_predicate(adj: Any) -> bool:
    """A negation on a predicate adjective, its copula, or an adverb of either ("not", "no longer", "never")."""
    words = [adj, adj.head]
    words += [c for w in words for c in w.children if c.dep_ == "advmod"]
    return any(c.dep_ == "neg" for w in words for c in w.children)


def author_token(verb: Any) -> Any | None:
    """"The council adopted a resolution condemning Myanmar", "a statement by Beijing accusing Tokyo": an
    act in a participle clause on a text a party issues is done by whoever issued it (the text's "by" or
    possessor, else the subject of the verb that issues it)."""
    text = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or text.lemma_.lower() not in index().authored_nouns:
        return None
    own = noun_roles.noun_source_token(text, set(), places=False)
    if own is not None:
        return own
    issuer = text.head
    if text.dep_ in ("dobj", "nsubjpass") and issuer.pos_ == "VERB":
        return roles.subject_token(issuer)
    return None



def is_patient_noun(hit: Hit) -> bool:
    return hit.pattern.kind == "noun" and hit.token.lemma_.lower() in index().patient_nouns


def _patient_token(hit: Hit) -> Any | None:
    """The party acted on by an agentless act: the passive subject, or a patient noun's possessor / "of" object."""
    tok = hit.token
    if hit.pattern.kind == "verb":
        if any(c.dep_ == "agent" for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            subj = tok.head  # "activists detained last week"
        return subj
    if is_patient_noun(hit):
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        return poss or next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), None)
    return None


def is_agentless(hit: Hit) -> bool:
    """An act reported without its doer: a passive with no "by" phrase, or a bare event noun."""
    tok = hit.token
    if hit.pattern.kind == "noun":
        return not any(c.dep_ in ("poss", "prep") and (c.dep_ == "poss" or c.lower_ == "by") for c in tok.children)
    return roles.is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


def attacks_itself(hit: Hit, keys: set[str], actors: DocActors) -> bool:
    """The party named as attacked ("Russian positions were shelled") is the one that would be the source."""
    tok = hit.token
    cands = [_patient_token(hit)] + roles.prep_objects(tok, ("on", "against", "at"))
    return any(m.key in keys for t in cands if t is not None for m in np_actors.actors_of(t, actors))


def implicit_sources(c: Coded, actors: DocActors) -> list[ActorMention]:
    """The unnamed agent of an agentless arrest or crackdown: the security forces of the place it
    happened in ("journalists were arrested in Yangon"), else the acted-on party's own."""
    sector = index().implicit_sector(c.code, c.hit.pattern.id)
    if sector is None:
        return []
    patient = _patient_token(c.hit)
    tok = c.hit.token
    # the place phrase may hang on the pattern's own object noun ("placed under investigation in Italy")
    place = when_where.place_country(tok, actors) or next(
        (p for i in c.hit.used if (p := when_where.place_country(tok.doc[i], actors)) is not None), None)
    if patient is None and c.hit.pattern.kind == "noun" and (country := place or when_where.scene_country(tok, actors)):
        return [ActorMention(tok.idx, tok.idx + len(tok), tok.text, f"{country}.{sector}", None,
                             kind="description", evidence=f"implicit agent of {c.code} in {country}")]
    if patient is None:
        return []
    out: list[ActorMention] = []
    for m in np_actors.actors_of(patient, actors):
        country = place or keys.country_of(m.key)
        key = f"{country}.{sector}"
        if keys.is_country(country) and all(o.key != key for o in out):
            out.append(ActorMention(tok.idx, tok.idx + len(tok), tok.text, key, None,
                                    kind="description", evidence=f"implicit agent of {c.code}"))
    return out


# CAMEO's expulsion code: an agentless expulsion "from" a state is that state's
EXPULSION = "174"


def expeller_sources(c: Coded, actors: DocActors) -> list[ActorMention]:
    """"Two Iranian diplomats were expelled from Germany", "Mali was expelled from the bloc": the party an
    agentless expulsion sends someone away from is the one that expels (a state through its government)."""
    tok = c.hit.token
    if not c.code.startswith(EXPULSION) or c.hit.pattern.kind != "verb" or not is_agentless(c.hit):
        return []
    out: list[ActorMention] = []
    for obj in roles.prep_objects(tok, ("from",)):
        for m in np_actors.actors_of(obj, actors):
            key = f"{m.key}.GOV" if keys.is_country(m.key or "") else m.key
            if key and all(o.key != key for o in out):
                out.append(ActorMention(m.start, m.end, m.text, key, m.name, kind=m.kind,
                                        evidence=f"expelled from {m.key}"))
    return out


# predicate adjectives of these roots judge someone else's conduct ("the expulsion is unacceptable"):
# the one who judges is the speaker, the one judged owns what the adjective is said of
EVALUATIVE_ROOTS = frozenset(("11",))


def is_evaluative(c: Coded) -> bool:
    """A judgement of someone else's conduct: a critical predicate adjective ("is unacceptable"), or a judging
    verb with a critical object ("Russia's deployment poses a threat", ``judging_verbs`` in event_patterns)."""
    if c.code[:2] not in EVALUATIVE_ROOTS:
        return False
    return c.hit.pattern.kind == "adj" or judges(c) or predicated(c.hit.token)


def predicated(tok: Any) -> bool:
    """A judging noun predicated of a subject ("the ban was a fake pretext", "this is a provocation")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.lemma_.lower() in index().judging_nouns


def judged_only(c: Coded) -> bool:
    """A judgement aimed only at the party it is said of: no other party of the sentence is its target."""
    return judges(c) or attributive(c) or c.hit.pattern.kind == "noun" and predicated(c.hit.token)


def judges(c: Coded) -> bool:
    """A judging verb ("poses a threat", "gloats"): said of its subject, by the speaker."""
    p = c.hit.pattern
    return p.kind == "verb" and c.code[:2] in EVALUATIVE_ROOTS and p.head in index().judging_verbs


def evaluated(tok: Any, verb: bool = False) -> list[Any]:
    """What an evaluative adjective or judging verb is said of, and the doer when that is an act ("Russia's
    move", "the expulsion of ... by Moscow")."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ == "amod":  # "the baseless accusations made by X": the noun judged, and its doer or maker
        return [t for t in (_noun_doer(first.head), first.head) if t is not None]
    head = first.head if first.dep_ in ("acomp", "ccomp", "attr") and not verb else first
    # a judging verb's subject may be a relative pronoun or a coordinated verb's ("countries, which gloat")
    subj = roles.subject_token(head) if verb else next(
        (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    doer = _noun_doer(subj) if subj.pos_ == "NOUN" else noun_roles.noun_source_token(subj, set())
    return [t for t in (doer, subj) if t is not None]


def attributive(c: Coded) -> bool:
    """An evaluative adjective modifying a noun ("the baseless accusations"), judged only of that noun's party."""
    tok = c.hit.token
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return is_evaluative(c) and c.hit.pattern.kind == "adj" and tok.dep_ == "amod"


def _noun_doer(noun: Any) -> Any | None:
    """Who did or said what a noun names: an event noun's doer phrase ("made by X"), else its possessor or
    national modifier, else the agent of a participle on it ("the sanctions imposed by X")."""
    hit = match_noun(noun, index())
    found = source_phrase(hit) if hit is not None else None
    if found is None:
        found = noun_roles.noun_source_token(noun, set())
    if found is None:  # "the sanctions imposed by Washington": a participle's agent
        found = next((g for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"), None)
    return found


# diplomatic acts a government reports in the passive about its own doing ("the ministry said the Russian
# ambassador had been summoned", "Moscow confirmed a German diplomat was expelled")
REPORTED_OWN_ACTS = ("114", "174")


def reporter_source(c: Coded, actors: DocActors) -> list[ActorMention]:
    """The government that reports an agentless summons or expulsion of another state's envoy did it."""
    holder = c.holder
    if holder is None or not holder.key or not c.code.startswith(REPORTED_OWN_ACTS) or c.hit.pattern.kind != "verb":
        return []
    if keys.sector_of(holder.key) not in ("", "GOV") or not is_agentless(c.hit):
        return []
    patient = _patient_token(c.hit)
    parties = np_actors.actors_of(patient, actors) if patient is not None else []
    country = keys.country_of(holder.key)
    if not parties or any(keys.country_of(m.key) == country for m in parties):
        return []
    return [holder]


# aid a government announces without naming the giver ("the minister announced that shipments to Mali
# will follow"); said, claimed or denied, it may well be another's aid the speaker alleges or disputes
ANNOUNCED_AID = ("07", "033")
ANNOUNCE_CUES = frozenset(("announce", "mention", "unveil"))


def giver_source(c: Coded, actors: DocActors) -> list[ActorMention]:
    """The government whose speaker announces aid to other states with no giver named gives it."""
    holder = c.holder
    if holder is None or not holder.key or not c.code.startswith(ANNOUNCED_AID) or not is_agentless(c.hit):
        return []
    if c.ctx is None or c.ctx.cue.lemma_.lower() not in ANNOUNCE_CUES:
        return []
    if keys.sector_of(holder.key) not in ("", "GOV"):
        return []
    tok = c.hit.token
    country = keys.country_of(holder.key)
    takers = [m for t in roles.prep_objects(tok, ("to", "for")) for m in np_actors.actors_of(t, actors)]
    if not takers or any(keys.country_of(m.key) == country for m in takers):
        return []
    return [holder]


# gatherings whose members act together ("was agreed at the ASEAN summit", "adopted during the EU meeting")
FORUM_NOUNS = frozenset("meeting summit conference session assembly congress council talks".split())


FORUM_PREPS = frozenset(("at", "during", "by"))


def forum_source(c: Coded, actors: DocActors) -> list[ActorMention]:
    """An agentless passive done at a named gathering was done by the gathering's body."""
    tok = c.hit.token
    if c.hit.pattern.kind != "verb" or not roles.is_passive(tok) or any(ch.dep_ == "agent" for ch in tok.children):
        return []
    for forum in roles.prep_objects(tok, tuple(FORUM_PREPS)):
        if forum.lemma_.lower() in FORUM_NOUNS:
            found = np_actors.actors_of(forum, actors)
            if found:
                return found
    return []


def _listed_subjects(stok: Any) -> list[Any]:
    """"Japan, EU pledge aid": a headline lists its subjects with a comma and no "and", and the parser gives
    the verb one subject per name; the later ones act too."""
    if stok.dep_ != "nsubj":
        return []
    return [c for c in stok.head.children if c.dep_ == "nsubj" and c.i > stok.i and any(
        t.lower_ == "," for t in stok.doc[stok.i + 1:c.i])]


# "Britain, along with Canada, condemned ...", "Kenya together with Uganda signed ...": parties doing it too
FELLOW_ADVERBS = frozenset(("along", "together", "jointly"))


def fellow_doers(hit: Hit, stok: Any) -> list[Any]:
    """Parties the clause names as acting with its subject: a "with" phrase marked "along" or "together"
    on the subject or the verb, and the object of "join" when the act is what it joins in ("Germany joined
    France in condemning the coup"), and the first of a hyphenated pair ("Armenian-Azerbaijani talks")."""
    tok = hit.token
    out: list[Any] = []
    verb = stok.head if stok.dep_ in ("nsubj", "nsubjpass") else None
    for h in (stok, verb, tok):
        for c in (h.children if h is not None else ()):
            withs = [c] if c.lower_ == "with" and any(a.lower_ in FELLOW_ADVERBS for a in c.children) else []
            withs += [w for w in c.children if w.lower_ == "with"] if c.lower_ in FELLOW_ADVERBS else []
            out += [g for w in withs for g in w.children if g.dep_ == "pobj" and g not in out]
    pair = nominal.hyphen_pair(hit)
    if pair is not None and pair[1] == stok:
        out.append(pair[0])
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.lower_ == "in" and prep.head.lemma_.lower() == "join":
        out += [o for o in prep.head.children if o.dep_ == "dobj" and o not in out]
    return out


def listed_party(tok: Any) -> Any | None:
    """The first party of ``tok``'s "between"/"among" phrase ("talks *between Iran and Iraq*"), if any."""
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                 for g in p.children if g.dep_ == "pobj"), None)


def _patient_parties(hit: Hit) -> Any | None:
    """"The agreement between Iran and six powers was signed": an agentless passive whose subject is an
    event noun naming its own parties is done by them (the noun's "between" or possessor phrase)."""
    tok = hit.token
    if hit.pattern.kind != "verb" or not roles.is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    return listed_party(subj)


# codes whose object word names the doer's own forces ("deploy troops", "station warships", "deploy peacekeepers")
MOVED_FORCE_CODES = ("15", "074")


def moved_object(hit: Hit) -> Any | None:
    """"Russian troops were deployed to Belarus", "UN peacekeepers have been stationed in Mali": an agentless
    passive whose subject is the very object word its pattern needs (troops, peacekeepers) names, by that
    subject, whose forces were moved. Returns that subject, or None."""
    tok = hit.token
    if hit.pattern.kind != "verb" or not hit.used or not hit.pattern.code.startswith(MOVED_FORCE_CODES) or (
            not is_agentless(hit)):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i in hit.used), None)


def _between_parties(hit: Hit) -> Any | None:
    """"the need to cooperate closely between Seoul and Tokyo": a verb with no doer of its own whose
    "between" phrase lists the parties is done by them (each with the other, see extract._mutual)."""
    if hit.pattern.kind != "verb":
        return None
    return listed_party(hit.token)


def _object_parties(hit: Hit) -> Any | None:
    """"warned about deepening ties between Moscow and Pyongyang", "talked of expanding trade among the
    three states": a gerund after a preposition, with no subject of its own, whose object lists its
    parties in a "between"/"among" phrase is done by those parties, not by the clause's subject (who
    only speaks of the act). Returns the first listed party, or None."""
    tok = hit.token
    if hit.pattern.kind != "verb" or tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ in ("of", "for"):
        return None
    if any(c.dep_ in roles.SUBJ or c.dep_ in ("nsubjpass", "agent") for c in tok.children):
        return None
    return next((p for o in tok.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                 for p in [listed_party(o)] if p is not None), None)


def accused_token(tok: Any) -> Any | None:
    """"accused Rwanda of a crackdown", "blamed Chad for the attack", "accused each other of shelling": the
    act in the "of"/"for" complement of an accusation verb is alleged of the verb's object (of its
    coordinated subjects when that object is "each other"). Returns that object, or None."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ not in ("prep", "conj") or prep.lower_ not in ("of", "for"):
        return None
    misplaced = roles.accused_object(prep)
    if misplaced is not None:
        return misplaced
    verb = roles.first_prep(prep).head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in factuality.ACCUSE_CUES:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and roles.is_passive(verb):  # "Rwanda was accused of an invasion"
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is not None and roles.reciprocal_object(obj):
        return roles.subject_token(verb)
    return obj


def mutually_accused(tok: Any) -> bool:
    """The act is what coordinated parties accuse "each other" of (a gerund or an event noun in the
    accusation's "of"/"for" complement): each party's act is alleged by the others, not by itself."""
    verb = roles.first_prep(tok.head).head if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ in ("prep", "conj") else None
    if verb is None or tok.head.lower_ not in ("of", "for") or verb.lemma_.lower() not in factuality.ACCUSE_CUES:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and roles.reciprocal_object(obj)


def accuser_of(c: Coded, src: ActorMention, srcs: list[ActorMention]) -> Coded:
    """The act of ``src`` among parties that accuse each other is held by another of them."""
    if len(srcs) < 2 or c.holder is None or c.holder.key != src.key or not mutually_accused(c.hit.token):
        return c
    other = next((o for o in srcs if o.key and o.key != src.key), None)
    return c if other is None else Coded(c.hit, c.code, c.status, other, c.ctx)



# quad class of material conflict: an act of it done "in" another is done by the same party
MATERIAL_CONFLICT = 4


# prepositions that set a clause inside an act ("killed in / during clashes"), and those that set it after one,
# which make the clause's doer a party only when the act names its other side ("took the town after
# fighting with rebels"; "after an attack by jihadists" is someone else's)
INSIDE_PREPS = frozenset(("in", "during"))
AFTER_PREPS = frozenset(("after", "following", "amid"))


def setting_doer(hit: Hit) -> Any | None:
    """"Accused the government of deploying police in a brutal crackdown", "troops fired on crowds in an
    offensive", "recaptured the town after fighting with rebels": a hostile act noun that a hostile act's
    clause happens in (or follows, when the noun names only the other side) is done by that act's doer."""
    tok, prep = hit.token, hit.token.head
    if hit.pattern.kind != "noun" or tok.dep_ != "pobj" or prep.dep_ != "prep" or tok.ent_type_ == "EVENT":
        return None  # "during World War Two": a named war is when, not an act of the clause's doer
    if prep.lower_ != "in" and (any(c.dep_ in ("compound", "poss") or c.dep_ == "amod" and c.ent_type_
                                    for c in tok.children if c.i < tok.i)):
        return None  # "during a government offensive": a party word of its own, left to the parse
    if prep.lower_ not in INSIDE_PREPS and not (prep.lower_ in AFTER_PREPS and roles.prep_objects(tok, ("with",))):
        return None
    verb = prep.head
    act = match_verb(verb, index()) if verb.pos_ == "VERB" else None
    if act is None or MATERIAL_CONFLICT != codebook.info(act.pattern.code).quad_class or (
            MATERIAL_CONFLICT != codebook.info(hit.pattern.code).quad_class):
        return None
    return source_phrase(act)


def sources(c: Coded, actors: DocActors) -> list[ActorMention]:
    """Source actors; a first-person subject inside reported speech is the speaker."""
    if is_evaluative(c):  # "the move is unacceptable," the minister said: the speaker judges
        return [c.holder] if c.holder is not None and c.holder.key else []
    stok = _object_parties(c.hit) or source_phrase(c.hit) or adjective_controller(c)
    if stok is not None and stok.dep_ == "poss" and is_patient_noun(c.hit) and not nominal.possessor_is_doer(c.hit):
        stok = None  # "Castillo's arrest": the possessor is who was arrested
    if stok is None:
        stok = _patient_parties(c.hit) or _between_parties(c.hit)
    if stok is None and (moved := moved_object(c.hit)) is not None and np_actors.actors_of(moved, actors):
        stok = moved  # "UN peacekeepers were deployed in Mali": the forces named as moved are the doer's own
    if stok is not None and not np_actors.actors_of(stok, actors):
        stok = _between_parties(c.hit) or made_subject(c.hit, stok) or stok  # "the need to cooperate between A and B": no doer but them
    if stok is None and c.hit.pattern.kind == "noun":
        stok = accused_token(c.hit.token) or setting_doer(c.hit) or noun_roles.owned_doer(c.hit) or (
            # a party word before an armed act noun is its doer ("rebel attacks", "police raids")
            noun_roles.actor_modifier(c.hit.token, actors) if c.code[:2] in FORCE_ROOTS else None)
    if stok is None:
        return (implicit_sources(c, actors) or expeller_sources(c, actors) or reporter_source(c, actors)
                or forum_source(c, actors) or giver_source(c, actors))
    found = np_actors.actors_of(stok, actors) + [m for t in _listed_subjects(stok) + fellow_doers(c.hit, stok)
                                             for m in np_actors.actors_of(t, actors)]
    found = [m for i, m in enumerate(found) if all(m.key != o.key for o in found[:i])]
    # an unresolved pronoun subject inside reported speech most often is the speaker ("X said it will ...")
    if not found and stok.lower_ in roles.SPEAKER_PRONOUNS and c.holder is not None:
        return [c.holder]
    return found or event_doers(c.hit, stok, actors)


def made_subject(hit: Hit, stok: Any) -> Any | None:
    """"The resolution drafted by France condemns Russia", "a statement issued by the ministry accused
    Japan", "a delegation led by the minister met ...": a verb whose subject is a thing a party made or a
    group it leads, not a party, is done by its maker or leader (the "by" agent or own subject of a making
    or leading clause on the subject noun, ``speech_act_makers`` and ``leading_verbs``). Returns it, or None."""
    if hit.pattern.kind == "noun" or stok.dep_ not in ("nsubj", "nsubjpass") or stok.pos_ != "NOUN":
        return None
    return nominal.made_by(stok, index().speech_act_makers | index().leading_verbs)


def _acted_on(verb: Any) -> Any | None:
    """The party a verb acts on: its passive subject, else its object."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or next(
        (c for c in verb.children if c.dep_ == "dobj"), None)


def event_doers(hit: Hit, stok: Any, actors: DocActors) -> list[ActorMention]:
    """"He was overthrown by a military coup", "the coup that ousted him": an act whose doer phrase is an
    event noun naming no doer of its own is done by the agent the dictionary implies for that event
    (implicit_agents: a coup's army) in the country of the party acted on."""
    inner = match_noun(stok, index()) if hit.pattern.kind == "verb" and stok.pos_ == "NOUN" else None
    if inner is None or source_phrase(inner) is not None:
        return []
    sector = index().implicit_sector(inner.pattern.code, inner.pattern.id)
    patient = _acted_on(hit.token)
    if sector is None or patient is None:
        return []
    tok = hit.token
    out: list[ActorMention] = []
    for m in np_actors.actors_of(patient, actors):
        key = f"{keys.country_of(m.key)}.{sector}"
        if keys.is_country(keys.country_of(m.key)) and all(o.key != key for o in out):
            out.append(ActorMention(tok.idx, tok.idx + len(tok), tok.text, key, None, kind="description",
                                    evidence=f"implicit agent of {inner.pattern.code}"))
    return out
