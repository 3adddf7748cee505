"""The rule engine: one module per rule, registered by name (rules.base.register)."""
from rules.base import ARTICLE_RULES, CLAIM_RULES  # noqa: F401
from rules import period_inference, reference_value, reference_bound, metric_relation  # noqa: F401,E402
