"""A unit's page (机构): the contact data its 政府信息公开指南 prints, its
standard directories by area, and its latest public information."""

from plone import api
from zope.schema import getFields
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.directories.versions import versions
from zwgk.disclosure_column.browser.column import ColumnView
from zwgk.vocabularies.titles import term_title


FIELDS = getFields(IOrgUnit)
CONTACT = ("address", "office_hours", "phone", "fax", "email", "postal_code")
LATEST = 20


class OrgUnitView(ColumnView):
    """The unit's page opens its 政府信息公开专栏 (the column's navigation)."""

    def facts(self):
        """(label, value) of the unit's code, level and contact data, if set."""
        context = self.context
        values = {
            "code": context.code,
            "level": term_title("zwgk.vocabularies.levels", context.level, context),
        }
        values.update({name: getattr(context, name, None) for name in CONTACT})
        return [(FIELDS[name].title, value) for name, value in values.items() if value]

    def _find(self, **query):
        path = "/".join(self.context.getPhysicalPath())
        return api.content.find(path={"query": path, "depth": 1}, **query)

    def directories(self):
        """The unit's directories, by area title."""
        found = [
            {
                "title": brain.Title,
                "url": brain.getURL(),
                "area": term_title(
                    "zwgk.vocabularies.areas", brain.disclosure_area, self.context
                ),
            }
            for brain in self._find(portal_type="DisclosureDirectory")
        ]
        shown = {d["url"] for d in found}
        for directory in self.context.directories():
            if directory.absolute_url() in shown or not versions(directory):
                continue
            # under revision: its page shows the public the last approved version
            found.append(
                {
                    "title": versions(directory)[-1]["title"],
                    "url": directory.absolute_url(),
                    "area": term_title(
                        "zwgk.vocabularies.areas", directory.area, self.context
                    ),
                }
            )
        return sorted(found, key=lambda d: d["area"])

    def information(self):
        """The latest information you may see, newest first (成文日期 is always set)."""
        return self._find(
            portal_type="GovernmentInformation",
            sort_on="written_date",
            sort_order="descending",
            sort_limit=LATEST,
        )[:LATEST]
