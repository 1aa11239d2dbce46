"""collective.exportimport round trip of every zwgk type: fields, relations, state."""

from plone import api
from plone.app.textfield.value import RichTextValue
from plone.restapi.interfaces import ISerializeToJson
from z3c.relationfield import RelationValue
from zope.component import getMultiAdapter
from zope.component import getUtility
from zope.interface import directlyProvidedBy
from zope.interface import directlyProvides
from zope.intid.interfaces import IIntIds
from zwgk.testing import create_finance_unit
from zwgk.testing import make_item

import datetime
import json
import pytest
import transaction


VOLATILE = {"modified", "created", "@components", "parent", "previous_item"}
VOLATILE |= {"next_item"}
TYPES = [
    "OrgUnit",
    "DisclosureDirectory",
    "DisclosureItem",
    "GovernmentInformation",
    "PolicyInterpretation",
]


def relation(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


@pytest.fixture
def district(functional_portal):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit, directory = create_finance_unit(portal)
    other = api.content.create(
        container=portal,
        type="OrgUnit",
        id="sfj",
        title="司法局",
        code="123601009",
        level="district",
    )
    directory.competent_department = relation(other)
    item = make_item(directory, "政府预算", "部门预算", category="result")
    make_item(directory, "政府决算", "")
    policy = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="policy",
        title="关于印发《区级财政资金管理办法》的通知",
        document_number="洪经财字〔2026〕3号",
        publisher="区财政局",
        written_date=datetime.date(2026, 3, 2),
        publication_date=datetime.date(2026, 3, 9),
        topic="finance",
        genre="normative",
        disclosure_attribute="proactive",
        validity="repealed",
        validity_date=datetime.date(2026, 10, 1),
        validity_note="被新办法替代",
        disclosure_items=[relation(item)],
        text=RichTextValue("<p>第一条 为规范……</p>", "text/html", "text/x-html-safe"),
    )
    api.content.create(
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
    api.content.create(
        container=unit,
        type="PolicyInterpretation",
        id="jd",
        title="《区级财政资金管理办法》政策解读",
        policy=relation(policy),
        form="qa",
        written_date=datetime.date(2026, 3, 9),
        disclosure_attribute="proactive",
        background=RichTextValue("<p>背景</p>", "text/html", "text/x-html-safe"),
        questions=[{"question": "适用范围？", "answer": "区级财政资金。"}],
    )
    api.content.transition(obj=policy, to_state="published")
    transaction.commit()
    return unit


def snapshot(portal):
    request = portal.REQUEST
    # collective.exportimport marks the request for its own serializers
    directlyProvides(
        request,
        *[
            marker
            for marker in directlyProvidedBy(request)
            if not marker.__module__.startswith("collective.exportimport")
        ],
    )
    found = {}
    for brain in api.content.find(portal_type=TYPES):
        obj = brain.getObject()
        data = getMultiAdapter((obj, request), ISerializeToJson)()
        found[brain.getPath()] = {k: v for k, v in data.items() if k not in VOLATILE}
    return found


def export(portal):
    """What @@export_content and @@export_relations write, as Python data."""
    request = portal.REQUEST
    content_view = api.content.get_view("export_content", portal, request)
    content_view(portal_type=TYPES)  # not submitted: only sets the options
    content = list(content_view.export_content())
    relations_view = api.content.get_view("export_relations", portal, request)
    relations = relations_view.get_all_references()
    ordering = api.content.get_view("export_ordering", portal, request).all_orders()
    return content, relations, ordering


def test_round_trip_keeps_fields_relations_state_and_index_numbers(district):
    portal = api.portal.get()
    before = snapshot(portal)
    numbers = {p: v.get("index_number") for p, v in before.items()}
    assert numbers["/plone/czj/policy"].startswith("113601005/")

    content, relations, ordering = export(portal)
    assert {r["relationship"] for r in relations} >= {
        "disclosure_items",
        "policy",
        "competent_department",
    }

    api.content.delete(portal["czj"], check_linkintegrity=False)
    api.content.delete(portal["sfj"], check_linkintegrity=False)
    assert not api.content.find(portal_type=TYPES)

    request = portal.REQUEST
    request.form["form.submitted"] = True
    api.content.get_view("import_content", portal, request)(
        jsonfile=json.dumps(content)
    )
    api.content.get_view("import_relations", portal, request)(
        jsonfile=json.dumps(relations)
    )
    api.content.get_view("import_ordering", portal, request)(
        jsonfile=json.dumps(ordering)
    )
    after = snapshot(portal)
    assert sorted(after) == sorted(before)
    for path, data in before.items():
        assert after[path] == data, path
    assert api.content.get_state(portal["czj"]["policy"]) == "published"

    # the unit's counter moved past the imported numbers: no number is reused
    fresh = api.content.create(
        container=portal["czj"],
        type="GovernmentInformation",
        title="新信息",
        written_date=datetime.date(2026, 11, 1),
        disclosure_attribute="proactive",
    )
    assert fresh.index_number not in numbers.values()
