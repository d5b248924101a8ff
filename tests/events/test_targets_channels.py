"""A party named in a "through"/"via" phrase is the channel an act goes by ("aid through UN agencies"), not the
one it is aimed at (``targets.channel_phrase``)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _targets(text: str, root: str) -> list[str | None]:
    return [e.target.key.split(".")[0] if e.target and e.target.key else None
            for e in analyze_text(text).events if e.root == root]


@pytest.mark.parametrize("text, root, channel", [
    ("Tokyo will provide $3 million in emergency aid through UN agencies.", "03", "UN"),
    ("Germany will deliver food through the European Union.", "03", "EU"),
    ("Canada pledged new funding via NATO.", "03", "NATO"),
])
def test_the_channel_is_not_the_target(text: str, root: str, channel: str) -> None:
    assert channel not in _targets(text, root)


@pytest.mark.parametrize("text, target", [
    ("Floods have displaced thousands of people in Pakistan. Japan will provide emergency aid through UN agencies.",
     "PAK"),
    ("Sudan faces famine. Germany will deliver food through the European Union.", "SDN"),
    ("Japan will provide aid to Pakistan through UN agencies.", "PAK"),
])
def test_the_party_helped_is_found_past_the_channel(text: str, target: str) -> None:
    assert _targets(text, "03") == [target]
