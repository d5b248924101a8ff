"""Headlines the small parser misreads: a telegraphic present-tense verb taken for a noun.

"Kenya and Tanzania sign deal to end border dispute" is parsed with "sign" as a noun and "deal" as
the verb, so nothing is coded. Headlines drop articles and use the bare present, which the parser
handles badly. When a headline has a lower-case word tagged as a noun right after a named subject,
and that word is the head of a verb pattern, the headline is parsed again with the word put in the
past tense (a form the parser reads as a verb whatever the subject's number). The new parse is kept
only when it makes that word the verb of the headline with a subject before it; it is copied onto the
original words, so character offsets, and with them actor mentions, stay the same.

A headline in Title Case ("Iran Condemns Israel Over Syria Strike") is first read again in sentence
case: the parser takes every capitalised word for a name and finds no verb at all. The pipeline already
parses such headlines in sentence case (``nlp.casing``), so actors are found in them too; this second
reading covers a doc parsed outside the pipeline.
"""

from __future__ import annotations

from typing import Any

from .match import match_verb
from .patterns import Index

# past tenses the regular rule gets wrong, for verbs the event patterns start with
IRREGULAR_PAST = {
    "meet": "met", "hold": "held", "seek": "sought", "send": "sent", "make": "made", "give": "gave",
    "take": "took", "strike": "struck", "win": "won", "lead": "led", "sell": "sold", "fight": "fought",
    "shoot": "shot", "break": "broke", "keep": "kept", "tell": "told", "say": "said", "begin": "began",
    "bring": "brought", "buy": "bought", "leave": "left", "set": "set", "cut": "cut", "put": "put",
    "hit": "hit", "quit": "quit", "shut": "shut", "spread": "spread", "freeze": "froze", "steal": "stole",
    "throw": "threw", "withdraw": "withdrew", "forgive": "forgave", "sink": "sank", "lose": "lost",
    "draw": "drew", "swear": "swore", "grant": "granted", "rebuild": "rebuilt", "build": "built",
    "lend": "lent", "spend": "spent", "shake": "shook", "arise": "arose", "forbid": "forbade",
    "oversee": "oversaw", "undertake": "undertook", "uphold": "upheld", "overthrow": "overthrew",
}
# a verb the parser hangs on a noun as if it were one ("Japan, Germany pledge emergency aid": "pledge" a compound)
NOUN_DEPS = frozenset(("compound", "nmod", "amod", "nsubj", "dobj", "appos"))
# named-entity types of a named subject ("Kenya and Tanzania", "NATO", "Putin")
SUBJECT_ENTS = frozenset(("GPE", "ORG", "NORP", "PERSON"))


