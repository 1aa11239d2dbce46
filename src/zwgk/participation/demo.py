"""The demo district's 公众参与 (演示数据), from ``district/participation.json``.

A participation list per level (区级: the office's, 镇级: 蛟桥镇's) and
consultations in every state: one open with comments waiting for
moderation (and a hearing with its live stream ahead), one open for a
shorter period with its reason, one closed awaiting feedback, one with its
feedback published. Dates are days relative to the day of loading, so the
states are right that day and move on by themselves. Everything goes
through the real paths: ``zwgk.bulk`` for content, the comment checks,
moderation and feedback as the units' demo accounts. No commenter leaves an
email: loading the demo mails nobody.
"""

from datetime import UTC
from datetime import datetime
from datetime import time
from datetime import timedelta
from plone import api
from plone.namedfile.file import NamedBlobFile
from zwgk.bulk import loader as bulk
from zwgk.codes import CHINA
from zwgk.participation import comments
from zwgk.participation import feedback
from zwgk.participation import moderation
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.validation import check

import json
import logging


logger = logging.getLogger("zwgk.demo")
FILE = "district/participation.json"
SECTION = "zwgk"
CONSULTATION_FIELDS = (
    "title",
    "description",
    "draft",
    "explanation",
    "short_period_reason",
    "channels",
    "comment_email",
    "comment_address",
    "comment_phone",
    "contact_required",
    "show_comments",
)


def _day(days):
    return periods.today() + timedelta(days=days)


def _moment(day, clock="10:00"):
    """A Beijing time on ``day``, in UTC (how comments are stored)."""
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hours, minutes), CHINA).astimezone(UTC)


def load_lists(site, specs):
    records = []
    for spec in specs:
        records.append(
            {
                "@type": "ParticipationList",
                "parent": f"{SECTION}/{spec['unit']}",
                "id": spec["id"],
                "title": spec["title"],
                "description": spec.get("description", ""),
                "year": spec["year"],
                "review_state": "published",
            }
        )
    made = bulk.load(site, records)
    items = []
    for spec in specs:
        for item in spec["items"]:
            items.append(
                {
                    "@type": "ParticipationItem",
                    "parent": f"{SECTION}/{spec['unit']}/{spec['id']}",
                    **{k: v for k, v in item.items() if v not in (None, "")},
                }
            )
    bulk.load(site, items)
    for plist in made:
        plist.reindexObject(idxs=["zwgk_text"])
    return made


def _event(spec):
    day = _day(spec["days"])
    event = {
        "method": spec["method"],
        "title": spec.get("title", ""),
        "date": day.isoformat(),
        "time": spec.get("time", ""),
        "place": spec.get("place", ""),
        "attendees": spec.get("attendees", ""),
        "note": spec.get("note", ""),
    }
    if spec.get("live_url"):
        start, end = spec["live"]
        event.update(
            live_url=spec["live_url"],
            live_start=f"{day.isoformat()}T{start}",
            live_end=f"{day.isoformat()}T{end}",
        )
    return {k: v for k, v in event.items() if v}


def load_consultations(site, specs, read):
    section = site[SECTION]
    records = []
    for spec in specs:
        record = {
            "@type": "Consultation",
            "parent": f"{SECTION}/{spec['unit']}",
            "id": spec["id"],
            "start": _day(spec["start_days"]).isoformat(),
            "end": _day(spec["end_days"]).isoformat(),
            "events": [_event(e) for e in spec.get("events", ())],
            "review_state": "published",
            **{k: spec[k] for k in CONSULTATION_FIELDS if k in spec},
        }
        if spec.get("item"):
            path, item_id = spec["item"]
            record["participation_item"] = section.unrestrictedTraverse(
                f"{path}/{item_id}"
            ).UID()
        records.append(record)
    made = bulk.load(site, records)
    for consultation, spec in zip(made, specs, strict=True):
        for attachment in spec.get("attachments", ()):
            filename = attachment["file"].rsplit("/", 1)[-1]
            api.content.create(
                container=consultation,
                type="File",
                title=attachment.get("title", filename),
                file=NamedBlobFile(
                    read(f"district/{attachment['file']}"), filename=filename
                ),
            )
        load_comments(consultation, spec.get("comments", ()))
        if spec.get("feedback"):
            answer = spec["feedback"]
            with api.env.adopt_user(username=answer["by"]):
                feedback.publish(
                    consultation, answer["summary"], day=_day(answer["days"])
                )
    return made


def load_comments(consultation, specs):
    """Citizens' comments (checked as the form checks them) and letters,
    meetings and emails registered by staff, then moderated as the spec says."""
    decisions = {}
    for spec in specs:
        clean = check({"text": spec["text"], "name": spec.get("name", "")})
        day = _day(spec["days"])
        channel = spec.get("channel", terms.ONLINE)
        staff = channel != terms.ONLINE
        comment = comments.add(
            consultation,
            clean["text"],
            when=_moment(day, "10:00" if staff else "20:15"),
            name=clean.get("name", ""),
            channel=channel,
            status=terms.PENDING,
            received_on=day if staff else None,
            registered_by=spec.get("by") if staff else None,
        )
        if spec["status"] == terms.PENDING:
            continue
        with api.env.adopt_user(username=spec["by"]):
            if spec["status"] == terms.APPROVED:
                moderation.approve(consultation, [comment.key])
            else:
                moderation.hide(consultation, [comment.key], spec["hide_reason"])
        if spec.get("outcome"):
            decisions[comment.key] = (
                spec["by"],
                {"outcome": spec["outcome"], "reason": spec.get("outcome_reason", "")},
            )
    for key, (user, decision) in decisions.items():
        with api.env.adopt_user(username=user):
            moderation.set_outcomes(consultation, {key: decision})


def load(site, spec, read):
    """Lists and consultations of ``spec``; nothing if they are there already."""
    first = spec["lists"][0]
    unit = site[SECTION].get(first["unit"])
    if unit is None or first["id"] in unit.objectIds():
        return [], []
    lists = load_lists(site, spec["lists"])
    consultations = load_consultations(site, spec.get("consultations", ()), read)
    logger.info(
        "Demo district: %d participation lists, %d consultations",
        len(lists),
        len(consultations),
    )
    return lists, consultations


def import_demo_participation(context):
    """GenericSetup import step of the demo profile."""
    data = context.readDataFile(FILE)
    if data is None:
        return  # not the demo profile
    site = api.portal.get()
    if SECTION not in site.objectIds():
        return
    load(site, json.loads(data.decode("utf-8")), context.readDataFile)
