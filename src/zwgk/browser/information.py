"""政府信息 page: the metadata block Chinese portals show, above the text."""

from plone import api
from Products.Five import BrowserView
from zwgk.browser.terms import term_title
from zwgk.relations import back_references


class InformationView(BrowserView):
    def metadata(self):
        """(label, value) pairs in the customary order."""
        context = self.context
        validity = term_title("zwgk.vocabularies.validity", context.validity, context)
        return [
            ("索引号", context.index_number or ""),
            ("文号", context.document_number or ""),
            ("发布机构", context.publisher or ""),
            ("成文日期", context.written_date or ""),
            ("发布日期", context.publication_date or ""),
            (
                "主题分类",
                term_title("zwgk.vocabularies.topics", context.topic, context),
            ),
            ("体裁", term_title("zwgk.vocabularies.genres", context.genre, context)),
            ("有效性", validity),
        ]

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
        }

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
