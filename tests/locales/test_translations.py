"""Every msgid of the zwgk domain used in the code has a zh_CN translation."""

from pathlib import Path
from xml.etree import ElementTree

import ast
import pytest
import re


ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "src/zwgk/locales/zh_CN/LC_MESSAGES/zwgk.po"
SOURCES = [ROOT / "src/zwgk", ROOT / "content_types", ROOT / "profiles"]

STRINGS = r"""(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*)+"""
PY_CALL = re.compile(rf"(?<![\w.])_\(\s*({STRINGS})(?:,\s*default\s*=\s*({STRINGS}))?")
ATTRS = r"""(?:[^>"]|"[^"]*")*"""  # a tag's attributes, ">" allowed inside quotes
TAG = re.compile(rf"<([\w:.-]+)({ATTRS})>")
NAMED = re.compile(
    rf"""<([\w:.-]+){ATTRS}\bi18n:name="(\w+)"{ATTRS}?(?:/>|>.*?</\1>)""", re.S
)
ZCML_MESSAGES = {"registerProfile", "importStep", "exportStep", "behavior"}
VARIABLE = re.compile(r"\$\{(\w+)\}")


def parse_po(path):
    """{msgid: msgstr}; a string may go on over several quoted lines."""
    entries, current, key = {}, {}, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), 'msgid ""']:
        line = line.strip()
        if line.startswith("msgid ") and "msgstr" in current:
            entries[current["msgid"]] = current["msgstr"]
            current = {}
        if line.startswith(("msgid ", "msgstr ")):
            key, _, line = line.partition(" ")
            current[key] = ""
        if line.startswith('"'):
            current[key] += ast.literal_eval(line)
    return entries


def python_messages(text):
    """{msgid: default} of the ``_("...")`` calls, where ``_`` is zwgk's."""
    if not re.search(r"^from zwgk import _$", text, re.M):
        return {}
    found = {}
    for msgid, default in PY_CALL.findall(text):
        msgid = ast.literal_eval(f"({msgid})")
        found[msgid] = ast.literal_eval(f"({default})") if default else msgid
    return found


def element_text(text, start, tag):
    """The normalised content of the element opened just before ``start``."""
    depth, end = 1, len(text)
    for match in re.finditer(rf"<(/?){re.escape(tag)}\b({ATTRS})>", text[start:]):
        depth += 0 if match[2].endswith("/") else -1 if match[1] else 1
        if not depth:
            end = start + match.start()
            break
    content = text[start:end]
    content = NAMED.sub(lambda match: "${" + match[2] + "}", content)
    return " ".join(re.sub(r"<[^>]*>", "", content).split())


def tal_messages(text):
    """{msgid: default} of i18n:translate and i18n:attributes (templates, GS XML)."""
    if 'i18n:domain="zwgk"' not in text:
        return {}
    found = {}
    for tag in TAG.finditer(text):
        attrs = dict(re.findall(r'([\w:-]+)="([^"]*)"', tag[2]))
        if "i18n:translate" in attrs:
            default = element_text(text, tag.end(), tag[1])
            found[attrs["i18n:translate"] or default] = default
        for item in filter(str.strip, attrs.get("i18n:attributes", "").split(";")):
            name, *msgid = item.split()
            found[msgid[0] if msgid else attrs[name]] = attrs[name]
    return found


def zcml_messages(text):
    """{msgid: msgid} of the titles and descriptions that ZCML makes messages."""
    if 'i18n_domain="zwgk"' not in text:
        return {}
    return {
        element.get(name): element.get(name)
        for element in ElementTree.fromstring(text).iter()
        if element.tag.rpartition("}")[2] in ZCML_MESSAGES
        for name in ("title", "description")
        if element.get(name)
    }


EXTRACTORS = {
    "*.py": python_messages,
    "*.pt": tal_messages,
    "*.xml": tal_messages,
    "*.zcml": zcml_messages,
}


def used_messages(pattern):
    """{msgid: default} found in the sources' files matching ``pattern``."""
    paths = {path.resolve() for root in SOURCES for path in root.rglob(pattern)}
    found = {}
    for path in sorted(paths):
        found.update(EXTRACTORS[pattern](path.read_text(encoding="utf-8")))
    return found


CATALOG = parse_po(PO)
USED = {k: v for pattern in EXTRACTORS for k, v in used_messages(pattern).items()}


def test_extractors_on_examples():
    python = 'from zwgk import _\nx = _(\n    "a "\n    "b",\n    default="A ${n}",\n)'
    assert python_messages(python) == {"a b": "A ${n}"}
    template = (
        '<p i18n:domain="zwgk" i18n:translate="">Hi <b i18n:name="who">x</b>!</p>'
        '<a title="Go" alt="A" i18n:attributes="title; alt label_a">link</a>'
        '<i i18n:translate="on">(<i i18n:name="day">1</i>)</i>'
    )
    assert tal_messages(template) == {
        "Hi ${who}!": "Hi ${who}!",
        "Go": "Go",
        "label_a": "A",
        "on": "(${day})",
    }


@pytest.mark.parametrize("pattern", EXTRACTORS)
def test_sources_have_messages(pattern):
    assert used_messages(pattern)


def test_every_used_msgid_is_translated():
    assert sorted(msgid for msgid in USED if not CATALOG.get(msgid)) == []


def test_no_empty_msgstr():
    assert sorted(msgid for msgid, msgstr in CATALOG.items() if not msgstr) == []


def test_translations_keep_the_variables():
    def variables(text):
        return set(VARIABLE.findall(text))

    wrong = {
        msgid: CATALOG[msgid]
        for msgid, default in USED.items()
        if msgid in CATALOG
        and variables(msgid) | variables(default) != variables(CATALOG[msgid])
    }
    assert wrong == {}
