"""Bulk loads: what the REST API accepts, checked in full before anything is written."""

from plone import api
from zwgk.bulk.loader import BulkImportError
from zwgk.bulk.loader import load

import pytest


def information(**changes):
    record = {
        "@type": "GovernmentInformation",
        "parent": "czj",
        "title": "2026年区财政局部门预算",
        "written_date": "2026-02-01",
        "publication_date": "2026-02-10",
        "topic": "finance",
        "genre": "report",
        "disclosure_attribute": "proactive",
        "text": "<p>部门预算</p>",
    }
    record.update(changes)
    return record


def test_load_creates_objects_with_fields_relations_numbers_and_state(unit, directory):
    from zwgk.testing import make_item

    item = make_item(directory, "政府预算", "部门预算")
    (info,) = load(
        api.portal.get(),
        [
            information(
                id="bmys",
                disclosure_items=[item.UID()],
                review_state="published",
            )
        ],
    )
    assert info.getId() == "bmys"
    assert info.topic == "finance"
    assert info.text.raw == "<p>部门预算</p>"
    assert [r.to_object for r in info.disclosure_items] == [item]
    assert info.index_number.startswith("113601005/")
    assert api.content.get_state(info) == "published"
    assert api.content.find(
        UID=info.UID(), disclosure_area="budgets-and-final-accounts"
    )


def test_ids_from_titles_when_not_given(unit):
    first, second = load(api.portal.get(), [information(), information()])
    assert first.getId() != second.getId()
    assert first.index_number != second.index_number


def test_every_bad_record_is_reported_and_nothing_written(unit):
    records = [
        information(id="ok"),
        information(topic="weather", written_date="2026-02-30"),
        information(parent="nowhere"),
        {"@type": "Spaceship"},
        information(id="ok"),
        information(disclosure_attribute="withheld"),
        information(review_state="launched", id="x"),
    ]
    with pytest.raises(BulkImportError) as info:
        load(api.portal.get(), records)
    errors = info.value.errors
    assert any(
        e.startswith("第2条（2026年区财政局部门预算）：") and "主题" in e
        for e in errors
    )
    assert any(e.startswith("第2条") and "日期" in e for e in errors), errors
    assert any(e.startswith("第3条") and "上级位置“nowhere”不存在" in e for e in errors)
    assert "第4条：内容类型“Spaceship”不存在" in errors
    assert any(
        e.startswith("第5条") and "标识“ok”在本次导入中重复" in e for e in errors
    )
    assert any(e.startswith("第6条") and "不予公开" in e for e in errors), errors
    assert any(e.startswith("第7条") and "状态“launched”不存在" in e for e in errors)
    assert "ok" not in unit
    assert not api.content.find(portal_type="GovernmentInformation")


def test_type_not_allowed_in_container(unit):
    with pytest.raises(BulkImportError) as info:
        load(api.portal.get(), [information(parent="")])
    assert (
        info.value.errors
        == ["第1条（2026年区财政局部门预算）：“站点”中不能添加政府信息"]
        or "中不能添加" in info.value.errors[0]
    )
