"""网站标识: the portal's identifiers shown in the footer, and its control panel.

Chinese government websites must show their 网站标识码 (from the national
government-website register), the ICP 备案号 and the 公安机关备案号, who
sponsors (主办单位) and who runs (承办单位) the site, and how to reach them.
An administrator edits them in Site Setup; the header's district name falls
back to the site title.
"""

from plone import api
from zope import schema
from zope.interface import Interface
from zwgk import _
from zwgk.controlpanels import registry_panel


PREFIX = "zwgk.site"


class ISiteSettings(Interface):
    district_name = schema.TextLine(
        title=_("District name"),
        description=_("Shown in the header; the site title when empty."),
        required=False,
    )
    subtitle = schema.TextLine(
        title=_("Header subtitle"),
        description=_("A line under the name, e.g. 政府信息公开平台."),
        required=False,
    )
    website_code = schema.TextLine(
        title=_("Website identification code"),
        description=_("From the national register of government websites."),
        required=False,
    )
    icp_number = schema.TextLine(
        title=_("ICP registration number"),
        description=_("e.g. 赣ICP备12345678号"),
        required=False,
    )
    icp_url = schema.URI(
        title=_("ICP registration link"),
        description=_("Where the ICP number links to (the MIIT filing system)."),
        required=False,
    )
    police_number = schema.TextLine(
        title=_("Public security registration number"),
        description=_("e.g. 赣公网安备 36010002000001号"),
        required=False,
    )
    police_url = schema.URI(
        title=_("Public security registration link"),
        required=False,
    )
    sponsor = schema.TextLine(
        title=_("Sponsored by"),
        description=_("The government body responsible for the website."),
        required=False,
    )
    organizer = schema.TextLine(
        title=_("Run by"),
        description=_("The office that runs the website day to day."),
        required=False,
    )
    phone = schema.TextLine(title=_("Contact phone"), required=False)
    email = schema.TextLine(title=_("Contact email"), required=False)
    address = schema.TextLine(title=_("Contact address"), required=False)


FIELDS = tuple(schema.getFieldNamesInOrder(ISiteSettings))


def site_settings():
    """{field: value} of the identifiers; missing records read as empty.

    A site upgraded from an older profile may lack the records until its
    upgrade step ran; the footer must not break meanwhile.
    """
    get = api.portal.get_registry_record
    return {name: get(f"{PREFIX}.{name}", default=None) or "" for name in FIELDS}


SiteSettingsControlPanel, SiteSettingsControlpanel = registry_panel(
    ISiteSettings,
    PREFIX,
    "zwgk-site-settings",
    _("Website identifiers"),
    _(
        "The identifiers and contacts every government website shows in its "
        "footer, and the district's name in the header."
    ),
)
