"""Installing zwgk: catalog indexes, the office group, the home page."""

from plone import api
from Products.CMFPlone.interfaces import INonInstallable
from zope.interface import implementer
from zwgk.catalog.indexes import add_catalog_indexes
from zwgk.units.groups import ensure_office_group


# the content types zwgk adds (profiles/default/types)
ZWGK_TYPES = (
    "OrgUnit",
    "DisclosureDirectory",
    "DisclosureItem",
    "GovernmentInformation",
    "PolicyInterpretation",
    "ApplicationFolder",
    "DisclosureApplication",
    "CitizenMessageFolder",
    "CitizenMessage",
    "OpinionFolder",
    "OpinionEvent",
    "TransferOrder",
)


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the uninstall profile from the add-ons control panel."""
        return ["zwgk:uninstall"]

    def getNonInstallableProducts(self):
        return []


HOME_VIEW = "zwgk-home"


def post_install(context):
    """Post-install handler of ``zwgk:default``."""
    add_catalog_indexes()
    ensure_office_group()
    set_home_page()
    from zwgk.public_opinion.access import opinion_folder

    opinion_folder()


def set_home_page(context=None):
    """The site root shows the portal's home page (首页)."""
    api.portal.get().setLayout(HOME_VIEW)


def unset_home_page():
    portal = api.portal.get()
    if portal.getLayout() == HOME_VIEW:
        fti = api.portal.get_tool("portal_types")[portal.portal_type]
        portal.setLayout(fti.default_view)
    fti = api.portal.get_tool("portal_types")[portal.portal_type]
    fti.view_methods = tuple(v for v in fti.view_methods if v != HOME_VIEW)
