"""Type definitions: behaviors, containment, add permissions."""

from plone import api
from plone.api.exc import InvalidParameterError

import pytest


TYPES = [
    (
        "OrgUnit",
        "Organisation unit",
        True,
        {"DisclosureDirectory", "GovernmentInformation", "OrgUnit"},
    ),
    ("DisclosureDirectory", "Standard disclosure directory", False, {"DisclosureItem"}),
    ("DisclosureItem", "Disclosure item", False, set()),
    ("GovernmentInformation", "Government information", False, {"File", "Image"}),
    ("PolicyInterpretation", "Policy interpretation", False, {"File", "Image"}),
    ("ApplicationFolder", "Applications folder", False, {"DisclosureApplication"}),
    ("DisclosureApplication", "Application for government information", False, set()),
]


@pytest.mark.parametrize("name,title,global_allow,allowed", TYPES)
def test_fti(get_fti, name, title, global_allow, allowed):
    fti = get_fti(name)
    assert fti.title == title  # an English msgid; the UI shows its zh_CN text
    assert fti.global_allow is global_allow
    assert allowed <= set(fti.allowed_content_types)
    if not allowed:
        assert fti.allowed_content_types == ()


@pytest.mark.parametrize("name", ["GovernmentInformation", "PolicyInterpretation"])
@pytest.mark.parametrize(
    "behavior", ["zwgk.index_number", "zwgk.disclosure_attributes", "zwgk.validity"]
)
def test_publishable_types_share_behaviors(get_fti, name, behavior):
    assert behavior in get_fti(name).behaviors


def test_directory_holds_only_items(directory):
    with pytest.raises(InvalidParameterError):
        api.content.create(container=directory, type="Document", title="x")


def test_information_not_addable_at_site_root(manager):
    with pytest.raises(InvalidParameterError):
        api.content.create(container=manager, type="GovernmentInformation", title="x")


def test_anonymous_cannot_add_units(portal):
    from plone.app.testing import logout

    logout()
    assert api.user.has_permission("zwgk: Add OrgUnit", obj=portal) is False
