"""Zones: headline, dek, dateline and in-body boilerplate lines."""

from __future__ import annotations

from tidings.ingest.zones import classify_lines

TEXT = (
    "Chile and Peru agree to reopen border crossings\n"
    "Officials say trade will resume within weeks\n"
    "By Ana Torres\n"
    "SANTIAGO, June 2 (tidings) — Chile and Peru agreed on Friday to reopen three border crossings.\n"
    "Read more: Peru's congress debates new mining law\n"
    "Trucks wait at the Chacalluta crossing near Arica (Photo: Maria Lopez / Reuters)\n"
    "Also read: Bolivia seeks sea access talks\n"
    "The ministers said the crossings would open on June 15.\n"
    "Share this article\n"
)


def _zones(text: str) -> list[tuple[str, str]]:
    return [(ln.zone, text[ln.start : ln.end]) for ln in classify_lines(text)]


def test_zones_headline_dek_byline_dateline() -> None:
    z = _zones(TEXT)
    assert z[0] == ("headline", "Chile and Peru agree to reopen border crossings")
    assert z[1] == ("dek", "Officials say trade will resume within weeks")
    assert z[2] == ("boilerplate", "By Ana Torres")
    assert z[3] == ("dateline", "SANTIAGO, June 2 (tidings) —")
    assert z[4][0] == "body" and z[4][1].startswith("Chile and Peru agreed")


def test_zones_clutter_lines_are_boilerplate() -> None:
    z = dict((text, zone) for zone, text in _zones(TEXT))
    assert z["Read more: Peru's congress debates new mining law"] == "boilerplate"
    assert z["Also read: Bolivia seeks sea access talks"] == "boilerplate"
    assert z["Trucks wait at the Chacalluta crossing near Arica (Photo: Maria Lopez / Reuters)"] == "boilerplate"
    assert z["Share this article"] == "boilerplate"
    assert z["The ministers said the crossings would open on June 15."] == "body"


def test_zones_offsets_point_into_text() -> None:
    for ln in classify_lines(TEXT):
        piece = TEXT[ln.start : ln.end]
        assert piece == piece.strip() and piece


def test_zones_single_paragraph_is_body() -> None:
    text = "Ghana's president met Togo's leader in Accra on Monday to discuss border security."
    assert [ln.zone for ln in classify_lines(text)] == ["body"]


def test_zones_repeated_caption_line() -> None:
    cap = "Riot police and protesters clashed in the town of Puno on Monday."
    text = f"Protests spread in southern Peru\n{cap}\n{cap}\nThe government declared a state of emergency.\n"
    zones = [ln.zone for ln in classify_lines(text)]
    assert zones == ["headline", "boilerplate", "boilerplate", "body"]


def test_zones_caption_printed_again_with_its_credit() -> None:
    """A caption of any length the page prints alone and then again with the photo credit: both copies."""
    for cap, credit in [
        ("Soldiers patrol the border town of Mandera on Monday.", "Photograph: Ali Hassan/Reuters"),
        ("The foreign ministers of Egypt, Jordan, Saudi Arabia, Qatar, the United Arab Emirates and Turkey pose "
         "for a group photograph before their meeting on the future of the reconstruction plan in Cairo.",
         "Photograph: Khaled Desouki/AFP/Getty Images"),
        ("Delegates leave the conference hall in Geneva after the vote.", "Photo: Denis Balibouse"),
    ]:
        text = f"Ministers meet in Cairo\n{cap}\n{cap} {credit}\n\nCAIRO - The ministers met on Sunday.\n"
        lines = classify_lines(text)
        assert [ln.zone for ln in lines][:3] == ["headline", "boilerplate", "boilerplate"], cap
    # a paragraph the next one merely continues is story text
    text = ("Ministers meet in Cairo\nThe ministers met in Cairo on Sunday.\n"
            "The ministers met in Cairo on Sunday. They agreed on a plan.\n")
    assert [ln.zone for ln in classify_lines(text)][1] != "boilerplate"


def test_zones_paragraph_repeated_later_keeps_its_first_copy() -> None:
    para = "Kyiv has reported repeated drone strikes on grain silos in the port of Izmail since July."
    text = (
        "Grain corridor talks stall\n"
        f"{para}\n"
        "Turkey said it would host a new round of talks next month.\n"
        f"{para}\n"
    )
    lines = classify_lines(text)
    assert [ln.zone for ln in lines] == ["headline", "dek", "body", "boilerplate"]
    assert lines[-1].reason == "repeated paragraph"