def past(lemma: str) -> str:
    """A past-tense form of a verb lemma (good enough for the parser: "signed", "banned", "met")."""
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if (len(lemma) <= 4 and len(lemma) >= 3 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"):
        return lemma + lemma[-1] + "ed"  # "ban" -> "banned", "stop" -> "stopped"
    return lemma + "ed"


def candidate(toks: list[Any], index: Index, names: list[tuple[int, int]] | None = None) -> Any | None:
    """The word of a headline that is a pattern verb misread as a noun right after a named subject (or a
    party noun that opens it, see ``opening_party``)."""
    if any(t.pos_ == "VERB" and t.lemma_.lower() in index.verbs and t.dep_ == "ROOT" for t in toks):
        return None  # the parse already found a coded verb at the top
    title = title_case(toks)
    for prev, t in zip(toks, toks[1:]):
        misread = t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS") or t.pos_ == "VERB" and t.dep_ in NOUN_DEPS
        if not misread or not (t.text.islower() or title and t.text.istitle()):
            continue
        if not (named_subject(prev, toks[0].i) or opening_party(prev, toks[0].i, names or [])):
            continue
        if t.lemma_.lower() in index.verbs or t.lower_ in index.verbs:
            return t
    return None


def named_subject(tok: Any, start: int) -> bool:
    """Whether ``tok`` ends a headline's named subject: a name ("Kenya", "NATO", "Putin"), or a party noun
    after the names or national words that open the headline ("Niger junta", "Sudanese army", "Venezuelan
    government"), which leave the bare present tense after them as open to a noun reading as a name does."""
    if tok.pos_ == "PROPN" and tok.ent_type_ in SUBJECT_ENTS:
        return True
    before = [t for t in tok.doc[start:tok.i]]
    return tok.pos_ == "NOUN" and tok.text.islower() and bool(before) and all(
        t.ent_type_ in SUBJECT_ENTS and t.pos_ in ("PROPN", "ADJ") for t in before)


def opening_party(tok: Any, start: int, names: list[tuple[int, int]]) -> bool:
    """Whether ``tok`` is a party noun that opens a headline on its own ("Police fire tear gas at ...",
    "Rebels attack army base ...", "Protesters storm parliament ..."): a plain noun the actor finder took
    for a party (it lies in one of the headline's actor mentions ``names``), with only words of that
    mention before it. Such a subject leaves the bare present after it open to a noun reading, as a name does."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or not _in_mention(tok, names):
        return False
    return all(_in_mention(t, names) for t in tok.doc[start:tok.i])


def _in_mention(tok: Any, names: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in names)


def title_case(toks: list[Any]) -> bool:
    """"17 Dead In Peru Amid Renewed Protests": a headline with (nearly) every word capitalised."""
    words = [t for t in toks if t.is_alpha]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def cased(toks: list[Any], names: list[tuple[int, int]]) -> list[str]:
    """The words of a headline in sentence case when it is in Title Case (names and acronyms kept)."""
    if not title_case(toks):
        return [t.text for t in toks]

    def keep(t: Any) -> bool:
        return t.i == toks[0].i or any(a <= t.idx < b for a, b in names) or (
            t.ent_type_ in ("GPE", "NORP")) or t.text.isupper() and len(t) > 1

    return [t.text if keep(t) else t.text.lower() for t in toks]


def sentence_cased(doc: Any, start: int, end: int, nlp: Any, names: list[tuple[int, int]]) -> Any | None:
    """A Title Case headline parsed again in sentence case (names kept capitalised), or None.

    The small parser reads every capitalised word of a Title Case headline as a proper noun, so its
    verbs and event nouns are lost. Lower-casing the words that are not names (the actor mentions
    in ``names``, and the parser's own person and place names) keeps every offset the same.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    toks = list(span)
    if not title_case(toks):
        return None

    words = cased(toks, names)
    again = nlp("".join(w + t.whitespace_ for w, t in zip(words, toks)))
    if len(again) != len(toks) or not any(t.pos_ == "VERB" for t in again):
        return None
    return _rebuilt(doc, toks, again, None, "", own_ents=True)


def reparse(doc: Any, start: int, end: int, index: Index, nlp: Any,
            names: list[tuple[int, int]] | None = None) -> Any | None:
    """A copy of ``doc`` up to the end of the headline [start, end) with the headline parsed again, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    toks = list(span)
    word = candidate(toks, index, names)
    if word is None:
        return None
    lemma = word.lemma_.lower() if word.lemma_.lower() in index.verbs else word.lower_
    words = [past(lemma) if t.i == word.i else w for t, w in zip(toks, cased(toks, names or []))]
    again = nlp("".join(w + t.whitespace_ for w, t in zip(words, toks)))
    if len(again) != len(toks):
        return None
    k = word.i - toks[0].i
    verb = again[k]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < k for c in verb.children):
        return None
    # the first parse's main verb must be the word's own object misread as a verb ("sign deal"), or none at
    # all: "China trade talks stall" has a verb of its own and is left as it is
    root = next((t for t in toks if t.head.i == t.i), None)
    if root is not None and root.pos_ in ("VERB", "AUX") and root.i != word.i + 1:
        return None
    misread_object = root is not None and root.i == word.i + 1
    if misread_object and again[k + 1].pos_ == "VERB":
        return None
    rebuilt = _rebuilt(doc, toks, again, word, lemma)
    # without the tell-tale misread object, only a pattern naming its object ("sign pact") or a new reading
    # with an object of its own ("Sudanese army shells Khartoum suburbs") is trusted
    hit = match_verb(rebuilt[word.i], index)
    if hit is None or not (misread_object or hit.pattern.nouns or takes_object(rebuilt[word.i])):
        return None
    return rebuilt


def takes_object(verb: Any) -> bool:
    """"Niger junta orders French troops out", "Sudanese army shells Khartoum suburbs": the new reading makes
    the word a transitive verb with a noun object after it, a whole clause rather than a noun phrase."""
    return any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _rebuilt(doc: Any, toks: list[Any], again: Any, word: Any | None, lemma: str, *, own_ents: bool = False) -> Any:
    """The original words up to the headline's end, the headline carrying the new parse (and, with
    ``own_ents``, its named entities)."""
    from spacy.tokens import Doc

    first, last = toks[0].i, toks[-1].i
    prefix = doc[:last + 1]
    words = [t.text for t in prefix]
    spaces = [bool(t.whitespace_) for t in prefix]
    tags, pos, deps, heads, lemmas, ents = [], [], [], [], [], []
    verb_tag = "VBZ" if word is not None and word.tag_ in ("NNS", "VBZ") else "VBP"
    for t in prefix:
        if first <= t.i <= last:
            a = again[t.i - first]
            head = a.head.i + first
            mine = word is not None and t.i == word.i
            tags.append(verb_tag if mine else a.tag_)
            pos.append(a.pos_)
            deps.append(a.dep_)
            lemmas.append(lemma if mine else a.lemma_)
        else:
            head = t.head.i if t.head.i <= last else t.i
            tags.append(t.tag_)
            pos.append(t.pos_)
            deps.append(t.dep_ if head != t.i or t.dep_ == "ROOT" else "ROOT")
            lemmas.append(t.lemma_)
        heads.append(head)
        src = again[t.i - first] if own_ents and first <= t.i <= last else t
        ents.append(f"{src.ent_iob_}-{src.ent_type_}" if src.ent_type_ else "O")
    return Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas,
               ents=ents)
