"""A district moves (collective.exportimport): the records features keep beside
their schema come along: 历史版本, withheld reviews, applications' clocks."""

from plone import api
from zwgk.applications.codes import register
from zwgk.stored_state import dump
from zwgk.testing import create_finance_unit
from zwgk.testing import make_item
from zwgk.testing.applications import body

import datetime
import json
import pytest
import transaction


TYPES = [
    "OrgUnit",
    "DisclosureDirectory",
    "DisclosureItem",
    "GovernmentInformation",
    "ApplicationFolder",
    "DisclosureApplication",
]


@pytest.fixture
def district(functional_portal):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    from zwgk.applications.intake import submit
    from zwgk.applications.intake import units
    from zwgk.applications.validation import check
    from zwgk.information.withheld_review import record_review

    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(portal)
    api.content.transition(obj=unit, to_state="published")
    make_item(directory, "政府预算", "部门预算", content="第一版的要素")
    api.content.transition(obj=directory, to_state="published")  # 历史版本 1
    withheld = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="withheld",
        title="内部会议纪要",
        written_date=datetime.date(2026, 4, 1),
        topic="finance",
        genre="other",
        disclosure_attribute="withheld",
        withholding_ground="internal_affairs",
        withholding_reason="属于内部事务信息",
    )
    record_review(withheld, "keep", "仍属内部事务")
    application, code = submit(check(body(unit), units()))
    application.start_consultation(datetime.date(2026, 11, 2))
    transaction.commit()
    return portal, application.tracking_number, code


def stored(portal):
    return {
        brain.getPath(): dump(brain._unrestrictedGetObject())
        for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
            portal_type=TYPES
        )
    }


def test_a_moved_district_keeps_versions_reviews_and_application_clocks(district):
    from zwgk.applications.intake import find_with_code

    portal, number, code = district
    before = stored(portal)
    kept = {path: data for path, data in before.items() if data}
    assert len(kept) == 3  # the directory, the withheld information, the application

    request = portal.REQUEST
    content_view = api.content.get_view("export_content", portal, request)
    content_view(portal_type=TYPES)
    content = list(content_view.export_content())
    assert sum("zwgk_stored" in item for item in content) == 3
    exported = json.dumps(content)  # what a file carries: JSON only

    api.content.delete(portal["czj"], check_linkintegrity=False)
    del register(portal).numbers[number]
    assert not api.content.find(portal_type=TYPES)

    request.form["form.submitted"] = True
    api.content.get_view("import_content", portal, request)(jsonfile=exported)

    after = stored(portal)
    assert after == before
    application = find_with_code(number, code)
    assert application is not None  # the applicant's number and code still work
    assert application.open_consultation().start == datetime.date(2026, 11, 2)


def test_an_import_refuses_classes_it_was_not_told_about():
    from zwgk.stored_state import decode

    with pytest.raises(ValueError):
        decode({"@class": "os.system", "command": "true"}, classes=())
