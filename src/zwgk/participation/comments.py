"""意见: the comments on a consultation, where they are kept and who sees what.

Each comment is a small persistent object in the consultation's
``_comments`` OOBTree, keyed by its time of arrival plus a random suffix.
Simultaneous comments therefore write distinct keys of one BTree bucket,
which ZODB's BTree conflict resolution merges; nothing else is written on
submission: no counter, no catalog record, not the consultation itself.
(Only a bucket split in two transactions at once still conflicts, and
Zope retries that request; within one instance ``applications.turns``
lets submissions take turns so even that does not happen.)

``_approved`` (an OOTreeSet of keys) holds what the public may see; staff
moderation writes it, so a page shows its 20 comments without loading the
other thousands.

Visibility: the public sees approved comments only, and of a commenter
only the masked name (``张**``); contact data, pending and hidden comments
exist for the unit's staff alone (permission ``zwgk: Moderate comments``).
"""

from AccessControl import Unauthorized
from datetime import UTC
from datetime import datetime
from persistent import Persistent
from zwgk.participation import terms

import secrets


MODERATE = "zwgk: Moderate comments"
PUBLISH_FEEDBACK = "zwgk: Publish participation feedback"
PAGE_SIZE = 20


class NotAllowed(Unauthorized):
    """Unauthorized with a Chinese sentence (zExceptions would take a message
    without spaces for the name of what was refused)."""

    def __init__(self, text):
        super().__init__(text)
        self.text = text

    def __str__(self):
        return self.text


class Comment(Persistent):
    """One comment; ``history`` records every moderation act."""

    in_reply_to = None
    name = ""
    email = ""
    phone = ""
    address = ""
    channel = terms.ONLINE
    status = terms.PENDING
    hide_reason = None
    hide_note = ""
    outcome = None
    outcome_reason = ""
    summary = ""
    received_on = None
    registered_by = None
    history = ()

    def __init__(self, key, text, created, **fields):
        self.key = key
        self.text = text
        self.created = created
        for name, value in fields.items():
            setattr(self, name, value)

    @property
    def reference(self):
        """意见编号 as commenters and staff quote it: YJ-20260302-4F3A2C."""
        return f"YJ-{self.key[:8]}-{self.key[-6:].upper()}"

    @property
    def display_name(self):
        """The name the public sees: the first character and two stars."""
        name = (self.name or "").strip()
        return f"{name[0]}**" if name else "网民"

    def record(self, actor, action, **details):
        entry = {
            "when": datetime.now(UTC),
            "actor": actor,
            "action": action,
            **details,
        }
        self.history = (*self.history, entry)


def _store(consultation):
    store = getattr(consultation, "_comments", None)
    if store is None:  # a consultation made before comments existed
        consultation.reset_comments()
        store = consultation._comments
    return store


def new_key(store, now=None):
    now = now or datetime.now(UTC)
    while True:
        key = f"{now:%Y%m%d%H%M%S%f}{secrets.token_hex(3)}"
        if key not in store:
            return key


def add(consultation, text, when=None, **fields):
    """Store a new comment (already checked) and return it; ``when`` (UTC)
    is for comments that arrived earlier (the demo)."""
    store = _store(consultation)
    now = when or datetime.now(UTC)
    key = new_key(store, now)
    comment = Comment(key, text, now, **fields)
    store[key] = comment
    if comment.status == terms.APPROVED:
        consultation._approved.add(key)
    return comment


def get(consultation, key):
    return _store(consultation).get(str(key or ""))


def all_comments(consultation):
    """Every comment, oldest first (staff only)."""
    return list(_store(consultation).values())


def count(consultation):
    return len(_store(consultation))


def approved_count(consultation):
    return len(consultation._approved)


def approved_page(consultation, start=0, size=PAGE_SIZE):
    """Approved comments ``start`` to ``start + size``, newest first; only
    those are loaded from the database."""
    approved = consultation._approved
    total = len(approved)
    first, last = max(total - start - size, 0), max(total - start, 0)
    keys = list(approved.keys()[first:last]) if last > first else []
    store = _store(consultation)
    return [store[key] for key in reversed(keys)]


def set_status(consultation, comment, status, actor, reason=None, note=""):
    """审核: approve or hide (hiding needs a reason); recorded on the comment."""
    comment.status = status
    if status == terms.APPROVED:
        comment.hide_reason, comment.hide_note = None, ""
        consultation._approved.add(comment.key)
        comment.record(actor, "approve")
    else:
        comment.hide_reason, comment.hide_note = reason, note
        if comment.key in consultation._approved:
            consultation._approved.remove(comment.key)
        comment.record(actor, "hide", reason=reason, note=note)


def public(comment):
    """What anybody may know of an approved comment."""
    return {
        "id": comment.key,
        "reference": comment.reference,
        "name": comment.display_name,
        "channel": {
            "token": comment.channel,
            "title": terms.title(terms.COMMENT_CHANNELS, comment.channel),
        },
        "text": comment.text,
        "in_reply_to": comment.in_reply_to,
        "created": comment.created.isoformat(),
    }


def private(comment):
    """What the unit's staff see, contact data and moderation included."""
    return {
        **public(comment),
        "name": comment.name,
        "email": comment.email,
        "phone": comment.phone,
        "address": comment.address,
        "received_on": comment.received_on.isoformat() if comment.received_on else None,
        "registered_by": comment.registered_by,
        "status": {
            "token": comment.status,
            "title": terms.title(terms.STATUSES, comment.status),
        },
        "hide_reason": comment.hide_reason,
        "hide_note": comment.hide_note,
        "outcome": comment.outcome,
        "outcome_reason": comment.outcome_reason,
        "summary": comment.summary,
    }
