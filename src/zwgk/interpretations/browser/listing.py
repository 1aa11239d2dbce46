"""政策解读 section: every published interpretation, newest first, with its policy.

Interpretations live in their unit's folder next to the policy; the section
(the ``zcjd`` folder's default view) gathers them from the whole site.
"""

from plone import api
from plone.batching import Batch
from Products.Five import BrowserView
from zwgk.index_numbers import owning_unit
from zwgk.parameters import whole_number
from zwgk.vocabularies.titles import term_title


PAGE_SIZE = 20


class InterpretationListView(BrowserView):
    def batch(self):
        brains = api.content.find(
            portal_type="PolicyInterpretation",
            review_state="published",
            # effective is only set when an editor gives a publishing date
            sort_on=["effective", "created"],
            sort_order="descending",
        )
        start = whole_number(self.request.form, "b_start", 0, low=0)
        return Batch(brains, PAGE_SIZE, start)

    def entry(self, brain):
        interpretation = brain.getObject()
        unit = owning_unit(interpretation)
        return {
            "title": brain.Title,
            "url": brain.getURL(),
            "description": brain.Description,
            "date": (interpretation.effective_date or interpretation.created())
            .asdatetime()
            .date(),
            "form": term_title(
                "zwgk.vocabularies.interpretation_forms",
                interpretation.form,
                interpretation,
            ),
            "unit": unit.Title() if unit is not None else "",
            "policy": self._policy(interpretation),
        }

    def _policy(self, interpretation):
        """The interpreted policy, if the reader may see it."""
        relation = interpretation.policy
        if relation is None or relation.isBroken():
            return None
        policy = relation.to_object
        if policy is None or not api.user.has_permission("View", obj=policy):
            return None
        return {
            "title": policy.Title(),
            "url": policy.absolute_url(),
            "document_number": policy.document_number or "",
        }
