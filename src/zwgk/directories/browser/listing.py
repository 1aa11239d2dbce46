"""公开目录: browse the standard directories by area, unit and level.

``@@directories?area=…&level=…&unit=…`` on the 政务公开 section or a unit.
A directory under revision keeps its row: its own page shows the public
the last approved version (历史版本) until the revision is approved.
"""

from plone import api
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
from zwgk.directories.versions import versions
from zwgk.disclosure_column.browser.column import ColumnView
from zwgk.disclosure_column.browser.column import units
from zwgk.index_numbers import owning_unit
from zwgk.parameters import text
from zwgk.vocabularies.titles import term_title


FILTERS = ("area", "level", "unit")
LEVELS = ("district", "town")


class DirectoriesView(ColumnView):
    current = "directories"

    def chosen(self):
        form = self.request.form
        return {name: text(form, name) for name in FILTERS}

    def options(self):
        """Choices of the filter form: {name: [(token, title)]}."""

        def terms(name):
            vocabulary = getUtility(IVocabularyFactory, name)(self.context)
            return [(term.token, term.title) for term in vocabulary]

        return {
            "area": terms("zwgk.vocabularies.areas"),
            # directories are district or town level (村居 follow their town)
            "level": [
                term for term in terms("zwgk.vocabularies.levels") if term[0] in LEVELS
            ],
            "unit": [(unit.getId(), unit.Title()) for unit in units(self.context)],
        }

    def _query(self):
        chosen = self.chosen()
        query = {
            "path": "/".join(self.context.getPhysicalPath()),
            "portal_type": "DisclosureDirectory",
        }
        if chosen["area"]:
            query["disclosure_area"] = chosen["area"]
        if chosen["level"]:
            query["disclosure_levels"] = chosen["level"]
        if chosen["unit"]:
            unit = self.context.get(chosen["unit"])
            if unit is None:
                return None
            query["path"] = "/".join(unit.getPhysicalPath())
        return query

    def _public(self, query):
        """(directory, url) of the directories the public may read."""
        catalog = api.portal.get_tool("portal_catalog")
        visible = {brain.UID for brain in catalog(**query)}
        # unrestricted: a directory under revision still has a public version
        for brain in catalog.unrestrictedSearchResults(**query):
            directory = brain._unrestrictedGetObject()
            if brain.UID in visible:
                yield directory, brain.getURL()
            elif versions(directory):
                yield directory, directory.absolute_url()

    def rows(self):
        """Table rows in the areas' official order, district before town."""
        query = self._query()
        if query is None:
            return []
        areas = [token for token, _title in self.options()["area"]]
        found = []
        for directory, url in self._public(query):
            unit = owning_unit(directory)
            found.append(
                {
                    "title": directory.Title(),
                    "url": url,
                    "area": term_title(
                        "zwgk.vocabularies.areas", directory.area, self.context
                    ),
                    "level": term_title(
                        "zwgk.vocabularies.levels", directory.level, self.context
                    ),
                    "unit": unit.Title() if unit is not None else "",
                    "version": directory.version,
                    "in_force_from": directory.in_force_from,
                    "order": (
                        areas.index(directory.area)
                        if directory.area in areas
                        else len(areas),
                        LEVELS.index(directory.level)
                        if directory.level in LEVELS
                        else len(LEVELS),
                    ),
                }
            )
        return sorted(found, key=lambda row: (row["order"], row["unit"]))
