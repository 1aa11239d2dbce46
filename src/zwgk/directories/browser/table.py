"""The standard table of a directory (政务公开事项标准目录), national column order."""

from AccessControl import Unauthorized
from itertools import groupby
from pathlib import Path
from plone import api
from plone.memoize import ram
from plone.memoize.instance import memoize
from Products.Five import BrowserView
from zwgk.directories.importer import ADD_PERMISSION
from zwgk.directories.importer import item_row
from zwgk.directories.spreadsheet import COLUMNS
from zwgk.directories.versions import versions
from zwgk.fragments import fragment
from zwgk.portal.layout import full_width
from zwgk.vocabularies.titles import term_title
from zwgk.vocabularies.titles import titles_by_token


HEADERS = tuple(header for _key, header in COLUMNS)

TEMPLATES = Path(__file__).parent / "templates"
# a 200-row table has 2,400 cells: rendered as a fragment (see fragments.py)
ROWS = fragment(TEMPLATES / "directory_rows.pt")


def table_groups(rows, context):
    """Row dicts (as ``directory_import.item_row`` gives them) for display:
    numbered, coded columns as Chinese titles, grouped by 一级事项."""
    # one lookup table per vocabulary: a 200-row table has 800 coded cells
    channels, audiences, modes, levels = (
        titles_by_token(f"zwgk.vocabularies.{name}", context)
        for name in ("channels", "audiences", "modes", "levels")
    )

    def joined(titles, tokens):
        return "、".join(titles.get(token, token) for token in tokens or ())

    shown = []
    for number, row in enumerate(rows, start=1):
        shown.append(
            {
                **row,
                "number": number,
                "channels": joined(channels, row["channels"]),
                "audience": audiences.get(row["audience"], row["audience"] or ""),
                "mode": modes.get(row["mode"], row["mode"] or ""),
                "levels": joined(levels, row["levels"]),
            }
        )
    return [
        {"title": title, "rows": list(group)}
        for title, group in groupby(shown, key=lambda row: row["item_level1"])
    ]


def _table_body_key(method, view):
    """What the rendered rows depend on: the directory and its address, the
    rows (the catalog counter moves with every change to an item, its order
    or the set of items; an approved snapshot never changes) and the
    district's own channel names from the registry."""
    context = view.context
    if view.approved is not None:
        rows = ("approved", view.approved["number"])
    else:
        rows = ("draft", api.portal.get_tool("portal_catalog").getCounter())
    extra_channels = api.portal.get_registry_record("zwgk.extra_channels", default=None)
    return (context.UID(), context.absolute_url(), rows, tuple(extra_channels or ()))


class DirectoryView(BrowserView):
    """The directory's table.

    Registered public: while a published directory is being revised (修订),
    whoever may not see the working draft reads the version the competent
    department approved last, at the same address; a directory never
    approved stays closed to them.
    """

    headers = HEADERS
    approved = None  # the snapshot shown instead of the working draft

    def __call__(self):
        if not api.user.has_permission("View", obj=self.context):
            kept = versions(self.context)
            if not kept:
                raise Unauthorized("View")
            self.approved = kept[-1]
        full_width(self.request)
        return self.index()

    def can_import(self):
        return self.approved is None and api.user.has_permission(
            ADD_PERMISSION, obj=self.context
        )

    def title(self):
        if self.approved is not None:
            return self.approved["title"]
        return self.context.Title()

    @memoize
    def meta(self):
        context = self.context
        competent = context.competent_department
        meta = {
            # area and level are the directory's identity: a revision keeps them
            "area": term_title("zwgk.vocabularies.areas", context.area, context),
            "level": term_title("zwgk.vocabularies.levels", context.level, context),
            "competent": competent.to_object
            if competent and not competent.isBroken()
            else None,
            "version": context.version,
            "in_force_from": context.in_force_from,
            "approved_on": None,
        }
        if self.approved is not None:
            meta.update(
                version=self.approved["version"],
                in_force_from=self.approved["in_force_from"],
                approved_on=self.approved["approved_on"],
            )
        return meta

    def groups(self):
        """Rows grouped by 一级事项, keeping table order; each row numbered."""
        if self.approved is not None:
            return table_groups(self.approved["rows"], self.context)
        items = self.context.items_in_order()
        rows = [dict(item_row(item), url=item.absolute_url()) for item in items]
        return table_groups(rows, self.context)

    # kept in RAM: most of a big table's cost is reading every item
    @ram.cache(_table_body_key)
    def table_body(self):
        """The table's ``tbody`` elements, one per 一级事项, as HTML."""
        return ROWS(groups=self.groups())
