"""The claims lexicon (data/claims_lexicon.json): validated word lists and the matchers built from them.

Allegation and evidence words by which a statement refers to an allegation, words of
involvement ('any *role* in'), negators, the verbs and auxiliaries of a receipt
('has received', 'denied receiving'), the prepositions that frame a party as a doer
('accused Iran *of*') and the possessives that keep an act the speaker's own; the
regular expressions the other modules match with are compiled here, once.
"""

from __future__ import annotations

import re

from .. import data

_LISTS = ("allegation_words", "evidence_words", "involvement_words", "negators", "receipt_auxiliaries", "receipt_verbs",
          "receipt_irregular_forms", "speaker_pronouns",
          "frame_prepositions", "possessives", "dismissive_words", "responsibility_verbs", "denial_verbs",
          "definite_determiners", "deed_anaphors", "doubt_words", "doubt_cancellers",
          "reason_cues", "withholding_words", "confirmation_cues", "crediting_words",
          "reason_markers", "agreement_nouns", "object_boundaries")


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
# 'we consider these claims *groundless*': rejecting an allegation without a denial cue
DISMISSIVE_WORDS = frozenset(_LEXICON["dismissive_words"])
# 'alarmed by *the* drills': a deed named again, as one already known
DEFINITE = frozenset(_LEXICON["definite_determiners"])
# '*the deal* was a first step': a noun naming again the one signed agreement told (claims/echoes.py)
AGREEMENT_NOUNS = frozenset(_LEXICON["agreement_nouns"])
# 'fired two missiles *into* the sea': words that end a deed's object, after its head (claims/echoes.py)
OBJECT_BOUNDARIES = frozenset(_LEXICON["object_boundaries"])
# 'blamed *the incident* on Y': a word for any deed, pointing back at one already told
DEED_ANAPHORS = frozenset(_LEXICON["deed_anaphors"])
# 'said it *doubted* that Iran sent drones' questions the deed; 'there is *no* doubt that' does not
DOUBT_WORDS = frozenset(_LEXICON["doubt_words"])
DOUBT_CANCELLERS = frozenset(_LEXICON["doubt_cancellers"])
# 'cut ties with Qatar, *citing* terrorism': a statement giving the reason for an act
REASON_CUES = frozenset(_LEXICON["reason_cues"])
REASON_MARKERS = frozenset(_LEXICON["reason_markers"])  # 'expelled diplomats *over* smuggling'

# 'has *not* denied', 'refused to confirm *or* deny': a denial cue taken back
WITHHOLDING = frozenset(_LEXICON["withholding_words"])
# 'Moscow *confirmed* the reports', 'the reports were *accurate*': backing an allegation without restating it
CONFIRMATION_CUES = frozenset(_LEXICON["confirmation_cues"])
CREDITING_WORDS = frozenset(_LEXICON["crediting_words"])
LACKING = frozenset(("no", "without", "lack", "lacked", "lacks", "any"))  # 'had *no* information', 'did not see *any* proof'
# 'Yerevan said *it* had purchased artillery': a pronoun heading the content stands for the speaker
SPEAKER_PRONOUNS = frozenset(_LEXICON["speaker_pronouns"])
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


POSSESSED_ALLEGATION = re.compile(
    r"^((?:the )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s? (?:\w+ ){0,2}?(?:"
    + _alternation(_LEXICON["allegation_words"]) + r")\b")
# 'rejected *US* claims that ...', 'denied *the Ukrainian* claim': a name (or its adjective) right before the
# allegation word, without a possessive; only a coded party's name counts (claims/accusers.py)
NAMED_ALLEGATION = re.compile(
    r"^((?:the )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}) (?:\w+ )?(?:" + _alternation(_LEXICON["allegation_words"]) + r")\b")
# 'the accusations of espionage brought against him *by* the Berlin authorities'
ALLEGED_BY = re.compile(r"\b(?:" + _alternation(_LEXICON["allegation_words"]) + r")\b(?:\s+\S+){0,6}?\s+(?:by|from)\s+",
                         re.IGNORECASE)
# a receipt seen from the receiving end: 'has received', 'denied receiving', 'obtained', 'bought ... from'
RECEIVE = re.compile(r"\b(?:" + _inflected(_LEXICON["receipt_verbs"]) + "|" + _alternation(_LEXICON["receipt_irregular_forms"])
                     + r")\b", re.IGNORECASE)
# 'accused Iran *of* supplying', 'praised Japan *for* sending', 'criticised Moscow *over* moving'
FRAME_PREP = re.compile(r"\b(?:" + _alternation(_LEXICON["frame_prepositions"]) + r")\b")
OWNED = re.compile(r"\b(?:" + _alternation(_LEXICON["possessives"]) + r")\b|'s\b|’s\b")
# 'Al-Shabaab *claimed responsibility for* the raid': the words before an act noun its claimer owns
OWNED_DEED = re.compile(r"\b(?:" + _alternation(_LEXICON["responsibility_verbs"]) + r")\s+(?:\w+\s+){0,2}?responsibility\s+"
                        r"for\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# '..., *a charge* Paris *denied*', '*an accusation that* Khartoum has repeatedly *rejected*': an allegation noun
# set after the allegation, then (after the party's name) a denial verb in the relative clause
APPENDED_ALLEGATION = re.compile(r"(?:^|,\s*|\s-+\s*|\s[—–]\s*)(?:a|an|the|one)\s+(?:" + _alternation(_LEXICON["allegation_words"])
                                 + r")\s+(?:that\s+|which\s+)?", re.IGNORECASE)
APPENDED_DENIAL = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:" + _alternation(_LEXICON["denial_verbs"]) + r")\b")
