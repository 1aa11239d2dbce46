"""清理结果: the public yearly list of expired and repealed documents."""

from datetime import date
from plone import api
from plone.app.testing import logout


def information(unit, title, **fields):
    info = api.content.create(
        container=unit,
        type="GovernmentInformation",
        title=title,
        written_date=date(2024, 3, 1),
        topic="finance",
        genre="normative",
        disclosure_attribute="proactive",
        **fields,
    )
    api.content.transition(obj=info, to_state="published")
    return info


def test_cleanup_page_per_year_public(unit):
    information(
        unit,
        "旧的资金管理办法",
        document_number="洪经财字〔2024〕3号",
        validity="repealed",
        validity_date=date(2026, 6, 1),
        validity_note="被2026年新办法替代",
    )
    information(
        unit, "去年失效的通知", validity="expired", validity_date=date(2025, 5, 1)
    )
    information(unit, "有效的通知")
    api.content.transition(obj=unit, to_state="published")
    portal = api.portal.get()
    logout()
    request = portal.REQUEST
    request.form["year"] = "2026"
    html = portal.restrictedTraverse("@@validity-cleanup")()
    assert "2026年文件清理结果" in html
    assert "旧的资金管理办法" in html and "被2026年新办法替代" in html
    assert "废止" in html and "洪经财字〔2024〕3号" in html
    assert "去年失效的通知" not in html and "有效的通知" not in html
    assert "year=2025" in html  # a link to the other year

    request.form["year"] = "2025"
    html = portal.restrictedTraverse("@@validity-cleanup")()
    assert "去年失效的通知" in html and "旧的资金管理办法" not in html


def test_bad_year_falls_back_to_this_year(portal):
    portal.REQUEST.form["year"] = "<script>"
    html = portal.restrictedTraverse("@@validity-cleanup")()
    assert "<script>" not in html
    assert "本年度没有宣布失效或废止的文件" in html
