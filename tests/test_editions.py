"""The editions sub-package: web page, DAISY book, EPUB, feed and playlist are editions of one
narrated document, and what they share lives once, in `editions.common`; no edition
imports a sibling's helpers."""

from __future__ import annotations

import ast

from conftest import PROJECT

EDITIONS = PROJECT / "handout" / "editions"


def imported_modules(path) -> set[str]:
    """Every module `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_edition_imports_a_siblings_helpers():
    modules = sorted(p for p in EDITIONS.glob("*.py") if p.name != "__init__.py")
    assert {p.stem for p in modules} >= {"common", "web", "daisy", "epub", "feed", "playlist"}
    siblings = {f"handout.editions.{p.stem}" for p in modules} - {"handout.editions.common"}
    crossing = {p.name: sorted(imported_modules(p) & siblings) for p in modules}
    assert {name: found for name, found in crossing.items() if found} == {}
    # The shared pieces are used where they are meant to be.
    assert "handout.editions.common" in imported_modules(EDITIONS / "epub.py")
    assert "handout.editions.common" in imported_modules(EDITIONS / "daisy.py")
