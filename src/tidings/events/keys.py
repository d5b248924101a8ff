"""Actor keys as the events stage reads them: the state or organisation part, the sector part."""

from __future__ import annotations


def country_of(key: str | None) -> str:
    """The part of an actor key before the sector ("PRK" of "PRK.GOV", "NATO" of "NATO")."""
    return (key or "").split(".")[0].split(":")[0]


def is_country(code: str) -> bool:
    """An ISO 3166 alpha-3 state code ("PRK"), not an organisation ("NATO") or region key."""
    return len(code) == 3 and code.isalpha() and code.isupper()


def sector_part(key: str | None) -> str:
    """The key after the state ("REB:M23" of "COD.REB:M23")."""
    _, _, rest = (key or "").partition(".")
    return rest


def sector_of(key: str | None) -> str:
    """The sector part of an actor key ("REB" of "COD.REB:M23"), empty for a bare state or organisation."""
    return sector_part(key).split(":")[0]
