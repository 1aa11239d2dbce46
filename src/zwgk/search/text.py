"""What the Chinese full-text index ``zwgk_text`` holds for each object.

The title counts three times (a query's words in the title matter more than
in the body); then the description, the body and the fields citizens search
by: 索引号, 文号, 发布机构, the areas, the text of the attachments (where
Plone extracts it), a directory's items, an interpretation's sections.
"""

from html import unescape
from plone.indexer import indexer
from plone.indexer.interfaces import IIndexableObject
from Products.CMFCore.utils import getToolByName
from zope.component import queryMultiAdapter
from zope.interface import Interface
from zwgk import vocabularies
from zwgk.content_types.directory import IDisclosureDirectory
from zwgk.content_types.information import IGovernmentInformation
from zwgk.content_types.interpretation import SECTIONS
from zwgk.content_types.interpretation import IPolicyInterpretation
from zwgk.content_types.item import IDisclosureItem
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.index_numbers import owning_unit

import re


TITLE_WEIGHT = 3
TAG = re.compile(r"<[^>]+>")


def html_text(value):
    """Plain text of a RichTextValue or an HTML string."""
    raw = getattr(value, "raw", value) or ""
    return unescape(TAG.sub(" ", raw))


def _term_titles(vocabulary, tokens):
    terms = vocabulary()
    return [
        terms.getTermByToken(token).title
        for token in tokens or ()
        if token and token in terms.by_token
    ]


def _join(obj, *parts):
    title = obj.Title() or ""
    texts = [title] * TITLE_WEIGHT + [obj.Description() or ""]
    texts.extend(str(part) for part in parts if part)
    return "\n".join(texts)


def plone_searchable_text(obj):
    """Plone's own SearchableText of obj (a File's extracted text, say)."""
    catalog = getToolByName(obj, "portal_catalog")
    wrapper = queryMultiAdapter((obj, catalog), IIndexableObject)
    text = getattr(wrapper or obj, "SearchableText", "")
    text = text() if callable(text) else text
    return text if isinstance(text, str) else ""


def attachments_text(obj):
    return [
        plone_searchable_text(child)
        for child in obj.objectValues()
        if getattr(child, "portal_type", None) in ("File", "Image")
    ]


def _unit_title(obj):
    unit = owning_unit(obj)
    return unit.Title() if unit is not None else ""


def _area_titles(tokens):
    return _term_titles(vocabularies.AreasVocabulary, tokens)


@indexer(Interface)
def default_text(obj):
    """Any other content: title weighted, then Plone's SearchableText."""
    if getattr(obj, "portal_type", None) in ("File", "Image") and (
        IGovernmentInformation.providedBy(obj.__parent__)
        or IPolicyInterpretation.providedBy(obj.__parent__)
    ):
        raise AttributeError("zwgk_text")  # the information carries its text
    return _join(obj, plone_searchable_text(obj))


@indexer(IGovernmentInformation)
def information_text(obj):
    from zwgk.information.indexers import information_area

    try:
        areas = information_area(obj)()
    except AttributeError:
        areas = ()
    return _join(
        obj,
        getattr(obj, "index_number", ""),
        obj.document_number,
        obj.publisher or _unit_title(obj),
        " ".join(_area_titles(areas)),
        " ".join(_term_titles(vocabularies.GenresVocabulary, [obj.genre])),
        html_text(getattr(obj, "text", None)),
        *attachments_text(obj),
    )


@indexer(IPolicyInterpretation)
def interpretation_text(obj):
    policy = obj.policy.to_object if obj.policy and not obj.policy.isBroken() else None
    parts = [getattr(obj, "index_number", ""), _unit_title(obj)]
    if policy is not None:
        parts.append(policy.Title())
    parts.extend(html_text(getattr(obj, name, None)) for name, _title in SECTIONS)
    for pair in obj.questions or ():
        parts.extend((pair.get("question", ""), pair.get("answer", "")))
    return _join(obj, *parts, *attachments_text(obj))


@indexer(IDisclosureDirectory)
def directory_text(obj):
    return _join(
        obj,
        _unit_title(obj),
        " ".join(_area_titles([obj.area])),
        *(item.Title() for item in obj.objectValues()),
    )


@indexer(IDisclosureItem)
def item_text(obj):
    directory = obj.__parent__
    return _join(
        obj,
        obj.content,
        obj.basis,
        obj.time_limit,
        obj.responsible_body,
        directory.Title(),
    )


# A unit's contact data, with the words citizens ask for it by.
CONTACT_LABELS = (
    ("address", "办公地址"),
    ("office_hours", "办公时间"),
    ("phone", "联系电话"),
    ("fax", "传真"),
    ("email", "电子邮箱"),
)


@indexer(IOrgUnit)
def unit_text(obj):
    return _join(
        obj,
        *(
            f"{label} {getattr(obj, name, '')}"
            for name, label in CONTACT_LABELS
            if getattr(obj, name, None)
        ),
    )


def reindex_container_text(obj, event):
    """An attachment or a directory row changed: its container's text did too."""
    parent = getattr(event, "oldParent", None) or obj.__parent__
    for container in {
        id(p): p for p in (obj.__parent__, parent) if p is not None
    }.values():
        if (
            IGovernmentInformation.providedBy(container)
            or IPolicyInterpretation.providedBy(container)
            or IDisclosureDirectory.providedBy(container)
        ):
            container.reindexObject(idxs=["zwgk_text"])
