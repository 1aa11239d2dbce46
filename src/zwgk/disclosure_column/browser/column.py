"""政府信息公开专栏: the disclosure column of the district and of each unit.

The column's pages are views on a folder, the *scope*: on the 政务公开
section they cover the whole district, on a unit (OrgUnit) just that unit.
Their listings only show what the law makes public: proactive (主动公开)
information that is published, whoever looks.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zwgk import _
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.index_numbers import owning_unit
from zwgk.vocabularies import LEVELS
from zwgk.vocabularies.titles import term_title


# (view name, title); 依申请公开 is the section's application form
ENTRIES = (
    ("disclosure-guide", _("Disclosure guide")),
    ("disclosure-rules", _("Disclosure rules")),
    ("proactive", _("Proactively disclosed information")),
    ("annual-reports", _("Annual reports")),
    ("directories", _("Disclosure directories")),
)


def application_url(context):
    """依申请公开: the site's application form, with the unit chosen on a unit."""
    url = f"{api.portal.get().absolute_url()}/@@apply"
    unit = context if IOrgUnit.providedBy(context) else owning_unit(context)
    return f"{url}?unit={unit.UID()}" if unit is not None else url


def section_of(context):
    """The top-level section holding ``context`` (政务公开), or the site."""
    chain = [obj for obj in aq_chain(aq_inner(context)) if hasattr(obj, "getId")]
    for obj, parent in zip(chain, chain[1:], strict=False):
        if IPloneSiteRoot.providedBy(parent):
            return obj
    return api.portal.get()


def public_information(scope, **query):
    """Catalog results of published proactive information below ``scope``."""
    query.setdefault("sort_on", "written_date")  # 成文日期 is always set
    query.setdefault("sort_order", "descending")
    return api.content.find(
        path="/".join(scope.getPhysicalPath()),
        portal_type="GovernmentInformation",
        review_state="published",
        disclosure_attribute="proactive",
        **query,
    )


def units(scope):
    """The units below ``scope`` (not itself) the reader may see, in folder order."""
    path = "/".join(scope.getPhysicalPath())
    brains = api.content.find(
        path=path, portal_type="OrgUnit", sort_on="getObjPositionInParent"
    )
    return [brain.getObject() for brain in brains if brain.getPath() != path]


class ColumnView(BrowserView):
    """Base of the column's pages: the scope, its title and the navigation."""

    current = "view"
    # the column's navigation and information table, as macros (no URL)
    column_macros = ViewPageTemplateFile("templates/column_macros.pt")

    @property
    def is_unit(self):
        return IOrgUnit.providedBy(self.context)

    def scope_url(self):
        return self.context.absolute_url()

    def nav_entries(self):
        base = self.scope_url()
        entries = [
            {
                "title": title,
                "url": f"{base}/@@{name}",
                "current": name == self.current,
            }
            for name, title in ENTRIES
        ]
        entries.append(
            {
                "title": _("Disclosure on application"),
                "url": application_url(self.context),
                "current": False,
            }
        )
        return entries

    def units_by_level(self):
        """[{level title, units}] for the levels that have public units."""
        found = units(self.context)
        groups = []
        for token, _title in LEVELS:
            members = [unit for unit in found if unit.level == token]
            if members:
                groups.append(
                    {
                        "title": term_title(
                            "zwgk.vocabularies.levels", token, self.context
                        ),
                        "units": members,
                    }
                )
        return groups

    def listing(self, brains):
        """Rows for the information table: title, 索引号, 发布日期 (else 成文日期)."""
        rows = []
        for brain in brains:
            date = brain.publication_date or brain.written_date
            rows.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "index_number": brain.index_number or "",
                    "date": date.isoformat() if date else "",
                }
            )
        return rows


class DisclosureColumnView(ColumnView):
    """The 政务公开 section's default view: the column's entries and the units."""

    current = "view"
