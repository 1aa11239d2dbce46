"""发布日期: set when information is published, if the editor left it empty.

Plone leaves ``effective`` empty when content is published through a
workflow; the feeds sort on it and the information page shows 发布日期, so
both are filled on 签发公开 (an imported 发布日期 is kept and mirrored).
"""

from DateTime import DateTime
from zwgk.codes import china_today


def fill_dates(obj):
    if getattr(obj, "publication_date", "absent") is None:
        obj.publication_date = china_today()
    if obj.effective_date is None:
        day = getattr(obj, "publication_date", None)
        obj.setEffectiveDate(
            DateTime(f"{day.isoformat()} 00:00:00 GMT+8") if day else DateTime()
        )
    obj.reindexObject(idxs=["effective", "publication_date", "publication_year"])


def set_publication_date(obj, event):
    if event.new_state is not None and event.new_state.id == "published":
        fill_dates(obj)
