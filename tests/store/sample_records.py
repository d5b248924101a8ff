"""Hand-built Analysis records for store and export tests (no spaCy: fast).

Each article is a few realistic sentences whose offsets are computed, not typed,
so every span's text really is ``text[start:end]``.
"""

from __future__ import annotations

from tidings.records import (
    ActorMention,
    Analysis,
    Claim,
    ClaimStance,
    Document,
    Event,
    Line,
    Proposition,
    Sentence,
    Statement,
    TextSpan,
)

VERSIONS = {"tidings": "0.1.0", "model": "en_core_web_sm", "model_version": "3.8.0", "data:cameo": "3"}

# (city, speaker, speaker key, country name, country key, target name, target key)
CASTS = [
    ("Seoul", "Kwon Jong Gun", "PRK.GOV", "Pyongyang", "PRK", "Washington", "USA.GOV"),
    ("Kyiv", "Dmytro Kuleba", "UKR.GOV", "Kyiv", "UKR", "Moscow", "RUS.GOV"),
    ("Brussels", "Jens Stoltenberg", "NATO", "NATO", "NATO", "Beijing", "CHN.GOV"),
    ("Baku", "Maria Zakharova", "RUS.GOV", "Moscow", "RUS", "Yerevan", "ARM.GOV"),
]


def span(text: str, piece: str, start_at: int = 0) -> TextSpan:
    i = text.index(piece, start_at)
    return TextSpan(i, i + len(piece), piece)


def mention(text: str, piece: str, key: str | None, *, name: str | None = None, kind: str = "state", start_at: int = 0) -> ActorMention:
    s = span(text, piece, start_at)
    return ActorMention(s.start, s.end, piece, key, name=name or piece, kind=kind, evidence=f"test:{piece}", entity=None)


def article(i: int, *, date: str = "2024-03-27", salt: str = "") -> str:
    city, speaker, _, country, _, target, _ = CASTS[i % len(CASTS)]
    return (
        f"{country} rejects reports of arms deliveries {salt}#{i}\n"
        f"{city}, March {1 + i % 28}. {speaker} said on Tuesday that {country} had never supplied weapons to {target}.\n\n"
        f"\"These claims are groundless and absurd,\" {speaker} told reporters.\n"
        f"{target} accused {country} of sending shells and rockets across the border.\n"
        "Read more: Ministers meet in Geneva\n"
    )


def make_analysis(i: int, *, date: str | None = "2024-03-27", salt: str = "", versions: dict[str, str] | None = None) -> Analysis:
    """A whole Analysis (lines, sentences, mentions, events, statements, claims) for article ``i``."""
    city, speaker, skey, country, ckey, target, tkey = CASTS[i % len(CASTS)]
    text = article(i, salt=salt)
    nl = [k for k, ch in enumerate(text) if ch == "\n"]
    starts = [0] + [k + 1 for k in nl[:-1]]
    zones = ["headline", "body", "body", "body", "body", "boilerplate"]
    lines = tuple(Line(a, b, zones[min(j, len(zones) - 1)], "read-more prompt" if text[a:b].startswith("Read more") else None)
                  for j, (a, b) in enumerate(zip(starts, nl)) if b > a)
    sents = tuple(Sentence(j, ln.start, ln.end, ln.zone) for j, ln in enumerate(ln for ln in lines if ln.zone != "boilerplate"))
    spk = mention(text, speaker, skey, kind="person")
    said = span(text, "said")
    content = span(text, f"{country} had never supplied weapons to {target}")
    quote = span(text, "These claims are groundless and absurd")
    st = (
        Statement(spk, said, "indirect", content, 1, cue_lemma="say", stance="denies"),
        Statement(mention(text, speaker, skey, kind="person", start_at=quote.end), span(text, "told"), "direct", quote, 2, cue_lemma="tell"),
    )
    src = mention(text, country, ckey, start_at=said.end)
    tgt = mention(text, target, tkey, start_at=said.end)
    acc_src = mention(text, target, tkey, start_at=quote.end)
    acc_tgt = mention(text, country, ckey, start_at=acc_src.end)
    evs = (
        Event(src, tgt, "072", span(text, "supplied"), 1, status="denied", plover="AID", root="07", quad_class=2,
              goldstein=7.4, attributed_to=skey, attributed_name=speaker, date=date, pattern="aid.supply", statement=0),
        Event(acc_src, acc_tgt, "112", span(text, "accused"), 3, plover="ACCUSE", root="11", quad_class=3,
              goldstein=-2.0, date=date, location="Geneva" if i % 2 else None, location_country="CHE" if i % 2 else None),
        Event(src, None, "016", span(text, "rejects"), 0, plover="REJECT", root="01", quad_class=1, goldstein=-2.0),
    )
    prop = Proposition(ckey, tkey, "072", "AID", object="weapons")
    claim = Claim(prop, (
        ClaimStance(skey, speaker, "denies", content, 0, 0, date=date, document=f"doc-{i}"),
        ClaimStance(tkey, None, "asserts", None, None, 1, date=date, document=f"doc-{i}"),
    ))
    doc = Document(id=f"doc-{i}", text=text, title=text[: nl[0]], date=date, url=f"https://news.example.org/{i}",
                   source="news.example.org", path="corpus.jsonl", line=i + 1)
    ms = tuple(sorted({spk, src, tgt, acc_src, acc_tgt, mention(text, city, None, kind="place")}, key=lambda m: m.start))
    return Analysis(doc, lines, sents, ms, evs, st, (claim,), dict(versions or VERSIONS))


