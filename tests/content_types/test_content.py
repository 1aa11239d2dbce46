"""Creating the content model: codes, titles, index numbers, indexes, views."""

from datetime import date
from plone import api
from zope.interface import Invalid
from zwgk.codes import INDEX_NUMBER_RE

import pytest


def make_information(unit, title="关于印发某某办法的通知", **extra):
    fields = dict(
        title=title,
        document_number="洪经管发〔2026〕1号",
        written_date=date(2026, 3, 2),
        publication_date=date(2026, 3, 5),
        topic="finance",
        genre="notice",
        disclosure_attribute="proactive",
    )
    fields.update(extra)
    return api.content.create(container=unit, type="GovernmentInformation", **fields)


class TestOrgUnit:
    def test_code_normalised(self, manager):
        unit = api.content.create(
            container=manager,
            type="OrgUnit",
            title="某局",
            code=" 11360100-5 ",
            level="town",
        )
        assert unit.code == "113601005"

    @pytest.mark.parametrize("code", ["113601006", "12345", "9135010OM000100Y43"])
    def test_bad_code_rejected_by_schema(self, code):
        from zwgk.content_types.org_unit import InvalidOrgCode
        from zwgk.content_types.org_unit import IOrgUnit

        field = IOrgUnit["code"]
        with pytest.raises(InvalidOrgCode) as info:
            field.validate(code)
        assert "代码" in str(info.value) or "校验" in str(info.value)

    def test_uscc_accepted(self):
        from zwgk.content_types.org_unit import IOrgUnit

        IOrgUnit["code"].validate("91350100M000100Y43")


class TestDirectory:
    def test_item_title_derived_from_levels(self, directory):
        from zwgk.testing import make_item

        item = make_item(directory, "政府预算", "一般公共预算")
        assert item.Title() == "政府预算 - 一般公共预算"
        same = make_item(directory, "政府决算", "政府决算")
        assert same.Title() == "政府决算"

    def test_table_view_in_national_order_grouped(self, directory, http_request):
        from zwgk.testing import make_item

        make_item(directory, "政府预算", "一般公共预算")
        make_item(directory, "政府预算", "政府性基金预算")
        make_item(directory, "政府决算", "一般公共预算决算")
        html = directory.restrictedTraverse("@@view")()
        headers = [
            "序号",
            "一级事项",
            "二级事项",
            "公开内容（要素）",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "公开对象",
            "公开方式",
            "公开层级",
        ]
        positions = [html.index(h) for h in headers]
        assert positions == sorted(positions)
        assert 'rowspan="2"' in html
        assert "政府网站" in html and "全社会" in html and "区级" in html

    def test_catalog_facets(self, directory, portal):
        from zwgk.testing import make_item

        make_item(
            directory,
            "政府预算",
            "一般公共预算",
            channels=["government-website", "new-media"],
        )
        catalog = portal.portal_catalog
        assert (
            len(
                catalog(
                    disclosure_area="budgets-and-final-accounts",
                    portal_type="DisclosureItem",
                )
            )
            == 1
        )
        assert len(catalog(disclosure_channels="new-media")) == 1
        assert len(catalog(disclosure_mode="proactive")) == 1
        assert (
            len(
                catalog(
                    org_unit=directory.__parent__.UID(), portal_type="DisclosureItem"
                )
            )
            == 1
        )


def test_directory_page_links_its_competent_department(manager, directory):
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds

    competent = api.content.create(
        container=manager,
        type="OrgUnit",
        id="gkb",
        title="管委会办公室",
        code="123601009",
        level="district",
    )
    directory.competent_department = RelationValue(getUtility(IIntIds).getId(competent))
    directory.in_force_from = __import__("datetime").date(2026, 3, 1)
    html = directory.restrictedTraverse("@@view")()
    assert f'href="{competent.absolute_url()}"' in html
    assert "2026-03-01" in html
    # Dublin Core's own effective date stays a DateTime (the byline uses it)
    assert directory.EffectiveDate() == "None"
    assert "管委会办公室" in html


class TestIndexNumber:
    def test_format_and_serials(self, unit):
        first = make_information(unit, "一")
        second = make_information(unit, "二")
        assert INDEX_NUMBER_RE.match(first.index_number)
        code, rest = first.index_number.split("/")
        assert code == "113601005"
        assert int(second.index_number[-5:]) == int(first.index_number[-5:]) + 1

    def test_never_reused_after_delete(self, unit):
        first = make_information(unit, "一")
        number = first.index_number
        api.content.delete(first)
        again = make_information(unit, "二")
        assert again.index_number != number

    def test_not_changed_by_edit(self, unit):
        info = make_information(unit)
        number = info.index_number
        info.title = "新标题"
        info.reindexObject()
        assert info.index_number == number
        assert api.content.find(index_number=number)[0].getObject() == info

    def test_serials_are_per_unit(self, manager, unit):
        other = api.content.create(
            container=manager,
            type="OrgUnit",
            title="蛟桥镇",
            code="123601009",
            level="town",
        )
        a = make_information(unit)
        b = make_information(other)
        assert a.index_number.endswith("-00001") and b.index_number.endswith("-00001")


