"""A title the text gives a former office holder says what they are now; role nouns for armed groups,
security bodies, rights organisations and commanders name actors."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

FORMER_HOLDERS = [
    ("NAIROBI, Kenya - The opposition leader Raila Odinga condemned the Kenyan government.", "2024-04-14",
     "Raila Odinga", "KEN.OPP"),
    ("NAIROBI, Kenya - Opposition leader Raila Odinga met Kenyan ministers on Monday.", "2023-07-02",
     "Raila Odinga", "KEN.OPP"),
    ("ISLAMABAD, Pakistan - Jailed opposition leader Imran Khan called on Pakistani voters to protest.",
     "2024-02-10", "Imran Khan", "PAK.OPP"),
    ("COLOMBO, Sri Lanka - Opposition leader Mahinda Rajapaksa accused the Sri Lankan government of lying.",
     "2016-05-01", "Mahinda Rajapaksa", "LKA.OPP"),
]


@pytest.mark.parametrize("text,date,name,key", FORMER_HOLDERS)
def test_a_title_of_another_sector_beats_an_office_left_before_the_date(nlp, text, date, name, key):
    table = table_of(nlp, text, date)
    assert key_of(table, text, name) == key


@pytest.mark.parametrize("text,date,name,key", [
    ("NAIROBI, Kenya - Prime Minister Raila Odinga condemned the attack.", "2010-04-14", "Raila Odinga", "KEN.GOV"),
    ("NAIROBI, Kenya - On Monday Raila Odinga met Kenyan ministers.", "2011-07-02", "Raila Odinga", "KEN.GOV"),
    ("In Islamabad, Prime Minister Imran Khan called on Pakistani voters to stay calm.", "2020-02-10", "Imran Khan", "PAK.GOV"),
])
def test_in_office_the_dictionary_still_decides(nlp, text, date, name, key):
    table = table_of(nlp, text, date)
    assert key_of(table, text, name) == key


ROLE_NOUNS = [
    ("ABUJA, Nigeria - Bandits attacked a village in Zamfara state on Monday.", "Bandits", "NGA.REB"),
    ("ABUJA, Nigeria - Kidnappers seized 30 passengers from a train near Kaduna.", "Kidnappers", "NGA.REB"),
    ("MEXICO CITY - Cartel gangs killed a Mexican mayor in Guerrero state.", "Cartel gangs", "MEX.REB"),
    ("PORT-AU-PRINCE - Vigilantes lynched two suspects in the Haitian capital.", "Vigilantes", "HTI.REB"),
    ("LAGOS - Nigerian security agencies arrested the suspects on Friday.", "Nigerian security agencies", "NGA.COP"),
    ("In Dhaka, security personnel fired on Bangladeshi students on Friday.", "security personnel", "BGD.COP"),
    ("In Chile, rights organisations condemned the Chilean court's ruling.", "rights organisations", "CHL.NGO"),
    ("CAIRO - Egyptian human rights organizations criticised the verdict.", "Egyptian human rights organizations",
     "EGY.NGO"),
    ("NIAMEY, Niger - The generals ousted the president of Niger on Wednesday.", "The generals", "NER.MIL"),
    ("In Khartoum, Sudanese commanders met the governor of Darfur.", "Sudanese commanders", "SDN.MIL"),
]


@pytest.mark.parametrize("text,phrase,key", ROLE_NOUNS)
def test_role_nouns_of_armed_groups_security_bodies_and_rights_groups(nlp, text, phrase, key):
    table = table_of(nlp, text)
    assert key_of(table, text, phrase) == key
