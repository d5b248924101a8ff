"""Event confidence: every event gets a 0-1 score from how it was found, carried into every output."""

from __future__ import annotations

import json
import math

from click.testing import CliRunner

from tidings.cli import main
from tidings.events import confidence
from tidings.exchange import confident, to_record
from tidings.records import ActorMention, Event, Sentence, TextSpan


def _event(**kw) -> Event:
    base = dict(source=ActorMention(0, 6, "Russia", "RUS", kind="state", evidence="country: Russia"),
                target=ActorMention(16, 23, "Ukraine", "UKR", kind="state", evidence="country: Ukraine"),
                cameo="190", trigger=TextSpan(7, 15, "attacked"), sentence=0, root="19", pattern="190:verb:attack")
    base.update(kw)
    return Event(**base)


def test_confidence_every_event_of_a_real_text_is_scored_between_0_and_1(analyze_text) -> None:
    a = analyze_text("Russian forces shelled Kharkiv on Monday, Ukrainian officials said. "
                     "Poland condemned the attack and summoned the Russian ambassador.")
    assert a.events
    assert all(0.0 <= e.confidence <= 1.0 for e in a.events)
    assert len({e.confidence for e in a.events}) > 1  # the score tells events apart


def test_confidence_is_in_the_exchange_record(analyze_text) -> None:
    a = analyze_text("Germany pledged 500 million euros in aid to Sudan on Friday.")
    rec = to_record(a)
    assert rec["events"] and all(isinstance(e["confidence"], float) for e in rec["events"])


def test_confidence_features_name_how_the_arguments_hang_on_the_trigger(nlp) -> None:
    text = "Russia attacked Ukraine."
    doc = nlp(text)
    f = confidence.parse_features(doc, _event(), Sentence(0, 0, len(text), "body"))
    assert f["src:path:nsubj"] == 1.0 and f["tgt:path:dobj"] == 1.0
    # a target taken from another sentence is marked so
    far = _event(target=ActorMention(40, 47, "Ukraine", "UKR", kind="state"))
    assert confidence.parse_features(doc, far, Sentence(0, 0, len(text), "body"))["tgt:path:outside"] == 1.0


def test_confidence_score_is_the_logistic_of_the_weighted_features() -> None:
    intercept, weights = confidence.model()
    f = {"rule:verb": 1.0, "status:asserted": 1.0}
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in f.items())
    assert math.isclose(confidence.score(f), 1 / (1 + math.exp(-z)), abs_tol=1e-3)


def test_confidence_model_file_is_versioned_and_has_weights() -> None:
    from tidings import data

    obj = data.load("event_confidence")
    assert obj["version"] and obj["weights"] and "train_confidence.py" in obj["source"]


def test_confident_drops_low_events_and_renumbers_claim_links(analyze_text) -> None:
    a = analyze_text("The United States accused North Korea of supplying arms to Russia. "
                     "North Korea denied supplying arms to Russia.")
    floor = sorted(e.confidence for e in a.events)[len(a.events) // 2]
    kept = confident(a, floor)
    assert all(e.confidence >= floor for e in kept.events)
    assert len(kept.events) < len(a.events) or len({e.confidence for e in a.events}) == 1
    for c in kept.claims:
        for st in c.stances:
            assert st.event is None or 0 <= st.event < len(kept.events)


def test_cli_analyze_min_confidence_filters_events(tmp_path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Turkey and Greece held talks in Ankara on Tuesday.\n\n"
                   "Greek officials said Turkish jets violated Greek airspace, and Athens lodged a protest.\n",
                   encoding="utf-8")
    runner = CliRunner()
    every = json.loads(runner.invoke(main, ["analyze", "--format", "json", "-q", str(art)]).output)["events"]
    high = json.loads(runner.invoke(main, ["analyze", "--format", "json", "-q", "--min-confidence", "0.99",
                                           str(art)]).output)["events"]
    assert every
    assert [e for e in every if e["confidence"] >= 0.99] == high
    bad = runner.invoke(main, ["analyze", "--min-confidence", "2", str(art)])
    assert bad.exit_code == 2
