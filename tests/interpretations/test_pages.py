"""The 政策解读 section and an interpretation beside its policy."""

from plone import api
from plone.app.testing import logout
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified
from zwgk.testing import add_information
from zwgk.testing import add_unit
from zwgk.testing import page


class TestInterpretations:
    def interpret(self, unit, policy, title, when, state="published"):
        interpretation = api.content.create(
            container=unit,
            type="PolicyInterpretation",
            title=title,
            form="qa",
            disclosure_attribute="proactive",
            effective_date=when,
        )
        interpretation.policy = RelationValue(getUtility(IIntIds).getId(policy))
        modified(interpretation)
        if state == "published":
            api.content.transition(obj=interpretation, to_state="published")
        return interpretation

    def test_newest_first_with_their_policy(self, manager):
        from DateTime import DateTime

        unit = add_unit(manager["zwgk"], "czj", "财政局", "113601005", "district")
        policy = add_information(
            unit, "某某资金管理办法", document_number="洪经财〔2026〕3号"
        )
        api.content.transition(obj=policy, to_state="published")
        self.interpret(unit, policy, "《某某资金管理办法》解读", DateTime("2026/03/02"))
        self.interpret(unit, policy, "《某某资金管理办法》图解", DateTime("2026/04/01"))
        self.interpret(unit, policy, "未发布的解读", DateTime("2026/05/01"), "draft")
        logout()
        html = page(manager["zcjd"], "policy-interpretations")
        assert html.index("图解") < html.index("》解读")
        assert "未发布的解读" not in html
        assert "解读的政策" in html and policy.absolute_url() in html
        assert "简明问答" in html and "财政局" in html

    def test_publishing_sets_the_publication_date(self, manager):
        from DateTime import DateTime

        unit = add_unit(manager["zwgk"], "czj", "财政局", "113601005", "district")
        policy = add_information(unit, "某某办法")
        api.content.transition(obj=policy, to_state="published")
        interpretation = self.interpret(unit, policy, "解读", None, "draft")
        assert interpretation.effective_date is None
        api.content.transition(obj=interpretation, to_state="published")
        first = interpretation.effective_date
        assert first is not None and DateTime() - first < 1
        html = page(manager["zcjd"], "policy-interpretations")
        assert first.asdatetime().date().isoformat() in html

    def test_empty_section(self, portal):
        logout()
        html = page(portal["zcjd"], "policy-interpretations")
        assert "暂无政策解读" in html
