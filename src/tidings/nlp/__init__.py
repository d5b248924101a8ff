"""The spaCy layer: one model loader and the sentence-boundary rules."""

from .model import load_model, model_info

__all__ = ["load_model", "model_info"]
