"""The demo district's 网民留言 (演示留言), from ``district/messages.json``.

Each is received some working days ago through the same intake as a real
one, then taken through the real workflow by the demo accounts (the office
is ``gkb-approver``, in 公开办). The dates of the steps are then set back
to the working days the file gives, so the staff lists show messages
overdue and on time and the statistics have answers to count; the
deadline log records the result. Every demo message's query code is
``DEMO_QUERY_CODE`` (the README says so). The writers' contacts are phone
numbers or addresses at example.org, and no acknowledgement goes out:
the demo mails nobody.
"""

from plone import api
from zwgk.applications import codes
from zwgk.applications.demo import working_days_before
from zwgk.citizen_messages import handling
from zwgk.citizen_messages.intake import submit
from zwgk.citizen_messages.intake import today
from zwgk.citizen_messages.validation import check
from zwgk.working_days.settings import calendar


DEMO_QUERY_CODE = "ZWGKLY2345"


def load_messages(section, specs):
    """Receive and handle the messages of ``specs``; returns them."""
    cal, made = calendar(), []
    for spec in specs:
        received = working_days_before(today(), spec["working_days_ago"], cal)
        clean = check(spec["message"])
        message, _code = submit(clean, received, acknowledge=False)
        message._query_code = codes.hash_code(DEMO_QUERY_CODE)
        for user, transition, *rest in spec["steps"]:
            fields = dict(rest[0]) if rest else {}
            if "unit" in fields:
                fields["unit"] = section[fields["unit"]].UID()
            with api.env.adopt_user(username=user):
                handling.transition(
                    message,
                    transition,
                    comment=rest[1] if len(rest) > 1 else "",
                    **fields,
                )
        for name, days in spec.get("dates", {}).items():
            setattr(message, name, working_days_before(today(), days, cal))
        if spec.get("rating"):
            message.rating, message.rated_on = spec["rating"], today()
        if spec.get("dates"):
            handling.record(message, "demo")
        made.append(message)
    return made
