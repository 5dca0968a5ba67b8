"""Small units stay small: every module of pipeline/ is at most 300 lines, every function
(methods and nested functions too) at most 40 lines from its ``def`` to its last line."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40


def function_spans(source: str) -> list[tuple[str, int, int]]:
    """(name, line of its ``def``, lines from ``def`` to its end) of every function."""
    return [(node.name, node.lineno, (node.end_lineno or node.lineno) - node.lineno + 1)
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_code_shape_measures_from_def_to_last_line() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(40))
    source = f"@cache\ndef long() -> None:\n{body}\n\nclass A:\n    async def short(self):\n" \
             "        return 1\n"
    assert function_spans(source) == [("long", 2, 41), ("short", 46, 2)]


def test_code_shape_modules_are_at_most_300_lines() -> None:
    assert _modules(), f"no modules under {PACKAGE}"
    long = [f"{p.relative_to(PACKAGE.parent)}: {n} lines" for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, "split these modules:\n" + "\n".join(long)


def test_code_shape_functions_are_at_most_40_lines() -> None:
    long = [f"{p.relative_to(PACKAGE.parent)}:{line} {name}: {n} lines" for p in _modules()
            for name, line, n in function_spans(p.read_text(encoding="utf-8"))
            if n > MAX_FUNCTION_LINES]
    assert not long, "split these functions:\n" + "\n".join(long)
