"""Which extracted items a peer case of a given kind is scored against.

Shared by tests/test_peer.py and benchmarks/peers.py, so the test and the
report count the same way (tests/data/peer/README.md, "Use" and the RT notes):
a `money` or `percent` case is paired with the items of that kind; a `number`
case with every numeric expression read, whatever its kind (Recognizers-Text's
number model lists 10000 and 3 in "I want to earn $10000 in 3 years"), except
the ones the extractor itself marks as ordinals ("May 4th") or measures glued
to a unit ("180ml", "29km"), which neither peer corpus counts as numbers.
"""
from __future__ import annotations

from typing import Optional

NOT_NUMBERS = ("ordinal", "measure")


def counts_for_kind(case_kind: str, item_kind: str, role: Optional[str]) -> bool:
    if case_kind == "number":
        return role not in NOT_NUMBERS
    return item_kind == case_kind
