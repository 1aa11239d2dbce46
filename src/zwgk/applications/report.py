"""Table 3 of a unit (or of everything under a folder) for a year."""

from plone import api
from zwgk.applications.counts import Record
from zwgk.applications.counts import check
from zwgk.applications.counts import count
from zwgk.applications.counts import rows
from zwgk.applications.terms import table3


def applications(container):
    """Every application below ``container``, whoever asks (trusted code)."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="DisclosureApplication",
        path="/".join(container.getPhysicalPath()),
    )
    return [brain._unrestrictedGetObject() for brain in brains]


def record(application):
    return Record(
        applicant_type=application.applicant_type,
        received=application.received_on,
        concluded=application.concluded_on,
        outcome=application.outcome,
        ground=application.ground,
    )


def table3_counts(container, year):
    """{row id: {column id: n}} for ``year``: see ``zwgk.applications.counts``."""
    return count([record(a) for a in applications(container)], year)


def table3_report(container, year):
    """The table as JSON: columns, rows with titles and numbers, the row check."""
    table = table3_counts(container, year)
    return {
        "year": year,
        "title": container.Title(),
        "columns": table3()["columns"],
        "rows": rows(table),
        "check": {"ok": not check(table), "failing_columns": check(table)},
    }
