"""Runs the registered rules and picks each claim's verdict.

Article rules run first (period-inference finds periods, internal-consistency
pits the article's claims against each other), then every claim rule on every
claim. A contradiction from any rule wins; then a match, then a bound that
holds; with no finding the claim is unverifiable. Findings that rest on a
source the user did not trust are kept, marked, and do not decide. Findings of
period-inference explain where a period came from and carry the verdict."""
from __future__ import annotations

from models import Claim, Finding
from rules import ARTICLE_RULES, CLAIM_RULES
from rules.base import EXPLAINING, verdict_of
from sources.store import ReferenceStore


def mark_untrusted(finding: Finding, store: ReferenceStore) -> None:
    untrusted = sorted({e.source for e in finding.evidence if not store.trusts(e.source)})
    if untrusted and finding.rule not in EXPLAINING:
        finding.message += (f" Not counted in the verdict: {', '.join(untrusted)} is not among the trusted sources "
                            f"({', '.join(sorted(store.trusted or ()))}).")


# Readings that lean on context rather than on the figure's own clause. A claim whose
# reading leans on two of them is not flagged: that would be a contradiction on a guess.
LEANING = {"metric": ("context", "nearby"), "period": ("context: earlier in the paragraph",),
           "entity": ("article", "context: previous sentence")}
MAX_LEANING = 1


def leaning(claim: Claim) -> list[str]:
    return [f"{part} ({claim.reading[part]})" for part, prefixes in LEANING.items()
            if claim.reading.get(part, "").startswith(prefixes)]


def hold_back(claim: Claim) -> None:
    """Turn a contradiction that rests on a guessed reading into 'unverifiable', and say why."""
    guessed = leaning(claim)
    if claim.verdict != "contradicted" or len(guessed) <= MAX_LEANING:
        return
    claim.verdict = "unverifiable"
    claim.findings.append(Finding(
        rule="reading-confidence", verdict="unverifiable",
        message="Not flagged as a contradiction: the reading of this figure leans on context for "
                + " and ".join(guessed) + ". Check the reading; the findings above say what the data shows."))


def evaluate(claims: list[Claim], store: ReferenceStore) -> list[Claim]:
    for rule in ARTICLE_RULES.values():
        rule.apply(claims, store)
    for claim in claims:
        for rule in CLAIM_RULES.values():
            claim.findings += rule.check(claim, store)
        for f in claim.findings:
            mark_untrusted(f, store)
        claim.verdict = verdict_of(claim.findings, store)
        hold_back(claim)
        for f in claim.findings:
            if f.rule in EXPLAINING:
                f.verdict = claim.verdict
    return claims
