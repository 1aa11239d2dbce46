"""The information page: attachments, publisher, related interpretations."""

from plone import api
from plone.app.testing import logout
from plone.namedfile.file import NamedBlobFile
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified
from zwgk.testing import add_information
from zwgk.testing import add_unit


class TestInformationPage:
    def test_attachments_with_file_name_and_size(self, manager):
        unit = add_unit(manager["zwgk"], "czj", "财政局", "113601005", "district")
        info = add_information(unit, "2026年预算公开")
        api.content.create(
            container=info,
            type="File",
            id="budget",
            title="预算表",
            file=NamedBlobFile(b"x" * 2048, filename="2026年预算表.xlsx"),
        )
        html = info.restrictedTraverse("@@view")()
        assert "附件" in html and "预算表" in html
        assert "2026年预算表.xlsx" in html and "2.0 KB" in html
        assert f"{info.absolute_url()}/budget/@@download/file" in html

    def test_publisher_defaults_to_the_unit(self, manager):
        unit = add_unit(manager["zwgk"], "czj", "财政局", "113601005", "district")
        info = add_information(unit, "通知")
        html = info.restrictedTraverse("@@view")()
        metadata = html[html.index("zwgk-metadata") :]
        assert "发布机构" in metadata and "财政局" in metadata

    def test_anonymous_does_not_see_an_unpublished_interpretation(self, manager):
        unit = add_unit(manager["zwgk"], "czj", "财政局", "113601005", "district")
        policy = add_information(unit, "某某办法")
        api.content.transition(obj=policy, to_state="published")
        interpretation = api.content.create(
            container=unit,
            type="PolicyInterpretation",
            title="起草中的解读",
            form="text",
            disclosure_attribute="proactive",
        )
        interpretation.policy = RelationValue(getUtility(IIntIds).getId(policy))
        modified(interpretation)
        assert "起草中的解读" in policy.restrictedTraverse("@@view")()
        logout()
        assert "起草中的解读" not in policy.restrictedTraverse("@@view")()
