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


def _at(sentence: int, start: int, cameo: str = "190", src: str = "RUS", tgt: str = "UKR", **kw) -> Event:
    return _event(source=ActorMention(start, start + 4, src, src, kind="state"),
                  target=ActorMention(start + 20, start + 24, tgt, tgt, kind="state"), cameo=cameo, root=cameo[:2],
                  trigger=TextSpan(start + 10, start + 18, "attacked"), sentence=sentence, **kw)


def test_confidence_article_features_place_the_event_in_its_article() -> None:
    sents = [Sentence(i, 100 * i, 100 * i + 90, "body") for i in range(10)]
    first, late = _at(0, 0), _at(8, 800)
    f = confidence.article_features([first, late], sents)
    assert f[0]["article:lead"] == 1.0 and "article:lead" not in f[1]
    assert f[0]["article:position"] == 0.0 and f[1]["article:position"] > 0.8


def test_confidence_article_features_count_the_events_one_trigger_fanned_out_to() -> None:
    sents = [Sentence(0, 0, 200, "body")]
    # one trigger read twice ('Russia and Belarus attacked Ukraine'), and a lone one in the same sentence
    shared = [_at(0, 0, src="RUS"), _at(0, 0, src="BLR"), _at(0, 100, cameo="042", src="POL", tgt="DEU")]
    f = confidence.article_features(shared, sents)
    assert f[0]["trigger:fanout"] == f[1]["trigger:fanout"] == 0.5
    assert f[2]["trigger:fanout"] == 0.0
    assert f[0]["sent:same_root"] == 0.5 and f[2]["sent:same_root"] == 0.0  # two 19s, one 04


def test_confidence_salience_is_the_share_of_events_a_party_takes_part_in() -> None:
    sents = [Sentence(i, 100 * i, 100 * i + 90, "body") for i in range(4)]
    evs = [_at(0, 0, src="ISR", tgt="LBN"), _at(1, 100, src="ISR", tgt="SYR"), _at(2, 200, src="ISR", tgt="IRN"),
           _at(3, 300, src="FRA", tgt="LBN")]
    f = confidence.article_features(evs, sents)
    assert f[0]["src:salience"] == 0.75 and f[3]["src:salience"] == 0.25
    assert f[0]["tgt:salience"] == f[3]["tgt:salience"] == 0.5


def test_confidence_counts_the_other_events_between_the_same_two_countries() -> None:
    sents = [Sentence(i, 100 * i, 100 * i + 90, "body") for i in range(4)]
    evs = [_at(0, 0, src="ARM", tgt="AZE"), _at(1, 100, cameo="042", src="AZE", tgt="ARM"),
           _at(2, 200, src="ARM", tgt="TUR"), _at(3, 300, src="ARM", tgt="ARM")]
    f = confidence.article_features(evs, sents)
    assert f[0]["article:pair"] == f[1]["article:pair"] == 1 / 3  # the pair in either direction
    assert f[2]["article:pair"] == 0.0
    assert "article:pair" not in f[3]  # one country on both sides is no pair


def test_confidence_marks_a_party_reporting_its_own_act() -> None:
    sents = [Sentence(0, 0, 200, "body")]
    own = _at(0, 0, src="ISR", tgt="LBN", attributed_to="ISR.MIL")
    other = _at(0, 0, src="ISR", tgt="LBN", attributed_to="LBN.GOV")
    f = confidence.article_features([own, other], sents)
    assert f[0].get("src:is_holder") == 1.0 and "src:is_holder" not in f[1]


def test_confidence_counts_the_named_parties_of_the_sentence(nlp) -> None:
    crowded = "France, Germany, Italy and Spain condemned Russia."
    plain = "The ministers condemned the attack."
    for text, most in ((crowded, None), (plain, 0.0)):
        doc = nlp(text)
        f = confidence.parse_features(doc, _event(trigger=TextSpan(text.index("condemned"), text.index("condemned") + 9,
                                                                    "condemned")), Sentence(0, 0, len(text), "body"))
        if most is None:
            assert f["sent:names"] >= 1.0  # four or five named states
        else:
            assert f["sent:names"] == most


