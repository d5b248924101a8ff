"""The stand-ins of ``tidings.nlp.fast`` give spaCy's own answers, token for token (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.nlp import fast

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
TRICKY = ("Y'all gonna see it. Let's go, c'mon! There's nothin' we ain't done: I told you it was Gon na happen.\n\n"
          "He did it. Do you have it? They had a plan, which that man said was his.")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + [TRICKY]


@pytest.fixture(scope="module")
def stock():
    """The model as shipped, with tidings' sentence rules and lemma repair only."""
    import spacy

    from tidings.nlp.lemmas import add_lemma_repair
    from tidings.nlp.model import _installed_model
    from tidings.nlp.segment import add_segmenter

    nlp = spacy.load(_installed_model())
    add_segmenter(nlp)
    add_lemma_repair(nlp)  # tidings' own lemma repair, in both pipelines (tests/nlp/test_lemmas.py)
    return nlp


def _signature(doc) -> list[tuple[object, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start)
            for t in doc]


def test_fast_pipeline_matches_stock_model(nlp, stock) -> None:
    assert {"tidings_attributes", "tidings_lemmas"} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)
    for got, want in zip(nlp.pipe(_texts()), stock.pipe(_texts())):
        assert _signature(got) == _signature(want)


def test_fast_attribute_matches_are_the_matchers(stock) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    rules = fast.IndexedRules(ruler)
    assert rules.supported and rules.pairs  # the two-token rules (gon na, let 's ...) are covered
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(stock.pipe(_texts()))
    for doc in docs:
        assert rules.match(doc) == ruler.match(doc)


def test_fast_attributes_fall_back_on_unsupported_patterns(stock) -> None:
    class Ruler:
        patterns = [{"patterns": [[{"LENGTH": 3}]], "attrs": {"POS": "X"}}]
        vocab = stock.vocab

    assert not fast.IndexedRules(Ruler()).supported


@pytest.mark.parametrize("value, want", [("blis", True), ("numpy", False), ("BLIS", True)])
def test_fast_gemm_choice_can_be_pinned(monkeypatch: pytest.MonkeyPatch, value: str, want: bool) -> None:
    monkeypatch.setenv(fast.GEMM_ENV, value)
    assert fast.use_blis() is want


def test_fast_gemm_choice_is_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fast.GEMM_ENV, raising=False)
    assert isinstance(fast.use_blis(), bool)
