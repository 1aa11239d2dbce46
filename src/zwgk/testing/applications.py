"""Helpers for the 依申请公开 tests: staffed units and a valid application body."""

from Products.CMFPlone.tests.utils import MockMailHost
from zwgk.testing import add_staffed_unit

import re


RESIDENT_ID = "11010519491231002X"  # GB 11643 sample with a valid check character
USCC = "91350100M000100Y43"  # GB 32100 sample with a valid check character


def staffed_units(portal):
    """(czj 财政局, jqz 蛟桥镇), each with <unit>-editor/-reviewer/-approver."""
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    czj = add_staffed_unit(portal, "czj", "财政局", "113601005")
    jqz = add_staffed_unit(portal, "jqz", "蛟桥镇", "123601009", level="town")
    return czj, jqz


def body(unit, **changes):
    data = {
        "applicant_type": "natural_person",
        "name": "张三",
        "id_type": "resident_id",
        "id_number": RESIDENT_ID,
        "phone": "0791-88888888",
        "email": "zhangsan@example.org",
        "address": "南昌市经开区某路1号",
        "postal_code": "330013",
        "unit": unit.UID(),
        "information": "2025年本单位财政预算执行情况的报告",
        "form": "electronic",
        "delivery": "email",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


class RecordingMailHost(MockMailHost):
    """Keeps what it sends in memory, shared by the server's threads and the
    test: an applicant's mail goes out after commit, outside any transaction,
    where MockMailHost's persistent list would not keep it."""

    sent = []

    def send(self, messageText, mto=None, mfrom=None, subject=None, **kwargs):
        from Products.MailHost.MailHost import _mungeHeaders

        msg, mto, mfrom = _mungeHeaders(
            messageText, mto, mfrom, subject, kwargs.get("charset"), None, None
        )
        RecordingMailHost.sent.append(msg)


def record_mail(portal):
    """The portal mails through a RecordingMailHost, with a sender; its list."""
    from plone import api

    RecordingMailHost.sent.clear()
    portal.MailHost = RecordingMailHost("MailHost")
    api.portal.set_registry_record("plone.email_from_address", "gk@example.org")
    api.portal.set_registry_record("plone.email_from_name", "政务公开")
    return RecordingMailHost.sent


# the portal forms over HTTP
TOKEN = re.compile(r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"')
TOKEN_ALT = re.compile(r'name="_authenticator"[^>]*value="([^"]+)"')


def token(page):
    found = TOKEN.search(page) or TOKEN_ALT.search(page)
    return found.group(1) if found else ""


def open_form(session, url):
    page = session.get(url, timeout=30)
    assert page.status_code == 200
    return page.text