class TestInformationView:
    def test_metadata_block(self, unit):
        info = make_information(unit)
        html = info.restrictedTraverse("@@view")()
        for label in (
            "索引号",
            "文号",
            "发布机构",
            "成文日期",
            "发布日期",
            "主题分类",
            "有效性",
        ):
            assert label in html
        assert info.index_number in html
        assert "财政、金融、审计" in html

    def test_repealed_notice(self, unit):
        info = make_information(
            unit,
            validity="repealed",
            validity_date=date(2026, 6, 1),
            validity_note="已被新办法替代",
        )
        html = info.restrictedTraverse("@@view")()
        assert "本文件已废止" in html and "已被新办法替代" in html

    def test_repealed_notice_links_its_replacement(self, unit):
        from z3c.relationfield import RelationValue
        from zope.component import getUtility
        from zope.intid.interfaces import IIntIds

        new = make_information(unit, title="新的资金管理办法")
        old = make_information(
            unit,
            title="旧办法",
            validity="repealed",
            validity_date=date(2026, 6, 1),
            replaced_by=RelationValue(getUtility(IIntIds).getId(new)),
        )
        html = old.restrictedTraverse("@@view")()
        assert "替代文件" in html and new.absolute_url() in html

    def test_interpretation_back_relation(self, unit):
        from z3c.relationfield import RelationValue
        from zope.component import getUtility
        from zope.intid.interfaces import IIntIds
        from zope.lifecycleevent import modified

        policy = make_information(unit)
        interpretation = api.content.create(
            container=unit,
            type="PolicyInterpretation",
            title="《某某办法》解读",
            form="qa",
            disclosure_attribute="proactive",
            questions=[{"question": "谁可以申请？", "answer": "本区居民。"}],
        )
        interpretation.policy = RelationValue(getUtility(IIntIds).getId(policy))
        modified(interpretation)
        assert "《某某办法》解读" in policy.restrictedTraverse("@@view")()
        page = interpretation.restrictedTraverse("@@view")()
        assert policy.Title() in page and "谁可以申请？" in page


class TestDisclosureAttribute:
    def test_withheld_needs_ground_and_reason(self):
        from zwgk.behaviors.disclosure import IDisclosureAttributes

        class Data:
            disclosure_attribute = "withheld"
            withholding_ground = None
            withholding_reason = ""

        with pytest.raises(Invalid):
            IDisclosureAttributes.validateInvariants(Data())
        Data.withholding_ground = "state_secret"
        Data.withholding_reason = "涉及国家秘密"
        IDisclosureAttributes.validateInvariants(Data())


def test_a_copy_gets_its_own_index_number(unit):
    from plone import api

    import datetime

    original = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="info",
        title="通知",
        written_date=datetime.date(2026, 5, 1),
        disclosure_attribute="proactive",
    )
    copy = api.content.copy(source=original, target=unit, id="info-copy")
    assert copy.index_number
    assert copy.index_number != original.index_number


def test_a_bulk_loaded_number_is_kept_and_never_given_again(unit):
    from plone.dexterity.utils import createContent
    from zwgk.codes import CHINA

    import datetime

    year = datetime.datetime.now(CHINA).year
    obj = createContent(
        "GovernmentInformation",
        title="旧信息",
        written_date=datetime.date(2026, 1, 5),
        disclosure_attribute="proactive",
        index_number=f"113601005/{year}-00042",
    )
    obj.id = "old"
    unit._setObject("old", obj)
    assert unit["old"].index_number == f"113601005/{year}-00042"
    from plone import api

    fresh = api.content.create(
        container=unit,
        type="GovernmentInformation",
        title="新信息",
        written_date=datetime.date(2026, 5, 1),
        disclosure_attribute="proactive",
    )
    assert fresh.index_number == f"113601005/{year}-00043"


class TestOrgUnitView:
    def test_contact_directories_and_latest_information(self, unit, directory):
        unit.address = "南昌市经开区枫林西大街1号"
        unit.phone = "0791-83861001"
        make_information(unit, title="早的通知", written_date=date(2026, 1, 5))
        make_information(unit, title="新的通知", written_date=date(2026, 9, 1))
        html = unit.restrictedTraverse("@@view")()
        for text in ("机构代码", "113601005", "地址", "南昌市经开区枫林西大街1号"):
            assert text in html
        assert "传真" not in html  # empty fields are left out
        assert "财政预决算" in html and directory.absolute_url() in html
        assert html.index("新的通知") < html.index("早的通知")

    def test_anonymous_sees_only_published_information(self, unit):
        from plone.app.testing import logout

        public = make_information(unit, title="公开的通知")
        make_information(unit, title="草稿通知")
        api.content.transition(obj=public, to_state="published")
        api.content.transition(obj=unit, to_state="published")
        logout()
        html = unit.restrictedTraverse("@@view")()
        assert "公开的通知" in html and "草稿通知" not in html