def test_zones_paragraph_printed_twice_in_a_row_keeps_its_first_copy() -> None:
    para = ("Russia has carried out airstrikes on Ukrainian ports since leaving the deal. "
            "Kyiv has reported the loss of thousands of tonnes of grain.")
    text = f"Grain deal collapses\nMoscow blamed the West for the collapse.\n{para}\n{para}\n"
    lines = classify_lines(text)
    assert [ln.zone for ln in lines][-2:] == ["body", "boilerplate"]


def test_zones_caption_ending_in_place_and_full_date() -> None:
    cap = "Iran's foreign minister meets his Saudi counterpart in Tehran, Iran, March 4, 2023."
    text = f"Iran and Saudi Arabia restore ties\n{cap}\nThe two countries agreed to reopen embassies on March 4, 2023.\n"
    zones = [ln.zone for ln in classify_lines(text)]
    assert zones == ["headline", "boilerplate", "body"]


def test_zones_dateline_with_only_a_place_and_a_dash() -> None:
    """'NAIROBI - ...': a capitalised place and a dash open the story; the place is no party to it."""
    for line, place in [("NAIROBI - Kenya and Somalia agreed on Monday to reopen the border.", "NAIROBI - "),
                        ("PORT MORESBY — Police said the riots had ended.", "PORT MORESBY — "),
                        ("SAN JOSE, Costa Rica - The talks resumed.", "SAN JOSE, Costa Rica - ")]:
        text = f"Border talks resume\n{line}\n"
        lines = classify_lines(text)
        assert [ln.zone for ln in lines][:2] == ["headline", "dateline"], line
        assert text[lines[1].start:lines[1].end] == place.rstrip()


def test_zones_acronym_and_dash_inside_a_line_is_no_dateline() -> None:
    text = ("Trade talks resume\nThe delegations met for six hours.\n"
            "US - China talks resumed in Geneva on Monday.\n")
    assert "dateline" not in [ln.zone for ln in classify_lines(text)][2:]


def test_zones_photo_credit_sentence_is_a_caption() -> None:
    for cap in ["This photo, provided by Ghana's foreign ministry, shows the two ministers in Accra.",
                "This image released by the Kenyan presidency shows the signing ceremony."]:
        text = f"Ghana and Togo sign a border deal\n{cap}\nThe ministers signed the agreement on Monday.\n"
        assert [ln.zone for ln in classify_lines(text)] == ["headline", "boilerplate", "body"], cap


def test_zones_photo_credits_in_the_agencies_house_styles_end_a_caption() -> None:
    for cap in ["Soldiers patrol a market in Gao on May 3, 2021. PHOTO | JEAN DUPONT | AFP",
                "Ministers arrive for the summit in Accra. REUTERS/Kofi Mensah",
                "A man walks past a mural in Harare. AFP / Tendai Moyo"]:
        text = f"Leaders meet in Accra\nThe summit opened on Monday.\n{cap}\nThe talks lasted four hours.\n"
        assert [ln.zone for ln in classify_lines(text)][2] == "boilerplate", cap


def test_zones_links_to_other_stories_and_videos_are_boilerplate() -> None:
    for line in ["Read | Kenya and Somalia restore ties after talks in Nairobi",
                 "'A grave mistake': Ghana condemns the coup in Niamey | Watch",
                 "Storm in Manila, vote in Lagos and more world headlines",
                 "Attack in Mali, Chilean vote and more headlines 03:12",
                 "Daily Brief: Floods in Dhaka, a vote in Lima, and more 01:47",
                 "Coup in Gabon, talks in Doha and more"]:
        text = f"Leaders meet in Accra\nThe summit opened on Monday.\n{line}\nThe talks lasted four hours.\n"
        assert [ln.zone for ln in classify_lines(text)][2] == "boilerplate", line
    body = "Leaders meet in Accra\nThe summit opened on Monday and the ministers will watch the vote.\n"
    assert [ln.zone for ln in classify_lines(body)][1] != "boilerplate"
    said = "Leaders meet in Accra\nThe minister said aid would grow more and more.\n"
    assert [ln.zone for ln in classify_lines(said)][1] != "boilerplate"
