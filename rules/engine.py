"""Runs the registered rules and picks each claim's verdict.

A contradiction from any rule wins (one fact that proves the claim wrong is
enough); then a match, then a bound that holds; with no finding the claim is
unverifiable. Findings of period-inference explain where a period came from
and carry the verdict the claim ended with."""
from __future__ import annotations

from models import Claim, Finding
from rules import ARTICLE_RULES, CLAIM_RULES
from sources.store import ReferenceStore

ORDER = ("contradicted", "supported", "consistent")
EXPLAINING = {"period-inference"}


def verdict_of(findings: list[Finding]) -> str:
    deciding = {f.verdict for f in findings if f.rule not in EXPLAINING}
    return next((v for v in ORDER if v in deciding), "unverifiable")


def evaluate(claims: list[Claim], store: ReferenceStore) -> list[Claim]:
    for rule in ARTICLE_RULES.values():
        rule.apply(claims, store)
    for claim in claims:
        for rule in CLAIM_RULES.values():
            claim.findings += rule.check(claim, store)
        claim.verdict = verdict_of(claim.findings)
        for f in claim.findings:
            if f.rule in EXPLAINING:
                f.verdict = claim.verdict
    return claims
