"""The rule engine: one module per rule, registered by name (rules.base.register)."""
from rules.base import ARTICLE_RULES, CLAIM_RULES  # noqa: F401
# Article rules run in this order: periods are inferred before claims are compared.
from rules import period_inference, internal_consistency  # noqa: F401,E402
from rules import reference_value, reference_bound, metric_relation, growth, ratio, constant_value  # noqa: F401,E402
