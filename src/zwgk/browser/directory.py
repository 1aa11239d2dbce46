"""The standard table of a directory (政务公开事项标准目录), national column order."""

from itertools import groupby
from plone import api
from Products.Five import BrowserView
from zwgk.browser.terms import term_title
from zwgk.browser.terms import term_titles
from zwgk.directory_import import ADD_PERMISSION
from zwgk.directory_io import COLUMNS


HEADERS = tuple(header for _key, header in COLUMNS)


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
        context = self.context
        rows = []
        for number, item in enumerate(context.items_in_order(), start=1):
            rows.append(
                {
                    "number": number,
                    "url": item.absolute_url(),
                    "item_level1": item.item_level1,
                    "item_level2": item.item_level2 or "",
                    "content": item.content,
                    "basis": item.basis,
                    "time_limit": item.time_limit,
                    "responsible_body": item.responsible_body,
                    "channels": term_titles(
                        "zwgk.vocabularies.channels", item.channels, context
                    ),
                    "audience": term_title(
                        "zwgk.vocabularies.audiences", item.audience, context
                    ),
                    "mode": term_title("zwgk.vocabularies.modes", item.mode, context),
                    "levels": term_titles(
                        "zwgk.vocabularies.levels", item.levels, context
                    ),
                }
            )
        return [
            {"title": title, "rows": list(group)}
            for title, group in groupby(rows, key=lambda row: row["item_level1"])
        ]
