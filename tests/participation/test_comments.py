"""Comments: pre-moderation, closed enforcement, staff, adoption, duplicates."""

from AccessControl import Unauthorized
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from zwgk.participation import comments
from zwgk.participation import duplicates
from zwgk.participation import feedback
from zwgk.participation import moderation
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.intake import Closed
from zwgk.participation.intake import Invalid
from zwgk.participation.intake import RateLimited
from zwgk.participation.intake import register_by_staff
from zwgk.participation.intake import submit_online
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import make_consultation

import pytest


def comment(consultation, text="建议增加停车位。", **data):
    return submit_online(consultation, {"text": text, **data}, api.env.getRequest())


def test_a_citizens_comment_waits_for_moderation(consultation):
    logout()
    made = comment(consultation, name="张三", email="zs@example.org")
    assert made.status == terms.PENDING
    assert made.display_name == "张**"
    assert comments.approved_page(consultation) == []
    assert comments.approved_count(consultation) == 0
    assert comments.count(consultation) == 1


def test_approved_comments_come_newest_first_twenty_a_page(consultation):
    api.portal.set_registry_record("zwgk.participation.comments_per_hour", 100)
    made = [comment(consultation, f"第{n}条意见") for n in range(25)]
    login(api.portal.get(), "czj-reviewer")
    moderation.approve(consultation, [c.key for c in made])
    first = comments.approved_page(consultation)
    assert len(first) == 20 and first[0].text == "第24条意见"
    second = comments.approved_page(consultation, start=20)
    assert [c.text for c in second] == [f"第{n}条意见" for n in range(4, -1, -1)]


@pytest.mark.parametrize(
    "data,field,message",
    [
        ({"text": ""}, "text", "请填写意见建议"),
        ({"text": "好" * 3001}, "text", "意见建议不能超过3000个字"),
        ({"text": "<b>建议</b>增加"}, "text", "纯文本"),
        ({"text": "建议 &lt;script&gt;"}, "text", "纯文本"),
        ({"text": "建议", "email": "not-an-email"}, "email", "电子邮箱格式不正确"),
        ({"text": "建议", "name": "张\n三"}, "name", "不能换行"),
        ({"text": "建议", "website": "http://spam"}, "website", "提交内容无效"),
    ],
)
def test_bad_input_gets_a_chinese_message_and_nothing_is_saved(
    consultation, data, field, message
):
    with pytest.raises(Invalid) as raised:
        submit_online(consultation, data, api.env.getRequest())
    assert message in raised.value.errors[field]
    assert comments.count(consultation) == 0


def test_contact_required_when_the_consultation_asks(units, today):
    consultation = make_consultation(units["czj"], contact_required=True)
    with pytest.raises(Invalid) as raised:
        comment(consultation)
    assert raised.value.errors == {
        "name": "请填写姓名",
        "phone": "请至少填写联系电话或电子邮箱中的一项",
    }
    assert comment(consultation, name="李四", phone="13800138000").phone


def _closed(consultation, **data):
    with pytest.raises(Closed) as raised:
        comment(consultation, **data)
    return raised.value.message


def test_closed_consultation_refuses_comments_and_replies(consultation, monkeypatch):
    first = comment(consultation)
    moderation.approve(consultation, [first.key])
    monkeypatch.setattr(periods, "today", lambda: consultation.end)
    comment(consultation, "最后一天也可以提")  # the last day is open
    monkeypatch.setattr(periods, "today", lambda: consultation.end + timedelta(1))
    message = _closed(consultation)
    assert message.startswith("本次意见征集已于") and "截止" in message
    _closed(consultation, in_reply_to=first.key)  # a reply is a comment too
    assert comments.count(consultation) == 2


def test_not_yet_open_and_unpublished_consultations_refuse(units, today):
    later = make_consultation(
        units["czj"], start=TODAY + timedelta(3), end=TODAY + timedelta(40)
    )
    assert "开始" in _closed(later)
    draft = make_consultation(units["czj"], publish=False)
    assert "尚未发布" in _closed(draft)


