"""Public 历史版本 of a unit's directories, served from the approved snapshots.

Registered on the unit, not on the directory: while a directory is being
revised it is not public, but its approved versions stay readable here and
nothing of the unapproved revision leaks.
"""

from Products.Five import BrowserView
from zExceptions import NotFound
from zwgk.directories.browser.table import HEADERS
from zwgk.directories.browser.table import table_groups
from zwgk.directories.versions import versions
from zwgk.parameters import text
from zwgk.vocabularies.titles import term_title


class DirectoryVersionsView(BrowserView):
    """``@@directory-versions`` (all directories) or ``?directory=<id>&number=N``."""

    headers = HEADERS

    def directories(self):
        """(directory id, area title, its approved versions newest first)."""
        found = []
        for directory in self.context.directories():
            kept = versions(directory)
            if kept:
                area = term_title(
                    "zwgk.vocabularies.areas", directory.area, self.context
                )
                found.append((directory.getId(), area, list(reversed(kept))))
        return found

    def selected(self):
        """The version asked for, or None for the list."""
        name = text(self.request.form, "directory")
        if not name:
            return None
        number = text(self.request.form, "number")
        for directory_id, _area, kept in self.directories():
            if directory_id == name:
                for version in kept:
                    if not number or str(version["number"]) == number:
                        return version
        raise NotFound("没有这个版本")

    def groups(self, version):
        """The snapshot's rows grouped by 一级事项, as on the directory page."""
        return table_groups(version["rows"], self.context)
