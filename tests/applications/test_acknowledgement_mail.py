"""The acknowledgement (回执) goes out after the submission commits: a
request retried after a conflict mails once, a failed one never."""

from ZODB.POSException import ConflictError
from zwgk.applications import intake
from zwgk.applications.codes import register
from zwgk.testing.applications import body
from zwgk.testing.applications import record_mail
from zwgk.testing.applications import staffed_units

import email
import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, _jqz = staffed_units(portal)
    mails = record_mail(portal)
    transaction.commit()
    return portal, czj, mails, f"{portal.absolute_url()}/@disclosure-applications"


def numbers(portal):
    transaction.begin()
    return set(register(portal).numbers)


def test_a_conflict_retry_sends_one_mail(site, monkeypatch):
    portal, czj, mails, url = site
    acknowledge, attempts = intake.acknowledge, []

    def conflicting_once(application, code):
        acknowledge(application, code)
        attempts.append(application.tracking_number)
        if len(attempts) == 1:
            raise ConflictError("as two submissions writing one record")

    monkeypatch.setattr(intake, "acknowledge", conflicting_once)
    answer = requests.post(url, json=body(czj), headers=JSON, timeout=60)
    assert answer.status_code == 201, answer.text
    assert len(attempts) == 2  # Zope retried the request
    number = answer.json()["tracking_number"]
    assert numbers(portal) == {number}
    (raw,) = mails
    text = email.message_from_bytes(raw).get_payload(decode=True).decode("utf-8")
    assert number in text and answer.json()["query_code"] in text


def test_a_request_that_fails_after_the_intake_mails_nobody(site, monkeypatch):
    portal, czj, mails, url = site
    acknowledge = intake.acknowledge

    def failing(application, code):
        acknowledge(application, code)
        raise RuntimeError("something after the intake went wrong")

    monkeypatch.setattr(intake, "acknowledge", failing)
    answer = requests.post(url, json=body(czj), headers=JSON, timeout=60)
    assert answer.status_code == 500
    assert numbers(portal) == set()
    assert mails == []


def test_a_refusing_mail_server_does_not_lose_the_application(site, monkeypatch):
    from zwgk.testing.applications import RecordingMailHost

    portal, czj, _mails, url = site

    def refusing(self, *args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(RecordingMailHost, "send", refusing)
    answer = requests.post(url, json=body(czj), headers=JSON, timeout=60)
    assert answer.status_code == 201, answer.text
    assert numbers(portal) == {answer.json()["tracking_number"]}