def test_confidence_model_weighs_how_events_sit_in_the_text_not_which_rule_fired() -> None:
    _, weights = confidence.model()
    assert not [k for k in weights if k.startswith(("root:", "rule:", "src:by:", "tgt:by:", "src:kind:", "tgt:kind:",
                                                     "src:path:", "tgt:path:"))]
    assert {"trigger:fanout", "tgt:salience", "tgt:distance", "article:pair"} <= set(weights)


def test_confidence_counts_the_named_parties_between_the_trigger_and_an_argument(nlp) -> None:
    text = "Russia, unlike Germany and France, attacked Ukraine."
    doc = nlp(text)
    at = text.index("attacked")
    far = _event(trigger=TextSpan(at, at + 8, "attacked"),
                 target=ActorMention(text.index("Ukraine"), text.index("Ukraine") + 7, "Ukraine", "UKR", kind="state"))
    f = confidence.parse_features(doc, far, Sentence(0, 0, len(text), "body"))
    assert f["src:between"] >= 0.5  # Germany (and France) stand between Russia and 'attacked'
    assert f["tgt:between"] == 0.0  # nothing between 'attacked' and Ukraine
    near = "Russia attacked Ukraine, Germany and France said."
    doc2 = nlp(near)
    f2 = confidence.parse_features(doc2, _event(), Sentence(0, 0, len(near), "body"))
    assert f2["src:between"] == f2["tgt:between"] == 0.0


def _trainer():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "tools" / "train_confidence.py"
    spec = importlib.util.spec_from_file_location("train_confidence", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _top_share(scale: float, shift: float, scores: list[float]) -> float:
    return sum(1 / (1 + math.exp(-(scale * d + shift))) >= 0.8 for d in scores) / len(scores)


def test_confidence_training_lowers_the_top_band_to_the_chosen_share() -> None:
    trainer = _trainer()
    scores = [i / 10 for i in range(-50, 50)]  # 100 distinct out-of-fold scores
    for scale, shift, share in ((1.0, 5.0, 0.4), (0.5, 3.0, 0.25), (2.0, 1.0, 0.45)):
        assert _top_share(scale, shift, scores) > share  # Platt alone puts more in the top band
        lowered = trainer.lowered_shift(scale, shift, scores, share)
        assert lowered < shift
        assert abs(_top_share(scale, lowered, scores) - share) <= 0.011


def test_confidence_training_never_raises_a_band_already_narrower_than_the_share() -> None:
    trainer = _trainer()
    scores = [i / 10 for i in range(-50, 50)]
    for scale, shift in ((1.0, -10.0), (0.3, -2.0)):
        assert _top_share(scale, shift, scores) < 0.4
        assert trainer.lowered_shift(scale, shift, scores, 0.4) == shift
    assert trainer.lowered_shift(1.0, 0.5, [], 0.4) == 0.5


def test_confidence_training_scores_each_set_by_a_model_fitted_on_the_others() -> None:
    import random

    import pytest

    pytest.importorskip("sklearn")
    from sklearn.feature_extraction import DictVectorizer

    trainer = _trainer()
    rng = random.Random(7)
    rows, groups = [], []
    for name in trainer.SETS:
        for art in range(6):
            for _ in range(12):
                good = rng.random() < 0.7
                rows.append(({"direct": 1.0 if good or rng.random() < 0.2 else 0.0, "noise": rng.random()}, good))
                groups.append(f"{name}:a{art}")
    x = DictVectorizer().fit_transform([f for f, _ in rows])
    y = [ok for _, ok in rows]
    assert trainer.held_out_log_loss(x, y, groups, 1.0) < trainer.held_out_log_loss(x, y, groups, 1e-4)
    bands = trainer.held_out_top_bands(x, y, groups, 1.0)
    assert set(bands) == set(trainer.SHARE_GRID) and all(len(v) == len(trainer.SETS) for v in bands.values())
    narrow, wide = bands[min(bands)], bands[max(bands)]
    assert all(n[0] <= w[0] for n, w in zip(narrow, wide))  # a larger share never holds fewer events
