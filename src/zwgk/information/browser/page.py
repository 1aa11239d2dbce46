"""政府信息 page: the metadata block Chinese portals show, above the text."""

from plone import api
from Products.Five import BrowserView
from zope.schema import getFields
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.behaviors.validity import IValidity
from zwgk.content_types.information import IGovernmentInformation
from zwgk.index_numbers import owning_unit
from zwgk.portal.layout import full_width
from zwgk.relations import back_references
from zwgk.vocabularies.titles import term_title


# 索引号, 文号, 发布机构, 成文日期, 发布日期, 主题分类, 体裁, 有效性
FIELDS = {
    **getFields(IIndexNumber),
    **getFields(IGovernmentInformation),
    **getFields(IValidity),
}

ATTACHMENT_FIELDS = {"File": "file", "Image": "image"}


def human_size(size):
    """A file size as readers expect it: 512 B, 12.3 KB, 4.5 MB."""
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


class InformationView(BrowserView):
    def __call__(self):
        full_width(self.request)
        return self.index()

    def metadata(self):
        """(label, value) pairs in the customary order; labels are field titles."""
        context = self.context
        values = {
            "index_number": context.index_number or "",
            "document_number": context.document_number or "",
            "publisher": self.publisher(),
            "written_date": context.written_date or "",
            "publication_date": context.publication_date or "",
            "topic": term_title("zwgk.vocabularies.topics", context.topic, context),
            "genre": term_title("zwgk.vocabularies.genres", context.genre, context),
            "validity": term_title(
                "zwgk.vocabularies.validity", context.validity, context
            ),
        }
        return [(FIELDS[name].title, value) for name, value in values.items()]

    def publisher(self):
        """发布机构: as entered, else the unit the information belongs to."""
        if self.context.publisher:
            return self.context.publisher
        unit = owning_unit(self.context)
        return unit.Title() if unit is not None else ""

    def validity_notice(self):
        context = self.context
        if (context.validity or "valid") == "valid":
            return None
        return {
            "state": term_title(
                "zwgk.vocabularies.validity", context.validity, context
            ),
            "date": context.validity_date,
            "note": context.validity_note or "",
            "replacement": self._replacement(),
        }

    def _replacement(self):
        """The replacing document, if set and visible to the reader."""
        relation = getattr(self.context, "replaced_by", None)
        if relation is None or relation.isBroken():
            return None
        target = relation.to_object
        if target is None or not api.user.has_permission("View", obj=target):
            return None
        return {"title": target.Title(), "url": target.absolute_url()}

    def attachments(self):
        """附件 you may see: title, file name, size and the download link.

        plone.namedfile's @@download sends ``filename*=UTF-8''…`` (RFC 6266),
        so Chinese file names survive the download.
        """
        found = []
        for obj in self.context.objectValues():
            field = ATTACHMENT_FIELDS.get(obj.portal_type)
            blob = getattr(obj, field, None) if field else None
            if blob is None or not api.user.has_permission("View", obj=obj):
                continue
            found.append(
                {
                    "title": obj.Title() or blob.filename,
                    "filename": blob.filename or "",
                    "size": human_size(blob.getSize()),
                    "url": f"{obj.absolute_url()}/@@download/{field}",
                }
            )
        return found

    def interpretations(self):
        """Interpretations pointing at this policy (back relation), that you may see."""
        return [
            obj
            for obj in back_references(self.context, "policy")
            if api.user.has_permission("View", obj=obj)
        ]