def test_a_consultation_with_feedback_refuses_comments(consultation):
    consultation.feedback_published = TODAY
    assert "截止" in _closed(consultation)


def test_a_reply_needs_an_approved_comment_of_this_consultation(units, consultation):
    other = make_consultation(units["jqz"], id="other")
    theirs = comment(other)
    moderation.approve(other, [theirs.key])
    with pytest.raises(Invalid) as raised:
        comment(consultation, in_reply_to=theirs.key)
    assert raised.value.errors["in_reply_to"] == "所回复的意见不存在或未公开"
    pending = comment(consultation)
    with pytest.raises(Invalid):
        comment(consultation, in_reply_to=pending.key)


def test_a_client_is_limited_per_hour(consultation):
    api.portal.set_registry_record("zwgk.participation.comments_per_hour", 3)
    for n in range(3):
        comment(consultation, f"意见{n}")
    with pytest.raises(RateLimited):
        comment(consultation, "第四条")
    assert comments.count(consultation) == 3


def test_hiding_needs_a_reason_and_is_recorded(consultation):
    made = comment(consultation)
    login(api.portal.get(), "czj-editor")
    with pytest.raises(Invalid):
        moderation.hide(consultation, [made.key], "")
    moderation.hide(consultation, [made.key], terms.ABUSE, "辱骂他人")
    assert made.status == terms.HIDDEN and made.hide_reason == terms.ABUSE
    (entry,) = made.history
    assert entry["actor"] == "czj-editor" and entry["action"] == "hide"
    assert entry["reason"] == terms.ABUSE and entry["note"] == "辱骂他人"


def test_another_units_staff_cannot_moderate(units, consultation):
    made = comment(consultation)
    for user in ("jqz-editor", "jqz-reviewer", "jqz-approver"):
        login(api.portal.get(), user)
        with pytest.raises(Unauthorized):
            moderation.approve(consultation, [made.key])
        with pytest.raises(Unauthorized):
            moderation.hide(consultation, [made.key], terms.SPAM)
        with pytest.raises(Unauthorized):
            register_by_staff(consultation, {"channel": "letter", "text": "x"})
        assert moderation.moderated_consultations(api.portal.get()) == []
    assert made.status == terms.PENDING
    login(api.portal.get(), "czj-approver")
    assert moderation.moderated_consultations(api.portal.get()) == [consultation]


def test_staff_register_a_letter_received_in_the_period(consultation, monkeypatch):
    login(api.portal.get(), "czj-editor")
    data = {
        "channel": "letter",
        "received_on": (TODAY - timedelta(1)).isoformat(),
        "name": "王五",
        "address": "经开区某路1号",
        "text": "来信：建议保留小区内的老树。",
    }
    made = register_by_staff(consultation, data)
    assert made.status == terms.APPROVED and made.channel == "letter"
    assert made.registered_by == "czj-editor"
    # after the last day, a letter received in time may still be registered
    monkeypatch.setattr(periods, "today", lambda: consultation.end + timedelta(3))
    data["received_on"] = consultation.end.isoformat()
    assert register_by_staff(consultation, data).received_on == consultation.end
    data["received_on"] = (consultation.end + timedelta(1)).isoformat()
    with pytest.raises(Invalid) as raised:
        register_by_staff(consultation, data)
    assert "征求意见期限内" in raised.value.errors["received_on"]
    with pytest.raises(Invalid) as raised:
        register_by_staff(consultation, {**data, "channel": "online"})
    assert "意见来源" in raised.value.errors["channel"]


