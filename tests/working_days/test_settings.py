"""工作日历设置: the control panel and the calendar it configures."""

from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar

import pytest
import re
import requests
import transaction


def test_calendar_uses_the_registry(portal):
    with pytest.raises(CalendarNotCovered):
        calendar().add_working_days(date(2026, 12, 30), 3)
    api.portal.set_registry_record(
        "zwgk.calendar.overrides", ["2027-01-01|放假|元旦", "2027-01-04|放假|本地闭馆"]
    )
    api.portal.set_registry_record("zwgk.calendar.entered_years", [2027])
    deadline = calendar().deadline(date(2026, 12, 30), 3, "working_days")
    assert deadline.day == date(2027, 1, 6)
    assert deadline.basis["overrides"] == [
        "2027-01-01|放假|元旦",
        "2027-01-04|放假|本地闭馆",
    ]


@pytest.fixture
def panel_url(functional_portal):
    transaction.commit()
    return f"{functional_portal.absolute_url()}/@@zwgk-calendar"


def test_control_panel_for_managers_only(panel_url):
    page = requests.get(
        panel_url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=30
    )
    assert page.status_code == 200
    assert "工作日历" in page.text
    anonymous = requests.get(panel_url, timeout=30)
    assert "login" in anonymous.url or anonymous.status_code in (401, 403)


def test_control_panel_refuses_a_bad_line(panel_url, functional_portal):
    session = requests.Session()
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    form = session.get(panel_url, timeout=30).text
    token = re.search(r'data-token="([0-9a-f]+)"', form).group(1)
    response = session.post(
        panel_url,
        data={
            "form.widgets.overrides": "2027-01-01|放假|元旦\n2027-02-30|放假",
            "form.widgets.entered_years": "",
            "form.buttons.save": "保存",
            "_authenticator": token,
        },
        timeout=30,
    )
    assert "不是有效的日期" in response.text
    transaction.begin()
    assert api.portal.get_registry_record("zwgk.calendar.overrides") == []
