"""政策解读 page: links its policy, shows the filled sections and the Q&A."""

from Products.Five import BrowserView
from zope.i18n import translate
from zwgk.content_types.interpretation import SECTIONS
from zwgk.vocabularies.titles import term_title


class InterpretationView(BrowserView):
    def policy(self):
        relation = self.context.policy
        if relation is None or relation.isBroken():
            return None
        return relation.to_object

    def form_title(self):
        return term_title(
            "zwgk.vocabularies.interpretation_forms", self.context.form, self.context
        )

    def sections(self):
        filled = []
        for name, title in SECTIONS:
            value = getattr(self.context, name, None)
            if value is not None and value.raw.strip():
                filled.append(
                    {
                        "title": translate(title, context=self.request),
                        "html": value.output,
                    }
                )
        return filled
