"""The layout: one package per feature, a kernel that imports no feature."""

from pathlib import Path

import ast
import pytest


ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "zwgk"
# the shared kernel: what three or more features use
KERNEL_PACKAGES = {"behaviors", "vocabularies", "working_days"}
# the content model and package-wide folders, not features
SHARED = {"content_types", "profiles", "themes", "locales", "data", "upgrades"}
# kept for stored data: the lexicon of existing sites pickled zwgk.splitter
RE_EXPORTS = {"splitter.py"}


def kernel_modules():
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name not in RE_EXPORTS:
            yield path
    for name in sorted(KERNEL_PACKAGES):
        yield from sorted((PACKAGE / name).rglob("*.py"))


def features():
    return {
        path.name
        for path in PACKAGE.iterdir()
        if path.is_dir()
        and (path / "__init__.py").exists()
        and path.name not in KERNEL_PACKAGES | SHARED
        and not path.is_symlink()
    }


def zwgk_imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            if name.startswith("zwgk."):
                yield name.split(".")[1]


def test_the_features_are_packages():
    assert {"applications", "directories", "information", "search"} <= features()
    assert not (PACKAGE / "browser").exists()
    assert not (PACKAGE / "services").exists()


@pytest.mark.parametrize(
    "module", list(kernel_modules()), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_the_kernel_imports_no_feature(module):
    assert set(zwgk_imports(module)) & features() == set()


@pytest.mark.parametrize("package", sorted(features() | KERNEL_PACKAGES))
def test_every_package_says_what_it_is(package):
    docstring = ast.get_docstring(
        ast.parse((PACKAGE / package / "__init__.py").read_text())
    )
    assert docstring and len(docstring) > 40


# a feature whose tests sit in a folder of another name
TEST_FOLDERS = {"setuphandlers": "setup"}


def test_tests_mirror_the_features():
    tested = {path.name for path in (ROOT / "tests").iterdir() if path.is_dir()}
    wanted = {TEST_FOLDERS.get(name, name) for name in features() - {"testing"}}
    assert wanted - tested == set()


def test_no_test_module_imports_another():
    """Helpers live in zwgk.testing (or fixtures in a conftest)."""
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            elif isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            else:
                continue
            for module in modules:
                first = module.split(".")[0]
                assert first not in ("conftest", "tests"), path
                assert not first.startswith("test_"), path
