"""信息公开指南: built from a unit's data, with the unit's own text above.

On the 政务公开 section it is the guide of the disclosure office (公开办,
the unit marked ``disclosure_office``), followed by links to every unit's
guide.
"""

from plone import api
from zope.schema import getFields
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.disclosure_column.browser.column import ColumnView
from zwgk.disclosure_column.browser.column import application_url
from zwgk.disclosure_column.browser.column import units


FIELDS = getFields(IOrgUnit)
# 受理机构 contact data, in the order guides print it
CONTACT = ("address", "office_hours", "phone", "fax", "postal_code", "email")


def office_unit(scope):
    """The unit marked as the district's disclosure office, if any is public."""
    for unit in units(scope):
        if getattr(unit, "disclosure_office", False):
            return unit
    return None


class DisclosureGuideView(ColumnView):
    current = "disclosure-guide"

    def unit(self):
        if self.is_unit:
            return self.context
        return office_unit(self.context)

    def owner_title(self):
        """Whose guide: the unit's, or on the section the district's own."""
        if self.is_unit:
            return self.context.Title()
        return api.portal.get().Title()

    def receiving_office(self, unit):
        """(label, value) rows of the 受理机构 block."""
        rows = [
            (
                FIELDS["application_office"].title,
                getattr(unit, "application_office", None) or unit.Title(),
            )
        ]
        for name in CONTACT:
            value = getattr(unit, name, None)
            if value:
                rows.append((FIELDS[name].title, value))
        return rows

    def guide_text(self, unit):
        text = getattr(unit, "guide_text", None)
        return text.output if text is not None and text.raw.strip() else ""

    def application_url(self):
        return application_url(self.context)

    def unit_guides(self):
        """Other units' guides (on the district's page), grouped by level."""
        if self.is_unit:
            return []
        office = self.unit()
        groups = []
        for group in self.units_by_level():
            members = [u for u in group["units"] if u != office]
            if members:
                groups.append({"title": group["title"], "units": members})
        return groups

    def can_edit(self, unit):
        return api.user.has_permission("Modify portal content", obj=unit)
