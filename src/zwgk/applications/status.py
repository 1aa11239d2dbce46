"""What an applicant sees with tracking number and query code (办理进度).

State, receipt date, deadline, outcome and reply; never staff names,
comments or the other fields of the record.
"""

from plone import api
from zwgk.applications import terms
from zwgk.applications.intake import owning_unit_title
from zwgk.codes import china_time
from zwgk.working_days.calendar import CalendarNotCovered
from zwgk.working_days.settings import calendar


CLOSED = ("answered", "archived", "withdrawn")


def _term(pairs, token):
    return {"token": token, "title": dict(pairs).get(token, "")} if token else None


def state_title(application, state=None):
    workflow = api.portal.get_tool("portal_workflow")
    state = state or workflow.getInfoFor(application, "review_state")
    (chain,) = workflow.getChainFor(application)
    found = workflow[chain].states.get(state)
    return found.title if found is not None else state


def deadline_info(application):
    """{"day", "paused", "third_party_lapsed", "problem"} of the current
    deadline; ``third_party_lapsed`` is the consulted third party's last day
    to answer once it has passed without an answer (the clock runs again)."""
    try:
        deadline = application.deadline(calendar())
    except CalendarNotCovered as error:
        return {
            "day": None,
            "paused": False,
            "third_party_lapsed": None,
            "problem": str(error),
        }
    return {
        "day": deadline.day.isoformat() if deadline.day else None,
        "paused": deadline.paused,
        "third_party_lapsed": deadline.lapsed.isoformat() if deadline.lapsed else None,
        "problem": "",
    }


def public_status(application):
    workflow = api.portal.get_tool("portal_workflow")
    state = workflow.getInfoFor(application, "review_state")
    history = [
        {
            "state": {
                "token": h["review_state"],
                "title": state_title(application, h["review_state"]),
            },
            "time": china_time(h["time"]).isoformat(timespec="seconds"),
        }
        for h in workflow.getHistoryOf("zwgk_application_workflow", application) or ()
    ]
    answered = state in CLOSED
    letter = application.reply_letter if answered else None
    return {
        "tracking_number": application.tracking_number,
        "unit": owning_unit_title(application),
        "state": {"token": state, "title": state_title(application, state)},
        "received_on": application.received_on.isoformat(),
        "deadline": None if answered else deadline_info(application),
        "outcome": _term(terms.outcomes(), application.outcome) if answered else None,
        "ground": {
            "token": application.ground,
            "title": terms.ground_title(application.outcome, application.ground),
        }
        if answered and application.ground
        else None,
        "reply": (application.reply or "") if answered else "",
        # the download needs the query code too: ``…/letter?code=…``
        "reply_letter": {
            "filename": letter.filename,
            "download": f"{api.portal.get().absolute_url()}/@disclosure-applications/"
            f"{application.tracking_number}/letter",
        }
        if letter is not None
        else None,
        "concluded_on": application.concluded_on.isoformat()
        if answered and application.concluded_on
        else None,
        "history": history,
    }
