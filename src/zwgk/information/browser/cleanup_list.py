"""清理结果: the public list of a year's expired and repealed documents.

The district notice asks every unit to clean up its documents and publish
the result; marking information 失效 or 废止 (with date and note) is the
cleanup, and this page lists it per year and unit.
"""

from datetime import datetime
from plone import api
from Products.Five import BrowserView
from zwgk.codes import CHINA
from zwgk.index_numbers import owning_unit
from zwgk.parameters import text
from zwgk.vocabularies.titles import term_title


class CleanupView(BrowserView):
    """@@validity-cleanup?year=2026 on the site, the section or a unit."""

    def year(self):
        value = text(self.request.form, "year", max_length=20)
        if value.isascii() and value.isdigit() and 1949 < int(value) < 2200:
            return int(value)
        return datetime.now(CHINA).year

    def _ended(self):
        path = "/".join(self.context.getPhysicalPath())
        for brain in api.content.find(
            path=path,
            portal_type="GovernmentInformation",
            validity=["expired", "repealed"],
        ):
            yield brain.getObject()

    def entries(self):
        year = self.year()
        found = []
        for info in self._ended():
            if info.validity_date is None or info.validity_date.year != year:
                continue
            unit = owning_unit(info)
            found.append(
                {
                    "unit": unit.Title() if unit is not None else "",
                    "title": info.Title(),
                    "url": info.absolute_url(),
                    "document_number": info.document_number or "",
                    "state": term_title(
                        "zwgk.vocabularies.validity", info.validity, info
                    ),
                    "date": info.validity_date,
                    "note": info.validity_note or "",
                }
            )
        return sorted(found, key=lambda e: (e["unit"], e["date"]))

    def years(self):
        """Years that have cleanup results, newest first, for the year links."""
        years = {
            info.validity_date.year for info in self._ended() if info.validity_date
        }
        return sorted(years | {self.year()}, reverse=True)
