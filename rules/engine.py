"""Runs the registered rules and picks each claim's verdict.

Article rules run first (period-inference finds periods, internal-consistency
pits the article's claims against each other), then every claim rule on every
claim. A contradiction from any rule wins; then a match, then a bound that
holds; with no finding the claim is unverifiable. Findings that rest on a
source the user did not trust are kept, marked, and do not decide. Findings of
period-inference explain where a period came from and carry the verdict."""
from __future__ import annotations

from models import CARRIED_ARTICLE_COMPANY, EXPLAINING_RULES, Claim, Finding
from rules import ARTICLE_RULES, CLAIM_RULES
from rules.base import MAX_LEANING, leaning, verdict_of
from sources.store import ReferenceStore, amount


def mark_untrusted(finding: Finding, store: ReferenceStore) -> None:
    untrusted = sorted({e.source for e in finding.evidence if not store.trusts(e.source)})
    if untrusted and finding.rule not in EXPLAINING_RULES:
        finding.message += (f" Not counted in the verdict: {', '.join(untrusted)} is not among the trusted sources "
                            f"({', '.join(sorted(store.trusted or ()))}).")


def hold_back(claim: Claim) -> None:
    """Turn a contradiction that rests on a guessed reading into 'unverifiable', and a figure that is
    not the level the data give (a change, a rate per month, a plan, a part) into 'unverifiable'
    whatever it was, and say why."""
    caution = claim.reading.get("caution")
    if caution and claim.verdict != "unverifiable":
        claim.verdict = "unverifiable"
        claim.findings.append(Finding(
            rule="reading-confidence", verdict="unverifiable",
            message=f"Not judged: the figure reads as {caution}, which the reference data do not give. "
                    "The findings above say what the data shows for the level itself."))
        return
    guessed = leaning(claim)
    if claim.verdict != "contradicted" or len(guessed) <= MAX_LEANING:
        return
    claim.verdict = "unverifiable"
    claim.findings.append(Finding(
        rule="reading-confidence", verdict="unverifiable",
        message="Not flagged as a contradiction: the reading of this figure leans on context for "
                + " and ".join(guessed) + ". Check the reading; the findings above say what the data shows."))


def claim_findings(claim: Claim, store: ReferenceStore) -> list[Finding]:
    return [f for rule in CLAIM_RULES.values() for f in rule.check(claim, store)]


def hold_back_ambiguous(claim: Claim, store: ReferenceStore) -> None:
    """A contradiction that goes away when the figure's separator is read the other way
    ("2.947 milliarder": 2 947 or 2.947) is not flagged: which one the writer meant is a guess."""
    if claim.verdict != "contradicted" or claim.alt_value is None:
        return
    grouped = claim.alt_value < claim.value  # read with the separator grouping thousands
    other = claim.model_copy(update={"value": claim.alt_value,
                                     "precision": claim.precision / 1000 if grouped else claim.precision * 1000,
                                     "findings": [], "alt_value": None})
    other_verdict = verdict_of(claim_findings(other, store), store)
    if other_verdict == "contradicted":
        return
    claim.verdict = "unverifiable"
    claim.findings.append(Finding(
        rule="reading-confidence", verdict="unverifiable",
        message=f"Not flagged as a contradiction: {claim.value_text!r} reads as {amount(claim.value, claim.unit)} "
                f"with the separator {'grouping thousands' if grouped else 'as a decimal point'}, or as "
                f"{amount(claim.alt_value, claim.unit)} with it {'as a decimal point' if grouped else 'grouping thousands'} "
                f"(machine-translated text mixes them). The data contradicts the first reading; "
                f"under the second the figure would be {other_verdict}. Check which the writer meant."))


def confirm_carried_company(claim: Claim, borne_out: set[str]) -> None:
    """A company carried from the figure before, which had only the article's company, is a guess;
    once the data supported an earlier figure read as that company's, it is the article's company
    borne out ("Inference spending hit $2.075bn in Q1 2025. In Q2 2025 it jumped to $3.9bn")."""
    if claim.reading.get("entity") == CARRIED_ARTICLE_COMPANY and claim.entity in borne_out:
        claim.reading["entity"] = ("context: the company of the previous figure, the article's, which the "
                                   "data bore out for a figure before")


def evaluate(claims: list[Claim], store: ReferenceStore) -> list[Claim]:
    for rule in ARTICLE_RULES.values():
        rule.apply(claims, store)
    borne_out: set[str] = set()  # companies the article is about whose figures the data supported
    for claim in claims:
        claim.findings += claim_findings(claim, store)
        for f in claim.findings:
            mark_untrusted(f, store)
        claim.verdict = verdict_of(claim.findings, store)
        confirm_carried_company(claim, borne_out)
        hold_back(claim)
        hold_back_ambiguous(claim, store)
        if claim.verdict == "supported" and claim.reading.get("entity", "").startswith("article"):
            borne_out.add(claim.entity)
        for f in claim.findings:
            if f.rule in EXPLAINING_RULES:
                f.verdict = claim.verdict
    return claims
