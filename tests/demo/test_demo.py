"""The demo district: units, directories in 6+ areas, information, interpretations.

One test: loading the district takes seconds.
"""

from collections import defaultdict
from plone import api


TOWNS = {"jqz": "蛟桥镇", "bshglc": "白水湖管理处", "gsglc": "冠山管理处"}


def check_units(section):
    units = {b.getId: b for b in api.content.find(portal_type="OrgUnit")}
    assert units["gkb"].Title == "南昌经开区党工委管委会办公室"
    for unit_id, title in TOWNS.items():
        assert units[unit_id].Title == title
        assert section[unit_id].level == "town"
    assert sum(1 for u in units.values() if u.getObject().level == "district") >= 6
    assert api.content.get_state(section["gkb"]) == "published"


def check_directories():
    areas = defaultdict(set)
    for brain in api.content.find(portal_type="DisclosureDirectory"):
        directory = brain.getObject()
        owner = directory.__parent__.getId()
        areas[owner if owner in TOWNS else "district"].add(directory.area)
        assert directory.items_in_order(), brain.getPath()
        competent = directory.competent_department.to_object
        assert competent is not None and competent != directory.__parent__
    assert set(areas) == {"district", *TOWNS}
    assert all(len(found) >= 6 for found in areas.values()), areas


def check_information():
    brains = api.content.find(portal_type="GovernmentInformation")
    assert len(brains) >= 30
    linked = [b for b in brains if b.getObject().disclosure_items]
    assert len(linked) >= 25
    for brain in brains:
        info = brain.getObject()
        public = api.content.get_state(info) == "published"
        assert public == (info.disclosure_attribute == "proactive"), brain.getPath()
        assert info.index_number.startswith(info.__parent__.code + "/")


def check_interpretations():
    interpretations = api.content.find(portal_type="PolicyInterpretation")
    assert len(interpretations) == 2
    for brain in interpretations:
        obj = brain.getObject()
        assert obj.policy.to_object.genre == "normative"
        assert obj.questions and obj.background.raw


def check_accounts(portal):
    from zwgk.units.groups import OFFICE_GROUP

    for unit_id in ("gkb", *TOWNS):
        for suffix, kind in (("editor", "editors"), ("reviewer", "reviewers")):
            user = api.user.get(userid=f"{unit_id}-{suffix}")
            groups = [g.getId() for g in api.group.get_groups(user=user)]
            assert f"{unit_id}-{kind}" in groups
        approver = api.user.get(userid=f"{unit_id}-approver")
        assert portal.acl_users.authenticate(f"{unit_id}-approver", "zwgk-demo", None)
        assert "Approver" in approver.getRolesInContext(portal["zwgk"][unit_id])
    office = [u.getId() for u in api.user.get_users(groupname=OFFICE_GROUP)]
    assert office == ["gkb-approver"]
    assert api.user.get(userid="czj-editor") is None  # departments: no demo accounts


def check_applications():
    from zwgk.applications.demo import DEMO_QUERY_CODE
    from zwgk.applications.intake import find_with_code

    brains = api.content.find(portal_type="DisclosureApplication")
    states = sorted(b.review_state for b in brains)
    assert states == [
        "answered",
        "consultation",
        "pending",
        "processing",
        "processing",
    ]
    for brain in brains:
        application = brain.getObject()
        assert find_with_code(application.tracking_number, DEMO_QUERY_CODE)
        assert not find_with_code(application.tracking_number, "WRONGCODE2")
        assert application.deadline_log  # the clock was recorded
    [answered] = [b.getObject() for b in brains if b.review_state == "answered"]
    assert answered.outcome == "disclosed" and answered.reply
    received = {b.getObject().channel for b in brains}
    assert received == {"online", "in_person", "post"}


def test_demo_district(demo_portal):
    from plone.app.testing import applyProfile
    from plone.app.testing import logout

    check_units(demo_portal["zwgk"])
    check_directories()
    check_information()
    check_interpretations()
    check_accounts(demo_portal)
    check_applications()

    # applying the profile again changes nothing
    kinds = [
        "GovernmentInformation",
        "DisclosureItem",
        "OrgUnit",
        "DisclosureApplication",
    ]
    before = len(api.content.find(portal_type=kinds))
    applyProfile(demo_portal, "zwgk:demo")
    assert len(api.content.find(portal_type=kinds)) == before

    # anonymous visitors see proactive information only
    logout()
    brains = api.content.find(portal_type="GovernmentInformation")
    assert brains
    assert {b.disclosure_attribute for b in brains} == {"proactive"}
