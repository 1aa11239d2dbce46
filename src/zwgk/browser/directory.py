"""The standard table of a directory (政务公开事项标准目录), national column order."""

from itertools import groupby
from plone import api
from Products.Five import BrowserView
from zwgk.browser.terms import term_title
from zwgk.browser.terms import titles_by_token
from zwgk.directory_import import ADD_PERMISSION
from zwgk.directory_import import item_row
from zwgk.directory_io import COLUMNS


HEADERS = tuple(header for _key, header in COLUMNS)


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


class DirectoryView(BrowserView):
    headers = HEADERS

    def can_import(self):
        return api.user.has_permission(ADD_PERMISSION, obj=self.context)

    def meta(self):
        context = self.context
        competent = context.competent_department
        return {
            "area": term_title("zwgk.vocabularies.areas", context.area, context),
            "level": term_title("zwgk.vocabularies.levels", context.level, context),
            "competent": competent.to_object
            if competent and not competent.isBroken()
            else None,
            "version": context.version,
            "in_force_from": context.in_force_from,
        }

    def groups(self):
        """Rows grouped by 一级事项, keeping table order; each row numbered."""
        items = self.context.items_in_order()
        rows = [dict(item_row(item), url=item.absolute_url()) for item in items]
        return table_groups(rows, self.context)
