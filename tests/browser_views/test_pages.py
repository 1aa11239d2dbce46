"""公开目录 browsing, the 政策解读 section and the information page."""

from datetime import date
from plone import api
from plone.app.testing import logout
from plone.namedfile.file import NamedBlobFile
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified
from zwgk.testing import make_item

import re


def page(context, name, **form):
    request = context.REQUEST
    request.form.clear()
    request.form.update(form)
    return context.restrictedTraverse(f"@@{name}")()


def add_unit(section, unit_id, title, code, level):
    unit = api.content.create(
        container=section,
        type="OrgUnit",
        id=unit_id,
        title=title,
        code=code,
        level=level,
    )
    api.content.transition(obj=unit, to_state="published")
    return unit


def add_directory(unit, title, area, level, state="published"):
    directory = api.content.create(
        container=unit, type="DisclosureDirectory", title=title, area=area, level=level
    )
    make_item(directory, "事项", "", levels=[level])
    if state == "published":
        api.content.transition(obj=directory, to_state="published")
    return directory


def add_information(unit, title, **fields):
    values = {
        "written_date": date(2026, 3, 1),
        "topic": "finance",
        "genre": "normative",
        "disclosure_attribute": "proactive",
    }
    values.update(fields)
    return api.content.create(
        container=unit, type="GovernmentInformation", title=title, **values
    )


class TestDirectories:
    def setup_units(self, manager):
        section = manager["zwgk"]
        czj = add_unit(section, "czj", "财政局", "113601005", "district")
        jqz = add_unit(section, "jqz", "蛟桥镇", "MB1F77361", "town")
        add_directory(czj, "区财政预决算目录", "budgets-and-final-accounts", "district")
        add_directory(jqz, "镇财政预决算目录", "budgets-and-final-accounts", "town")
        add_directory(jqz, "镇社会救助目录", "social-assistance", "town")
        add_directory(
            jqz, "镇养老服务目录（草稿）", "elderly-care-services", "town", ""
        )
        return section, czj, jqz

    def test_all_public_directories_with_their_table_link(self, manager):
        section, czj, _jqz = self.setup_units(manager)
        logout()
        html = page(section, "directories")
        for title in ("区财政预决算目录", "镇财政预决算目录", "镇社会救助目录"):
            assert title in html
        assert "镇养老服务目录（草稿）" not in html  # not approved: not public
        # the areas' official order (财政预决算 before 社会救助), district first
        assert html.index("区财政预决算目录") < html.index("镇财政预决算目录")
        assert html.index("镇财政预决算目录") < html.index("镇社会救助目录")
        assert f"{czj.absolute_url()}/" in html and "财政预决算" in html

    def test_filter_by_area_level_and_unit(self, manager):
        section, _czj, _jqz = self.setup_units(manager)
        logout()
        html = page(section, "directories", area="budgets-and-final-accounts")
        assert "区财政预决算目录" in html and "镇财政预决算目录" in html
        assert "镇社会救助目录" not in html
        html = page(section, "directories", level="town")
        assert "区财政预决算目录" not in html and "镇社会救助目录" in html
        html = page(section, "directories", unit="czj")
        assert "区财政预决算目录" in html and "镇财政预决算目录" not in html
        html = page(section, "directories", unit="no-such-unit")
        assert "没有符合条件的标准目录" in html
        # the form keeps the choice (GET, works without JavaScript)
        html = page(section, "directories", level="town")
        assert re.search(r'<option value="town"\s+selected="selected"', html)

    def test_unit_scope(self, manager):
        _section, _czj, jqz = self.setup_units(manager)
        html = page(jqz, "directories")
        assert "镇社会救助目录" in html and "区财政预决算目录" not in html
        assert 'name="unit"' not in html  # no units below the town to choose

    def test_directory_under_revision_links_its_approved_version(self, manager):
        _section, czj, _jqz = self.setup_units(manager)
        directory = czj.directories()[0]
        api.content.transition(obj=directory, transition="revise")
        logout()
        html = page(manager["zwgk"], "directories")
        assert "区财政预决算目录" in html
        # its own page shows the public the approved version
        assert f'href="{directory.absolute_url()}"' in html
        assert "zwgk-approved-version" in directory.restrictedTraverse("@@view")()


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


def test_upgrade_sets_layouts_and_indexes(portal, setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("statutory_category")
    portal["zwgk"].setLayout("folder_listing")
    setup_tool.setLastVersionForProfile("zwgk:default", "20261126008")
    setup_tool.upgradeProfile("zwgk:default")
    assert "statutory_category" in catalog.indexes()
    assert portal["zwgk"].getLayout() == "disclosure-column"
    assert portal["zcjd"].getLayout() == "policy-interpretations"
