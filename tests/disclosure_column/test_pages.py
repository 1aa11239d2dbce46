"""政府信息公开专栏: the district's and the units' column pages.

The ``district`` fixture: a department (the disclosure office) and a town
in the 政务公开 section, with public, draft and withheld information.
"""

from datetime import date
from plone import api
from plone.app.testing import logout
from plone.app.textfield.value import RichTextValue
from zwgk.testing import add_unit

import pytest


def add_information(unit, title, state="published", **fields):
    values = {
        "written_date": date(2026, 3, 1),
        "topic": "finance",
        "genre": "notice",
        "disclosure_attribute": "proactive",
    }
    values.update(fields)
    info = api.content.create(
        container=unit, type="GovernmentInformation", title=title, **values
    )
    if state != "draft":
        api.content.transition(obj=info, to_state=state)
    return info


@pytest.fixture
def district(manager):
    """{name: object}: the section, units czj (office) and jqz, information."""
    section = manager["zwgk"]
    czj = add_unit(
        section,
        "czj",
        "财政局",
        "113601005",
        "district",
        address="经开区枫林西大街1号",
        phone="0791-83861050",
        application_office="区政务公开办公室",
        disclosure_office=True,
        guide_text=RichTextValue(
            "<p>本指南每年更新一次。</p>", "text/html", "text/x-html-safe"
        ),
    )
    jqz = add_unit(section, "jqz", "蛟桥镇", "MB1F77361", "town", phone="0791-1")
    found = {"section": section, "czj": czj, "jqz": jqz}
    found["budget"] = add_information(
        czj,
        "2026年财政预算公开",
        statutory_category="budgets",
        written_date=date(2026, 2, 1),
        publication_date=date(2026, 2, 5),
    )
    found["draft"] = add_information(
        czj, "草稿预算通知", state="draft", statutory_category="budgets"
    )
    found["withheld"] = add_information(
        czj,
        "内部审计报告",
        state="filed",
        statutory_category="budgets",
        disclosure_attribute="withheld",
        withholding_ground="internal_affairs",
        withholding_reason="内部事务信息",
    )
    found["rule"] = add_information(
        czj, "财政局政务公开保密审查制度", disclosure_rule=True
    )
    found["report_2024"] = add_information(
        czj, "财政局2024年政府信息公开工作年度报告", report_year=2024, genre="report"
    )
    found["report_2025"] = add_information(
        czj, "财政局2025年政府信息公开工作年度报告", report_year=2025, genre="report"
    )
    found["town_report"] = add_information(
        jqz, "蛟桥镇2025年政府信息公开工作年度报告", report_year=2025, genre="report"
    )
    found["subsidy"] = add_information(
        jqz,
        "蛟桥镇低保审核对象公示",
        statutory_category="livelihood",
        written_date=date(2026, 5, 1),
    )
    return found


def page(context, name, **form):
    request = context.REQUEST
    request.form.clear()
    request.form.update(form)
    return context.restrictedTraverse(f"@@{name}")()


ENTRIES = (
    "信息公开指南",
    "信息公开制度",
    "法定主动公开内容",
    "信息公开年报",
    "公开目录",
)


def test_sections_show_their_column_pages(portal):
    assert portal["zwgk"].getLayout() == "disclosure-column"
    assert portal["zcjd"].getLayout() == "policy-interpretations"


def test_district_column_lists_entries_and_units_by_level(district):
    section = district["section"]
    logout()
    html = page(section, "disclosure-column")
    for entry in ENTRIES:
        assert entry in html
    assert f"{section.absolute_url()}/@@disclosure-guide" in html
    assert f'href="{api.portal.get().absolute_url()}/@@apply"' in html
    assert html.index("区级") < html.index("财政局") < html.index("镇级")
    assert html.index("镇级") < html.index("蛟桥镇")


def test_unit_page_opens_the_unit_column(district):
    unit = district["jqz"]
    logout()
    html = unit.restrictedTraverse("@@view")()
    for entry in ENTRIES:
        assert entry in html
    assert f"{unit.absolute_url()}/@@proactive" in html
    # 依申请公开 is the district's one form, with this unit chosen
    assert f"{api.portal.get().absolute_url()}/@@apply?unit={unit.UID()}" in html


def test_current_entry_is_marked(district):
    html = page(district["czj"], "annual-reports")
    nav = html[html.index("zwgk-column-nav") :]
    nav = nav[: nav.index("</nav>")]
    assert nav.count('aria-current="page"') == 1
    current = nav[: nav.index('aria-current="page"')]
    assert "@@annual-reports" in current[current.rindex("<a") :]


