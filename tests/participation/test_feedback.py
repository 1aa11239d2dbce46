"""采纳情况说明: publishing it marks the consultation 已反馈 and mails, after
the commit, each commenter who left an email."""

from datetime import timedelta
from email import message_from_bytes
from email.header import decode_header
from email.header import make_header
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
from plone.app.testing import setRoles
from Products.CMFPlone.tests.utils import MockMailHost
from zwgk.participation import feedback
from zwgk.participation import moderation
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.intake import register_by_staff
from zwgk.participation.intake import submit_online
from zwgk.participation.validation import Invalid
from zwgk.testing.participation import *  # noqa: F403 (the fixtures)
from zwgk.testing.participation import PASSWORD
from zwgk.testing.participation import TODAY
from zwgk.testing.participation import UNITS
from zwgk.testing.participation import make_consultation
from zwgk.testing.participation import staffed_unit

import pytest
import re
import requests
import transaction


SENT = []  # what the mail host was given, in any thread


class RecordingMailHost(MockMailHost):
    """Records in memory: the mails go out after the commit, when the
    database can take no write (MockMailHost's own list is persistent)."""

    def send(self, message, mto=None, mfrom=None, *args, **kwargs):
        raw = message.as_bytes() if hasattr(message, "as_bytes") else message
        SENT.append(raw)


@pytest.fixture
def site(functional_portal, monkeypatch):
    """A consultation that closed yesterday, with its comments decided."""
    portal = functional_portal
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    portal._original_MailHost = portal.MailHost
    portal.MailHost = RecordingMailHost("MailHost")
    SENT.clear()
    api.portal.set_registry_record("plone.email_from_address", "gzcy@example.org")
    api.portal.set_registry_record("plone.email_from_name", "经开区政务公开")
    units = {spec[0]: staffed_unit(portal, *spec) for spec in UNITS}
    consultation = make_consultation(
        units["czj"], id="done", start=TODAY - timedelta(40), end=TODAY - timedelta(1)
    )
    monkeypatch.setattr(periods, "today", lambda: TODAY - timedelta(5))
    request = api.env.getRequest()
    made = [
        submit_online(consultation, {"text": text, **who}, request)
        for text, who in (
            ("建议增加停车位", {"email": "a@example.org"}),
            ("建议增加充电桩", {"email": "A@example.org"}),  # the same person
            ("建议保留绿地", {"email": "b@example.org"}),
            ("建议错峰施工", {}),
        )
    ]
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    login(portal, "czj-editor")
    letter = register_by_staff(
        consultation,
        {"channel": "letter", "received_on": "2026-03-01", "text": "来信意见"},
    )
    moderation.approve(consultation, [c.key for c in made])
    decisions = {c.key: {"outcome": terms.ADOPTED} for c in made[:2]}
    decisions[made[2].key] = {"outcome": terms.NOT_ADOPTED, "reason": "绿地已保留"}
    decisions[made[3].key] = {"outcome": terms.PARTLY, "reason": "夜间不施工"}
    decisions[letter.key] = {"outcome": terms.OUT_OF_SCOPE, "reason": "另行答复"}
    moderation.set_outcomes(consultation, decisions)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    transaction.commit()
    yield {"portal": portal, "consultation": consultation}
    portal.MailHost = portal._original_MailHost


def mails(portal):
    found = []
    for raw in SENT:
        mail = message_from_bytes(raw)
        found.append(
            {
                "to": mail["To"],
                "subject": str(make_header(decode_header(mail["Subject"]))),
                "body": mail.get_payload(decode=True).decode("utf-8"),
            }
        )
    return sorted(found, key=lambda m: m["to"].lower())


def test_publishing_mails_each_commenter_after_the_commit(site):
    portal, consultation = site["portal"], site["consultation"]
    login(portal, "czj-approver")
    assert feedback.publish(consultation, "共收到意见5条，采纳2条。") == 2
    assert SENT == []  # not before the commit
    transaction.commit()
    first, second = mails(portal)
    assert first["to"] == "a@example.org"  # one mail for both of that address
    assert "建议增加" not in first["body"]  # the outcome, not the text again
    assert first["body"].count("：采纳") == 2
    assert "意见采纳情况反馈" in first["subject"]
    assert second["to"] == "b@example.org"
    assert "未采纳。理由：绿地已保留" in second["body"]
    assert consultation.absolute_url() in second["body"]
    assert consultation.consultation_state() == periods.ANSWERED


def test_an_aborted_publication_mails_nobody(site):
    portal, consultation = site["portal"], site["consultation"]
    login(portal, "czj-approver")
    feedback.publish(consultation, "说明")
    transaction.abort()
    assert SENT == []
    assert consultation.feedback_published is None


def test_a_refusing_mail_server_does_not_undo_the_publication(site, monkeypatch):
    portal, consultation = site["portal"], site["consultation"]

    def refuse(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(RecordingMailHost, "send", refuse)
    login(portal, "czj-approver")
    feedback.publish(consultation, "说明")
    transaction.commit()
    transaction.begin()
    assert consultation.feedback_published == TODAY


def test_publishing_needs_every_outcome_and_no_pending(site, monkeypatch):
    portal, consultation = site["portal"], site["consultation"]
    monkeypatch.setattr(periods, "today", lambda: consultation.end)
    login(portal, "czj-approver")
    with pytest.raises(Invalid) as raised:
        feedback.publish(consultation, "说明")
    assert "尚未截止" in raised.value.errors["feedback"]
    monkeypatch.setattr(periods, "today", lambda: TODAY)
    register_by_staff(
        consultation,
        {"channel": "phone", "received_on": "2026-03-02", "text": "电话意见"},
    )
    with pytest.raises(Invalid) as raised:
        feedback.publish(consultation, "")
    message = raised.value.errors["feedback"]
    assert "还有1条意见未填写采纳情况" in message and "请填写采纳情况说明" in message


TOKEN = re.compile(r'name="_authenticator"[^>]*value="([^"]+)"')


def test_the_feedback_page_publishes_and_the_public_page_shows_it(site):
    consultation = site["consultation"]
    url = f"{consultation.absolute_url()}/@@participation-feedback"
    session = requests.Session()
    session.auth = ("czj-approver", PASSWORD)
    page = session.get(url, timeout=30).text
    assert "共收到意见建议5条" in page  # the summary suggested from the counts
    answer = session.post(
        url,
        data={
            "_authenticator": TOKEN.search(page).group(1),
            "summary": "经研究，采纳2条，部分采纳1条。",
            "form.publish": "1",
        },
        timeout=30,
    )
    assert answer.status_code == 200, answer.text[-500:]
    public = requests.get(consultation.absolute_url(), timeout=30).text
    assert "意见采纳情况说明" in public and "经研究，采纳2条" in public
    assert "已反馈" in public and "不再接受意见" in public
    assert "a@example.org" not in public
    transaction.begin()
    assert len(SENT) == 2
