"""信息公开制度 and 信息公开年报: two lists of the disclosure column.

Editors maintain them on the information itself: 信息公开制度 is information
marked ``disclosure_rule``, 年报 is information with a ``report_year`` (the
year reported on, not the year of publication: a report for 2025 comes out
by 31 March 2026).
"""

from itertools import groupby
from zwgk.disclosure_column.browser.column import ColumnView
from zwgk.disclosure_column.browser.column import public_information
from zwgk.index_numbers import owning_unit


class DisclosureRulesView(ColumnView):
    current = "disclosure-rules"

    def rows(self):
        return self.listing(public_information(self.context, disclosure_rule=True))


class AnnualReportsView(ColumnView):
    current = "annual-reports"

    def years(self):
        """[{year, reports}] newest year first; the district's own unit first."""
        brains = public_information(
            self.context,
            report_year={"query": 1, "range": "min"},
            sort_on="report_year",
            sort_order="descending",
        )
        found = []
        for year, group in groupby(brains, key=lambda brain: brain.report_year):
            reports = []
            for brain in group:
                info = brain.getObject()
                unit = owning_unit(info)
                reports.append(
                    {
                        "title": brain.Title,
                        "url": brain.getURL(),
                        "unit": unit.Title() if unit is not None else "",
                        "publication_date": brain.publication_date,
                    }
                )
            found.append({"year": year, "reports": reports})
        return found
