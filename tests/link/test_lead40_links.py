"""The lead's fortieth invented story: a body's denial reported as 'it had not opened' meets the report of
its staff's investigation (invented text only)."""
from __future__ import annotations

from pathlib import Path

from conftest import ingested_disputes

_REPORT = """Harbour Daily
Port operator faces inquiry
By Ana Reyes
March 4, 2025
Prosecutors in Kestrel Bay have opened an investigation into Meridian Ports over possible safety violations, according to two people familiar with the matter.
The company operates three terminals on the bay.
"""

_DENIAL = """Coast Wire
Prosecutors say no probe opened
By Tom Vale
March 5, 2025
The Kestrel Bay District Prosecutors Office said Wednesday that it had not opened an investigation into Meridian Ports.
The fire service is investigating the cause of last week's blaze at the terminal.
"""


def test_a_bodys_reported_it_is_the_body_that_denies_its_staffs_reported_investigation(tmp_path: Path) -> None:
    found = ingested_disputes(tmp_path, "reported_it", [_REPORT, _DENIAL])
    assert len(found) == 1  # the fire service's investigation is another's
    texts = found[0]["a"]["text"] + found[0]["b"]["text"]
    assert "have opened an investigation" in texts and "had not opened an investigation" in texts
