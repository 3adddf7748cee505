"""A module-level name is bound once: a second `POSSESSIVE_GAP = …` further down a long module silently
replaces the first for every function above it (it happened twice in claims/normalize.py, turning two
readings wrong far from the new code)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for folder in ("claims", "pipeline", "rules", "sources", "review") if (ROOT / folder).is_dir()
                 for p in (ROOT / folder).rglob("*.py")) + [ROOT / "cli.py", ROOT / "models.py"]


def bound_twice(source: str) -> list[str]:
    names = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Name) and t.id.isupper():
                names[t.id] += 1
    return sorted(n for n, k in names.items() if k > 1)


def test_the_check_finds_a_constant_bound_twice():
    assert bound_twice("A = 1\ndef f():\n    return A\nA = 2\nB: int = 3\n") == ["A"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_constant_is_bound_twice(path):
    assert bound_twice(path.read_text(encoding="utf-8")) == []
