"""收件: storing a checked message in the site's private messages folder.

Writers have no account and no permission near messages, so the objects
are made here as trusted code after ``validation.check`` passed. The
folder is readable by the office only; a unit's staff reach the messages
handed to them through local roles on each message (``handling``).
"""

from plone import api
from plone.dexterity.utils import createContentInContainer
from zwgk import case_clock
from zwgk.applications import codes
from zwgk.citizen_messages.validation import is_email

import logging
import transaction


logger = logging.getLogger(__name__)
FOLDER_ID = "citizen-messages"
FOLDER_TITLE = "网民留言（内部办理）"
REGISTER_KEY = "zwgk.citizen_messages"
PREFIX = "LY"
OFFICE_ROLES = ("Manager", "Site Administrator")
# The message's own workflow decides who sees it; the folder lets a unit's
# staff reach the messages handed to them (local roles) but not list it.
PASS_ROLES = (*OFFICE_ROLES, "Authenticated")
SETTINGS = "zwgk.citizen_messages"


def setting(name, default):
    return api.portal.get_registry_record(f"{SETTINGS}.{name}", default=default)


def today():
    """Today in Beijing (the case clock's, so tests move one clock)."""
    return case_clock.china_today()


def messages_folder(portal=None):
    """The site's ``citizen-messages`` folder, made on first use."""
    portal = portal or api.portal.get()
    folder = portal.get(FOLDER_ID)
    if folder is None:
        folder = createContentInContainer(
            portal,
            "CitizenMessageFolder",
            id=FOLDER_ID,
            title=FOLDER_TITLE,
            checkConstraints=False,
            exclude_from_nav=True,
        )
        folder.setOrdering("unordered")  # no list every submission appends to
        folder.manage_permission("View", list(OFFICE_ROLES), acquire=False)
        folder.manage_permission(
            "Access contents information", list(PASS_ROLES), acquire=False
        )
        folder.manage_permission("List folder contents", list(OFFICE_ROLES), 0)
        folder.reindexObjectSecurity()
    return folder


def register():
    return codes.register(api.portal.get(), REGISTER_KEY, PREFIX)


def submit(clean, received_on=None, acknowledge=True):
    """Store a checked message; returns (message, query code)."""
    received = received_on or today()
    numbers = register()
    number = numbers.new_number(received, "")
    code = codes.new_code()
    message = createContentInContainer(
        messages_folder(),
        "CitizenMessage",
        id=number.lower(),
        checkConstraints=False,
        title=number,
        tracking_number=number,
        received_on=received,
        submitted=case_clock.utc(case_clock.china_now()),
        **clean,
    )
    message._query_code = codes.hash_code(code)
    numbers.numbers[number] = message.UID()
    if acknowledge:
        send_acknowledgement(message, code)
    return message, code


def find(number):
    """The message with this tracking number, unrestricted, or None."""
    uid = register().numbers.get(codes.normalize_number(number))
    if uid is None:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(UID=uid):
        return brain._unrestrictedGetObject()
    return None


def find_with_code(number, code):
    """The message if number and code match; None otherwise, alike."""
    message = find(number)
    stored = getattr(message, "_query_code", None)
    return message if codes.code_matches(stored, code) else None


ACK = """{name}：

您的留言已收到。

留言编号：{number}
查询码：{code}
收到日期：{received}

请妥善保存留言编号和查询码，凭其可在门户网站“互动交流”栏目查询办理进度和答复，并对答复作出评价。
本邮件由系统自动发送，请勿回复。
"""


def send_acknowledgement(message, code):
    """回执 by email when the contact given is an address, once the message
    is stored for good (after the commit, as for applications: a request
    retried after a conflict mails once; a refusing mail server only logs)."""
    if not is_email(message.contact):
        return
    recipient, number = message.contact, message.tracking_number
    body = ACK.format(
        name=message.name,
        number=number,
        code=code,
        received=message.received_on.isoformat(),
    )

    def deliver(committed):
        if not committed:
            return
        try:
            api.portal.send_email(
                recipient=recipient,
                subject=f"留言回执（{number}）",
                body=body,
                immediate=True,
            )
        except ValueError as error:  # no MailHost or sender address configured
            logger.warning("no mail for message %s: %s", number, error)
        except Exception:  # a mail problem must not lose the message
            logger.exception("mail for message %s failed", number)

    transaction.get().addAfterCommitHook(deliver)


def now_utc():
    return case_clock.utc(case_clock.china_now())


def stamp():
    """Now in Beijing as text, for logs."""
    return case_clock.china_now().isoformat(timespec="seconds")