# Sentence parts for synthetic articles (written for these tests; recombined at random).
_PLACES = [("Seoul", "South Korea"), ("Kyiv", "Ukraine"), ("Brussels", "NATO"), ("Ankara", "Turkey"), ("Cairo", "Egypt"),
           ("Tokyo", "Japan"), ("Berlin", "Germany"), ("Nairobi", "Kenya")]
_PEOPLE = [("Foreign Minister Anna Lindqvist", "she"), ("Defence Minister Omar Haddad", "he"),
           ("spokesman Viktor Petrenko", "he"), ("President Maria Duarte", "she"), ("Prime Minister Kenji Sato", "he")]
_ACTS = ["accused {b} of violating the ceasefire", "signed a trade agreement with {b}", "denied sending weapons to {b}",
         "threatened to impose sanctions on {b}", "met officials from {b} to discuss the border dispute",
         "promised to deliver humanitarian aid to {b}", "condemned the missile launch by {b}",
         "called on {b} to release the detained journalists", "rejected the proposal put forward by {b}"]
_QUOTES = ["We will not accept any threat to our sovereignty", "The talks were frank and useful",
           "These reports are false and irresponsible", "Our forces remain ready to respond", "Dialogue is the only way forward"]
_FILLERS = ["The ministry did not give further details.", "Talks are expected to resume next week.",
            "Analysts said the move could raise tensions in the region.", "Markets reacted calmly to the news."]


def synthetic_articles(n: int, *, seed: int = 7) -> list[dict[str, str]]:
    """``n`` short, distinct, realistic news records (id, date, title, text) for ingest tests and benchmarks."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        (city, country), (other_city, other) = rng.sample(_PLACES, 2)
        person, pron = rng.choice(_PEOPLE)
        act = rng.choice(_ACTS).format(b=other)
        title = f"{country} {act.split(' ')[0]} {other} (report {i})"
        body = [
            f"{city.upper()}, {rng.randint(1, 28)} March. {country} {act}, officials said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.",
            f"\"{rng.choice(_QUOTES)},\" {person} told reporters in {city}.",
            f"{pron.capitalize()} said that {other} had {rng.choice(['ignored repeated warnings', 'broken its promises', 'agreed to further talks'])}.",
            rng.choice(_FILLERS),
        ]
        out.append({"id": f"syn-{i:05d}", "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "title": title,
                    "text": title + "\n" + "\n\n".join(body)})
    return out
