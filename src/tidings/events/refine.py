"""Code refinement: make a dictionary code as fine as the sentence allows.

Aid codes take their kind from what is moved (weapons -> military, food ->
humanitarian, money -> economic); announced material acts become CAMEO's
"express intent" codes (072 -> 0332); a threat takes its kind from what is
threatened (sanctions -> 1312, attack -> 138).
"""

from __future__ import annotations

from typing import Any, Iterable

MILITARY = frozenset(
    "weapon weaponry arm arms tank missile munition ammunition rocket drone artillery military jet fighter shell "
    "rifle gun howitzer defense defence air-defense launcher warplane helicopter bomb grenade armor armour "
    "equipment troop".split()
)
HUMANITARIAN = frozenset(
    "humanitarian food relief medicine medical grain shelter blanket tent vaccine water flood aid-worker wheat "
    "rice fuel".split()
)
ECONOMIC = frozenset("money loan fund funding dollar euro financial economic budget grant cash credit investment "
                     "billion million".split())
# the fourth digit (or third) for military / humanitarian / economic kinds of aid-like codes
AID_KINDS = {
    "070": ("072", "073", "071"),
    "033": ("0332", "0333", "0331"),
    "023": ("0232", "0233", "0231"),
    "162": ("1622", "1623", "1621"),
    "103": ("1032", "1033", "1031"),
}
INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
INTENT_FINE = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332",
               "073": "0333", "074": "0334", "081": "0351", "084": "0353", "0841": "0353", "0842": "0353",
               "085": "0354", "086": "0355", "087": "0356", "0871": "0356", "0874": "0356"}
THREAT = {"163": "1312", "161": "1313", "162": "1311", "16": "131", "17": "137", "18": "138", "19": "138",
          "20": "1385", "14": "133", "172": "132", "1723": "1323", "1724": "1324", "192": "1382", "191": "1381"}


# a refused cooperative act: "declined to resign" -> 124, "refused to release" -> 1243
REFUSAL = {"0874": "1246", "087": "1246", "0871": "1246", "084": "1243", "0841": "1243", "0831": "124",
           "081": "1241", "085": "1244", "086": "1245", "08": "124", "045": "126", "038": "126", "04": "125",
           "036": "125", "057": "127", "037": "127", "06": "121", "07": "122", "03": "120",
           "05": "120"}
# the threat read of an announced hostile act ("said it will impose sanctions"), by root
THREAT_ROOTS = frozenset(("14", "15", "16", "17", "18", "19", "20"))


def as_refusal(code: str) -> str:
    """The CAMEO 12 code for refusing a cooperative act."""
    return REFUSAL.get(code) or REFUSAL.get(code[:3]) or REFUSAL.get(code[:2]) or "120"


def words_near(tok: Any) -> set[str]:
    """Lemmas of the trigger's object phrases and modifiers (what is given, cut, threatened)."""
    out: set[str] = set()
    stack = [c for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass", "punct", "ccomp", "advcl", "relcl")]
    while stack:
        t = stack.pop()
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        if t.dep_ not in ("relcl", "advcl", "ccomp"):
            stack.extend(t.children)
    if tok.pos_ in ("NOUN", "PROPN"):
        out.add(tok.lemma_.lower())
    return out


def by_object(code: str, words: Iterable[str]) -> str:
    """Aid-like codes refined by what is moved."""
    kinds = AID_KINDS.get(code)
    if kinds is None:
        return code
    ws = set(words)
    if ws & MILITARY:
        return kinds[0]
    if ws & HUMANITARIAN:
        return kinds[1]
    if ws & ECONOMIC:
        return kinds[2]
    return code


def as_intent(code: str) -> str:
    """An announced, not yet done, cooperative act (CAMEO 03x)."""
    if code in INTENT_FINE:
        return INTENT_FINE[code]
    return INTENT.get(code[:2], code)


def as_threat(embedded: str) -> str:
    """The threat code for a threatened act."""
    return THREAT.get(embedded) or THREAT.get(embedded[:3]) or THREAT.get(embedded[:2]) or "130"


# "called the accusations baseless", "described the report as fabricated": calling a claim false denies it
CLAIM_NOUNS = frozenset("claim allegation accusation charge report assertion statement rumor rumour suggestion "
                        "story".split())
FALSE_WORDS = frozenset("baseless unfounded groundless false untrue fabricated fabrication lie lies fake "
                        "fiction nonsense absurd slander slanderous ridiculous".split())
CHARACTERIZING = frozenset(("111", "112"))


def as_denial(code: str, tok: Any) -> str:
    """A characterisation (111) whose object is a claim and whose complement says it is false is a denial (016)."""
    if code not in CHARACTERIZING or tok.pos_ != "VERB":
        return code
    kids = list(tok.children)
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() not in CLAIM_NOUNS:
        return code
    comps = [c for c in kids if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")]
    comps += [g for c in kids if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    comps += [c for c in obj.children if c.dep_ in ("amod", "appos") and c.i > obj.i]  # "called the claims false"
    words = {w for c in comps for t in c.subtree for w in (t.lower_, t.lemma_.lower())}
    return "016" if words & FALSE_WORDS else code


# "China staged military drills near Taiwan": exercises held alone are a show of force (150); only drills
# held with a partner ("joint drills", "drills with Japan") are military cooperation (062)
DRILL_WORDS = frozenset("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers wargame wargames game "
                         "games".split())  # "games" only ever reaches here as "war games"
JOINT_WORDS = frozenset("joint combined bilateral trilateral multilateral together".split())
SHOW_OF_FORCE = "150"


def _partnered(tok: Any) -> bool:
    for t in (tok, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]):
        kids = list(t.children)
        if any(c.lower_ in JOINT_WORDS for c in kids):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children) for c in kids):
            return True
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and tok.pos_ == "VERB" and bool(subj.conjuncts)


def as_show_of_force(code: str, tok: Any) -> str:
    """Military cooperation (062) through drills that name no partner is a show of force (150)."""
    if code != "062":
        return code
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
    if not words & DRILL_WORDS or _partnered(tok):
        return code
    return SHOW_OF_FORCE
