"""An application's tracking number is in a FieldIndex, in no full-text
index: Title, SearchableText and zwgk_text held the words every number
shares (ysq, the day) and each number's own part as a new lexicon word,
records every simultaneous submission rewrote (ZODB conflicts)."""

from plone import api
from Products.CMFCore.indexing import processQueue
from zwgk.applications import intake
from zwgk.applications.validation import check
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units

import pytest


TEXT_INDEXES = ("Title", "SearchableText", "zwgk_text")


@pytest.fixture
def application(manager):
    czj, _jqz = staffed_units(manager)
    found, _code = intake.submit(check(body(czj), {czj.UID(): "财政局"}))
    processQueue()  # catalog now, as the end of a request does
    return found


def rid(application):
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.getrid("/".join(application.getPhysicalPath()))


def test_the_number_is_a_field_index_entry_only(application):
    catalog = api.portal.get_tool("portal_catalog")
    number = application.tracking_number
    (brain,) = catalog.unrestrictedSearchResults(tracking_number=number)
    assert brain.getObject() == application
    for name in TEXT_INDEXES:
        index = catalog._catalog.getIndex(name)
        assert index.getEntryForObject(rid(application), default=None) is None, name
    assert not catalog.unrestrictedSearchResults(SearchableText=number.split("-")[0])


def test_upgrade_takes_applications_out_of_the_text_indexes(application, setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("tracking_number")
    text = catalog._catalog.getIndex("SearchableText")
    text.index_object(rid(application), type("Old", (), {"SearchableText": "YSQ"})())
    assert text.getEntryForObject(rid(application), default=None)
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126060")
    setup_tool.upgradeProfile("zwgk:default")
    assert text.getEntryForObject(rid(application), default=None) is None
    number = application.tracking_number
    assert catalog.unrestrictedSearchResults(tracking_number=number)
