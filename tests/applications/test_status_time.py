"""The status shows when each step happened in Beijing time, labelled
+08:00, the instant ``@history`` records.

The probe: with ``TZ=Asia/Shanghai`` (instance.cfg) Zope's DateTime reads
the zone's abbreviation CST as US Central time, so the history's times were
the Beijing clock labelled -06:00, 14 hours off.
"""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from zwgk.applications import intake
from zwgk.applications.status import public_status
from zwgk.applications.validation import check
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units


def test_history_times_are_beijing_time_of_the_recorded_instant(
    manager, beijing_process
):
    from DateTime import DateTime

    assert DateTime().ISO8601().endswith("-06:00")  # the process is as in the probe
    czj, _jqz = staffed_units(manager)
    application, _code = intake.submit(check(body(czj), {czj.UID(): "财政局"}))
    (entry,) = public_status(application)["history"]
    shown = datetime.fromisoformat(entry["time"])
    assert shown.utcoffset() == timedelta(hours=8)
    assert abs(shown - datetime.now(UTC)) < timedelta(minutes=1)
    # the instant plone.restapi's @history gives
    from plone import api
    from plone.restapi.serializer.converters import json_compatible

    workflow = api.portal.get_tool("portal_workflow")
    (recorded,) = workflow.getHistoryOf("zwgk_application_workflow", application)
    restapi = datetime.fromisoformat(json_compatible(recorded["time"]))
    assert abs(shown - restapi) < timedelta(seconds=1)
