"""The demo district's 依申请公开 applications (演示申请).

From ``district/applications.json``: each received some working days ago
through its channel, then taken through the workflow by the unit's demo
accounts, so the staff list (overdue, due soon, paused), the status page
and 表三 have something to show. They go through the same intake and
workflow as real ones. Every demo application's query code is
``DEMO_QUERY_CODE`` (the README says so), so anyone trying the portal can
look one up with the tracking number the staff list shows.
"""

from datetime import timedelta
from plone import api
from zwgk.applications import codes
from zwgk.applications import terms
from zwgk.applications.intake import submit
from zwgk.applications.intake import today
from zwgk.applications.validation import check
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar


DEMO_QUERY_CODE = "ZWGKYSQ234"


def working_days_before(day, count, cal):
    """The day ``count`` working days before ``day``; Monday to Friday where
    the calendar has no data (a demo loaded in a year not yet published)."""
    while count > 0:
        day -= timedelta(days=1)
        try:
            working = cal.is_working_day(day)
        except CalendarNotCovered:
            working = day.weekday() < 5
        count -= working
    return day


def load_applications(section, specs):
    """Receive and handle the applications of ``specs``; returns them."""
    cal, workflow, made = calendar(), api.portal.get_tool("portal_workflow"), []
    for spec in specs:
        unit = section[spec["unit"]]
        clean = check(
            dict(spec["applicant"], unit=unit.UID()), {unit.UID(): unit.Title()}
        )
        channel = spec["channel"]
        received = working_days_before(today(), spec["working_days_ago"], cal)
        application, _code = submit(
            clean, channel, None if channel == terms.ONLINE else received
        )
        application._query_code = codes.hash_code(DEMO_QUERY_CODE)
        for user, transition, *fields in spec["steps"]:
            for name, value in (fields[0] if fields else {}).items():
                setattr(application, name, value)
            with api.env.adopt_user(username=user):
                workflow.doActionFor(application, transition)
        made.append(application)
    return made
