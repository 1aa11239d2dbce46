"""政府信息 page: the metadata block Chinese portals show, above the text."""

from plone import api
from Products.Five import BrowserView
from zope.schema import getFields
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.behaviors.validity import IValidity
from zwgk.browser.terms import term_title
from zwgk.content_types.information import IGovernmentInformation
from zwgk.relations import back_references


# 索引号, 文号, 发布机构, 成文日期, 发布日期, 主题分类, 体裁, 有效性
FIELDS = {
    **getFields(IIndexNumber),
    **getFields(IGovernmentInformation),
    **getFields(IValidity),
}


class InformationView(BrowserView):
    def metadata(self):
        """(label, value) pairs in the customary order; labels are field titles."""
        context = self.context
        values = {
            "index_number": context.index_number or "",
            "document_number": context.document_number or "",
            "publisher": context.publisher or "",
            "written_date": context.written_date or "",
            "publication_date": context.publication_date or "",
            "topic": term_title("zwgk.vocabularies.topics", context.topic, context),
            "genre": term_title("zwgk.vocabularies.genres", context.genre, context),
            "validity": term_title(
                "zwgk.vocabularies.validity", context.validity, context
            ),
        }
        return [(FIELDS[name].title, value) for name, value in values.items()]

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
        return [
            obj
            for obj in self.context.objectValues()
            if obj.portal_type in ("File", "Image")
        ]

    def interpretations(self):
        """Interpretations pointing at this policy (back relation), that you may see."""
        return [
            obj
            for obj in back_references(self.context, "policy")
            if api.user.has_permission("View", obj=obj)
        ]