def test_adoption_needs_a_reason_except_for_adopted(consultation):
    first, second, third = (comment(consultation, f"意见{n}") for n in range(3))
    login(api.portal.get(), "czj-editor")
    moderation.approve(consultation, [first.key, second.key, third.key])
    decisions = {
        first.key: {"outcome": terms.ADOPTED},
        second.key: {"outcome": terms.NOT_ADOPTED, "reason": ""},
        third.key: {"outcome": terms.OUT_OF_SCOPE, "reason": ""},
    }
    with pytest.raises(Invalid) as raised:
        moderation.set_outcomes(consultation, decisions)
    assert set(raised.value.errors) == {second.key, third.key}
    assert "“未采纳”须说明理由" in raised.value.errors[second.key]
    assert first.outcome is None  # all or nothing
    decisions[second.key]["reason"] = "与上位法规定不一致"
    decisions[third.key]["reason"] = "属于物业管理事项"
    assert moderation.set_outcomes(consultation, decisions) == 3
    assert (second.outcome, second.outcome_reason) == (
        terms.NOT_ADOPTED,
        "与上位法规定不一致",
    )


def test_adoption_counts_by_channel_and_outcome(consultation):
    login(api.portal.get(), "czj-editor")
    online = [comment(consultation, f"网上意见{n}") for n in range(3)]
    moderation.approve(consultation, [c.key for c in online])
    letter = register_by_staff(
        consultation,
        {"channel": "letter", "received_on": TODAY.isoformat(), "text": "来信意见"},
    )
    spam = comment(consultation, "广告：代开发票")
    moderation.hide(consultation, [spam.key], terms.SPAM)
    private = comment(consultation, "我家住3号楼2单元，电话13800000000")
    moderation.hide(consultation, [private.key], terms.PERSONAL_DATA)
    moderation.set_outcomes(
        consultation,
        {
            online[0].key: {"outcome": terms.ADOPTED},
            online[1].key: {"outcome": terms.PARTLY, "reason": "部分已有规定"},
            online[2].key: {"outcome": terms.NOT_ADOPTED, "reason": "不可行"},
            letter.key: {"outcome": terms.ADOPTED},
            private.key: {"outcome": terms.OUT_OF_SCOPE, "reason": "个人诉求"},
        },
    )
    built = feedback.draft(consultation)
    counts = built["counts"]
    assert counts["total"] == 5  # spam is not answered
    by_channel = {row["token"]: row for row in counts["channels"]}
    assert by_channel["online"]["counts"] == {
        "adopted": 1,
        "partly": 1,
        "not_adopted": 1,
        "out_of_scope": 1,
    }
    assert by_channel["letter"]["counts"]["adopted"] == 1
    assert counts["totals"]["adopted"] == 2
    texts = [row["text"] for row in built["rows"]]
    assert feedback.MASKED in texts  # personal data never in the table
    assert not any("13800000000" in text for text in texts)


def test_duplicates_are_grouped_with_a_count(consultation):
    campaign = "坚决反对在小区东侧建设垃圾中转站，请重新选址，保障居民健康！"
    for _n in range(5):
        comment(consultation, campaign)
    comment(consultation, campaign.replace("坚决", "强烈"))  # a word changed
    comment(consultation, "建议在中转站周边加强绿化隔离。")
    (group,) = duplicates.groups(comments.all_comments(consultation))
    assert len(group) == 6


def test_comments_are_not_in_the_catalog(consultation):
    comment(consultation, "独一无二的意见文字甲乙丙", email="secret@example.org")
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(SearchableText="独一无二")) == 0
    assert len(catalog(zwgk_text="独一无二")) == 0


def test_a_copy_has_no_comments(units, consultation):
    comment(consultation)
    copy = api.content.copy(source=consultation, target=units["czj"], id="copy")
    assert comments.count(copy) == 0


def test_state_for_the_unit_page_and_catalog_agree(consultation):
    assert consultation.consultation_state() == periods.OPEN
    assert date(2026, 3, 10) == TODAY


def test_the_page_shows_twenty_and_links_a_few_pages(consultation):
    from zwgk.participation.browser.public import ConsultationView

    for number in range(250):
        comments.add(consultation, f"第{number}条", status=terms.APPROVED)
    request = api.env.getRequest()
    request.form["page"] = "7"
    view = ConsultationView(consultation, request)
    shown = view.comments()
    assert len(shown) == 20 and shown[0]["text"] == "第129条"
    numbers = [p.get("number", "…") for p in view.pages()]
    assert numbers == [1, "…", 5, 6, 7, 8, 9, "…", 13]
