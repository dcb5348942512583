"""Disputes an unseen invented story missed (invented text): a denial told in the passive with the doer in
a by-phrase, and an announcement whose doer is 'the airline' in an article naming one airline."""
from __future__ import annotations

import pytest

from conftest import ingested_disputes

FINE = """Gaming Commission fines Redmont Casino over late payouts

By Tessa Marlowe, Northern Wire Service

ELKTON, Md., Oct. 3, 2022 (NWS) - The Maryland Gaming Commission has fined Redmont Casino $250,000 for \
paying jackpot winners weeks late, the commission said on Monday.
"""
DENIAL = """Redmont Casino says payouts are on time

By Owen Rusk, Elkton Evening Ledger

ELKTON, Md., Oct. 11, 2022 - Redmont Casino said on Tuesday that its payouts are on time.

"Redmont has never been fined by the {body}," casino spokesperson Dana Pruitt said.
"""


def _disputes(tmp_path, name: str, texts: list[str]) -> list[dict]:
    return ingested_disputes(tmp_path, name, texts)


def test_a_passive_denial_names_its_doer_in_the_by_phrase(tmp_path):
    found = _disputes(tmp_path, "same", [FINE, DENIAL.format(body="Gaming Commission")])
    assert [c["kind"] for c in found] == ["opposite"]


def test_a_passive_denial_by_another_body_is_no_dispute(tmp_path):
    assert _disputes(tmp_path, "other", [FINE, DENIAL.format(body="Treasury")]) == []


NAMED = """Tarnwell Airways to leave Corbett

By Lena Ostrow, Corbett Herald

CORBETT, Ore., Feb. 12, 2024 - Tarnwell Airways announced on Feb. 7 that it would end its flights to \
Corbett in May, citing a shortage of mechanics.
"""
DESCRIBED = """Corbett loses its only airline

Written by Piet Vermeer

February 14, 2024

Tarnwell Airways will stop flying to Corbett on May 31.{also} The airline announced on Feb. 9 that it \
would end its flights to Corbett, in a letter to the county.
"""


@pytest.mark.parametrize(("also", "disputed"), [("", True), (" Baxley Air flies to Corbett twice a week.", False)])
def test_the_airline_is_the_one_airline_its_article_names(tmp_path, also, disputed):
    found = _disputes(tmp_path, "air" + str(disputed), [NAMED, DESCRIBED.format(also=also)])
    assert [c["kind"] for c in found] == (["dates"] if disputed else [])