class TestGuide:
    def test_unit_guide_from_its_data_with_its_text_first(self, district):
        logout()
        html = page(district["czj"], "disclosure-guide")
        assert "财政局政府信息公开指南" in html
        for text in ("受理机构", "区政务公开办公室", "经开区枫林西大街1号"):
            assert text in html
        office = html[html.index("受理机构及联系方式") : html.index("申请的提出")]
        assert "联系电话" in office and "传真" not in office  # not given: left out
        assert "本指南每年更新一次。" in html
        assert html.index("本指南每年更新一次。") < html.index("一、主动公开")
        assert "20个工作日" in html
        assert "编辑信息公开指南" not in html  # anonymous cannot edit

    def test_receiving_office_defaults_to_the_unit(self, district):
        html = page(district["jqz"], "disclosure-guide")
        start = html.index("受理机构及联系方式")
        assert "蛟桥镇" in html[start:] and "0791-1" in html[start:]

    def test_editors_get_an_edit_link(self, district):
        html = page(district["czj"], "disclosure-guide")
        assert "编辑信息公开指南" in html
        assert f"{district['czj'].absolute_url()}/edit" in html

    def test_edited_guide_text_is_shown(self, district):
        from plone.app.textfield.value import RichTextValue

        district["jqz"].guide_text = RichTextValue(
            "<p>镇党政办负责信息公开。</p>", "text/html", "text/x-html-safe"
        )
        logout()
        assert "镇党政办负责信息公开。" in page(district["jqz"], "disclosure-guide")

    def test_district_guide_is_the_office_guide_with_unit_links(self, district):
        section = district["section"]
        logout()
        html = page(section, "disclosure-guide")
        assert f"{api.portal.get().Title()}政府信息公开指南" in html
        assert "区政务公开办公室" in html and "本指南每年更新一次。" in html
        assert f"{district['jqz'].absolute_url()}/@@disclosure-guide" in html

    def test_district_without_office_says_so(self, district):
        district["czj"].disclosure_office = False
        html = page(district["section"], "disclosure-guide")
        assert "尚未指定政府信息公开工作机构" in html
        assert f"{district['czj'].absolute_url()}/@@disclosure-guide" in html


class TestProactive:
    @pytest.mark.parametrize("anonymous", [True, False])
    def test_by_category_shows_public_information_only(self, district, anonymous):
        if anonymous:
            logout()
        html = page(district["section"], "proactive")
        assert "财政预算、决算信息" in html and "2026年财政预算公开" in html
        assert "扶贫、教育、医疗、社会保障" in html and "蛟桥镇低保审核对象公示" in html
        # drafts and withheld information are not proactive disclosure, even
        # for staff who may see them elsewhere
        assert "草稿预算通知" not in html and "内部审计报告" not in html
        assert html.index("财政预算、决算信息") < html.index(
            "扶贫、教育"
        )  # 第二十条 order
        assert "未标注类别" in html  # the rule and the reports have no category

    def test_unit_scope(self, district):
        html = page(district["jqz"], "proactive")
        assert "蛟桥镇低保审核对象公示" in html and "2026年财政预算公开" not in html

    def test_one_category_page_by_page(self, district):
        for number in range(22):
            add_information(
                district["czj"],
                f"预算调整公告{number:02d}",
                statutory_category="budgets",
            )
        logout()
        html = page(district["section"], "proactive", category="budgets")
        assert html.count("预算调整公告") == 20
        assert "蛟桥镇低保审核对象公示" not in html
        second = page(
            district["section"], "proactive", category="budgets", b_start="20"
        )
        assert second.count("预算调整公告") == 2 and "2026年财政预算公开" in second

    def test_overview_links_to_the_whole_group(self, district):
        html = page(district["section"], "proactive")
        assert "@@proactive?category=budgets" in html

    def test_by_area(self, district, portal):
        from z3c.relationfield import RelationValue
        from zope.component import getUtility
        from zope.intid.interfaces import IIntIds
        from zwgk.testing import make_item

        directory = api.content.create(
            container=district["jqz"],
            type="DisclosureDirectory",
            title="蛟桥镇社会救助领域基层政务公开标准目录",
            area="social-assistance",
            level="town",
        )
        item = make_item(directory, "最低生活保障", "审核对象公示")
        info = district["subsidy"]
        info.disclosure_items = [RelationValue(getUtility(IIntIds).getId(item))]
        info.reindexObject()
        logout()
        html = page(district["section"], "proactive", by="area")
        assert "社会救助" in html and "蛟桥镇低保审核对象公示" in html
        assert "2026年财政预算公开" not in html  # fulfils no directory item
        only = page(district["section"], "proactive", area="social-assistance")
        assert "蛟桥镇低保审核对象公示" in only

    def test_unknown_group_shows_the_overview(self, district):
        html = page(district["section"], "proactive", category="no-such")
        assert "财政预算、决算信息" in html


def test_rules_list_only_rules(district):
    add_information(
        district["czj"], "未公开的制度草稿", state="draft", disclosure_rule=True
    )
    logout()
    html = page(district["section"], "disclosure-rules")
    assert "财政局政务公开保密审查制度" in html
    assert "2026年财政预算公开" not in html and "未公开的制度草稿" not in html
    empty = page(district["jqz"], "disclosure-rules")
    assert "暂无信息公开制度" in empty and "<table" not in empty


def test_annual_reports_newest_year_first(district):
    add_information(
        district["czj"], "财政局2023年年报（草稿）", state="draft", report_year=2023
    )
    logout()
    html = page(district["section"], "annual-reports")
    assert html.index("2025年度") < html.index("2024年度")
    year_2025 = html[html.index("2025年度") : html.index("2024年度")]
    assert "财政局2025年" in year_2025 and "蛟桥镇2025年" in year_2025
    assert "2023" not in html  # the draft report
    town = page(district["jqz"], "annual-reports")
    assert "蛟桥镇2025年" in town and "财政局" not in town
