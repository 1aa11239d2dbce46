"""The portal pages: the form without JavaScript, the status page, staff pages."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from zwgk.applications.codes import register
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing.applications import body
from zwgk.testing.applications import open_form
from zwgk.testing.applications import staffed_units
from zwgk.testing.applications import token

import pytest
import re
import requests
import transaction


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, jqz = staffed_units(portal)
    transaction.commit()
    return {"portal": portal, "url": portal.absolute_url(), "czj": czj}


def stored(site):
    transaction.begin()
    return len(register(site["portal"]).numbers)


def test_form_without_javascript_submits_and_shows_number_and_code(site):
    session = requests.Session()
    page = open_form(session, f"{site['url']}/@@apply")
    assert "申请人姓名或名称" in page
    assert 'name="website"' in page  # the honeypot
    data = body(site["czj"]) | {"_authenticator": token(page), "website": ""}
    answer = session.post(f"{site['url']}/@@apply", data=data, timeout=30)
    assert answer.status_code == 200, answer.text[-2000:]
    number = re.search(r'zwgk-tracking-number">([^<]+)<', answer.text).group(1)
    code = re.search(r'zwgk-query-code">([^<]+)<', answer.text).group(1)
    assert stored(site) == 1
    status = session.post(
        f"{site['url']}/@@application-status",
        data={"number": number, "code": code},
        timeout=30,
    )
    assert "待受理" in status.text
    wrong = session.post(
        f"{site['url']}/@@application-status",
        data={"number": number, "code": "WRONGCODE1"},
        timeout=30,
    )
    assert wrong.status_code == 404
    assert "受理编号或查询码不正确" in wrong.text
    assert "待受理" not in wrong.text


def test_form_shows_errors_per_field_and_keeps_input(site):
    session = requests.Session()
    page = open_form(session, f"{site['url']}/@@apply")
    data = body(site["czj"], id_number="110105194912310021", information="")
    data["_authenticator"] = token(page)
    answer = session.post(f"{site['url']}/@@apply", data=data, timeout=30)
    assert answer.status_code == 400
    assert "居民身份证号码校验位错误" in answer.text
    assert "请填写所需政府信息" in answer.text
    assert 'value="张三"' in answer.text
    assert stored(site) == 0


def test_form_refuses_a_post_without_the_csrf_token(site):
    answer = requests.post(f"{site['url']}/@@apply", data=body(site["czj"]), timeout=30)
    assert answer.status_code == 403
    assert stored(site) == 0


def test_form_honeypot(site):
    session = requests.Session()
    page = open_form(session, f"{site['url']}/@@apply")
    data = body(site["czj"]) | {"_authenticator": token(page), "website": "x"}
    answer = session.post(f"{site['url']}/@@apply", data=data, timeout=30)
    assert answer.status_code == 400
    assert stored(site) == 0


def test_staff_pages(site):
    czj_url = site["czj"].absolute_url()
    auth = ("czj-editor", STAFF_PASSWORD)
    session = requests.Session()
    session.auth = auth
    page = open_form(session, f"{czj_url}/@@register-application")
    data = body(site["czj"], channel="fax", received_on="")
    data["_authenticator"] = token(page)
    missing = session.post(f"{czj_url}/@@register-application", data=data, timeout=30)
    assert "请填写双方确认日期" in missing.text
    data["received_on"] = "2026-02-13"
    done = session.post(f"{czj_url}/@@register-application", data=data, timeout=30)
    assert "zwgk-tracking-number" in done.text
    assert stored(site) == 1
    listing = session.get(f"{czj_url}/@@application-list", timeout=30)
    assert listing.status_code == 200
    assert "已逾期" in listing.text  # due 2026-03-19, long past
    assert "2026-03-19" in listing.text
    transaction.begin()
    (application,) = site["czj"]["applications"].objectValues()
    assert session.get(application.absolute_url(), timeout=30).status_code == 200
    edit = session.get(f"{application.absolute_url()}/@@edit", timeout=30)
    assert edit.status_code == 200
    assert "收到申请日期" in edit.text
    office = requests.get(
        f"{site['url']}/@@application-list",
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert application.tracking_number in office.text
    table = session.get(f"{czj_url}/@@application-statistics?year=2026", timeout=30)
    assert "一、本年新收政府信息公开申请数量" in table.text
    for user in ("jqz-editor", None):
        other = requests.get(
            f"{czj_url}/@@application-list",
            auth=(user, STAFF_PASSWORD) if user else None,
            timeout=30,
            allow_redirects=False,
        )
        assert other.status_code in (302, 401, 403)
        assert "YSQ-" not in other.text
