"""A consultation's JSON: its fields plus its state and, once out, its feedback.

The comments are not fields, so plone.restapi never serializes them; this
adds only what anybody may know: the state computed from the dates, the
number of approved comments and where to read them.
"""

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from zope.component import adapter
from zope.interface import implementer
from zwgk.content_types.consultation import IConsultation
from zwgk.interfaces import IZwgkLayer
from zwgk.participation import comments
from zwgk.participation import feedback
from zwgk.participation.services.comments import state_info


@implementer(ISerializeToJson)
@adapter(IConsultation, IZwgkLayer)
class ConsultationSerializer(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True, include_expansion=True):
        result = super().__call__(
            version=version,
            include_items=include_items,
            include_expansion=include_expansion,
        )
        consultation = self.context
        url = f"{consultation.absolute_url()}/@consultation-comments"
        result["consultation_state"] = state_info(consultation)
        result["comments"] = {
            "@id": f"{url}/public",
            "form": url,
            "shown": bool(consultation.show_comments),
            "items_total": comments.approved_count(consultation)
            if consultation.show_comments
            else 0,
        }
        published = feedback.published(consultation)
        if published is not None:
            result["feedback"] = {
                **published,
                "published": published["published"].isoformat(),
            }
        return result
