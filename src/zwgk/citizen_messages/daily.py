"""每日待办: each unit's daily list of what is overdue or due, by mail.

Nothing in zwgk needs a cron job: overdue, due soon and escalation due
are computed whenever a list is read. For units that want a reminder,
``bin/instance run scripts/daily_lists.py`` mails each unit's staff (the
members of its three groups with an address) the messages handed to it
and the transfer orders naming it that are overdue or due soon, and the
office (``zwgk-office``) what waits for it: messages to screen, answers to
review, orders with an escalation due. It sends on working days only (调休
Saturdays included), so cron may run it every day. Mails go through MailHost's queue:
they are sent when the script's transaction commits (or spooled, with a
MailHost configured with a queue directory). Units with nothing due get
no mail.
"""

from plone import api
from zwgk import case_clock
from zwgk.applications.intake import unit_by_uid
from zwgk.applications.intake import units as published_units
from zwgk.citizen_messages.lists import grouped
from zwgk.citizen_messages.lists import staff_rows
from zwgk.public_opinion.lists import rows as opinion_rows
from zwgk.units.groups import OFFICE_GROUP
from zwgk.units.groups import STAFF
from zwgk.units.groups import group_id
from zwgk.working_days.settings import calendar


DUE = (case_clock.OVERDUE, case_clock.DUE_SOON)


def _emails(group_ids):
    found = []
    for gid in group_ids:
        for member in api.user.get_users(groupname=gid):
            email = member.getProperty("email")
            if email and email not in found:
                found.append(email)
    return found


def _message_lines(rows):
    return [
        f"- 留言 {r['number']}（{r['kind']}）{r['subject']}：{r['label']}，"
        f"期限 {r['deadline'] or '—'}"
        for r in rows
    ]


def _order_lines(rows):
    lines = []
    for r in rows:
        due = "；".join(
            f"{d['title']} {d['due']} {d['label']}"
            for d in r["deadlines"]
            if d["status"] in DUE
        )
        late = f"，应{r['escalation_due_title']}" if r["escalation_pending"] else ""
        lines.append(f"- 舆情转办单《{r['order']}》（{r['unit']}）：{due}{late}")
    return lines


def unit_list(unit):
    """The lines of one unit's daily list (empty: nothing due)."""
    uid = unit.UID()
    messages = [r for r in staff_rows(uid) if r["status"] in DUE]
    orders = [
        r
        for r in opinion_rows(uid)
        if r["escalation_pending"] or r["overdue"] or r["due_soon"]
    ]
    return _message_lines(messages) + _order_lines(orders)


def office_list():
    groups = grouped(staff_rows())
    lines = (
        [f"- 待审看留言 {len(groups['screening'])} 条"] if groups["screening"] else []
    )
    if groups["reviewing"]:
        lines.append(f"- 待审核答复 {len(groups['reviewing'])} 条")
    lines += _message_lines(groups["overdue"])
    lines += _order_lines([r for r in opinion_rows() if r["escalation_pending"]])
    return lines


BODY = """{title}：

截至{now}，以下事项已逾期或即将到期，请及时办理：

{lines}

请登录门户网站办理：{url}
本邮件由系统每日自动发送，请勿回复。
"""


def daily_lists():
    """[(recipients, subject, body)] for today: each unit with something
    due, and the office. Read as trusted code (the script runs as the
    system user)."""
    portal = api.portal.get()
    now = case_clock.china_now().strftime("%Y-%m-%d %H:%M")
    calendar()  # fail early on a broken calendar setting
    found = []
    for uid in published_units():
        unit = unit_by_uid(uid)
        lines = unit_list(unit)
        to = _emails(group_id(unit, kind) for kind, _t, _r in STAFF)
        if lines and to:
            body = BODY.format(
                title=unit.Title(),
                now=now,
                lines="\n".join(lines),
                url=f"{unit.absolute_url()}/@@message-list",
            )
            found.append((to, f"每日待办：{unit.Title()}（{len(lines)}项）", body))
    lines = office_list()
    to = _emails([OFFICE_GROUP])
    if lines and to:
        body = BODY.format(
            title="政务公开办公室",
            now=now,
            lines="\n".join(lines),
            url=f"{portal.absolute_url()}/@@message-list",
        )
        found.append((to, f"每日待办：公开办（{len(lines)}项）", body))
    return found


def working_day():
    """Whether today is a working day (调休 Saturdays are); unknown years: yes."""
    from zwgk.working_days.calendar import CalendarNotCovered

    try:
        return calendar().is_working_day(case_clock.china_today())
    except CalendarNotCovered:
        return True


def send_daily_lists(dry_run=False, always=False):
    """Queue each list in MailHost (sent at commit); returns the lists.
    On rest days nothing is sent unless ``always``."""
    if not (always or working_day()):
        return []
    lists = daily_lists()
    if not dry_run:
        for to, subject, body in lists:
            api.portal.send_email(
                recipient=", ".join(to), subject=subject, body=body, immediate=False
            )
    return lists


def run(app, site_id, dry_run=False, always=False):
    """What ``scripts/daily_lists.py`` does: on the site, as a Manager without
    an account (the ``system`` user's one role, ``manage``, would find
    nothing in the catalog)."""
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.User import UnrestrictedUser
    from zope.component.hooks import setSite

    site = app[site_id]
    setSite(site)
    user = UnrestrictedUser("zwgk-daily-lists", "", ["Manager"], [])
    newSecurityManager(None, user.__of__(site.acl_users))
    return send_daily_lists(dry_run=dry_run, always=always)
