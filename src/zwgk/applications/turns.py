"""One submission at a time in each Zope instance (按序受理).

Simultaneous submissions write the same catalog records: the postings of
the words every tracking number shares (``ysq`` and the day's date) are
one record each until ten applications hold them. Two transactions
writing one record cannot be merged, so one fails with a ZODB conflict;
Zope retries it three times, and in a burst of submissions that ran out
and an applicant saw an error instead of a tracking number.

Here a submission waits for the one before it to commit, then reads the
database afresh, so submissions in one instance never conflict with each
other. Each takes a few tens of milliseconds, so waiting costs little.
Between instances of a ZEO cluster, Zope's retries still do the work.
"""

import logging
import threading
import transaction


logger = logging.getLogger(__name__)
WAIT_SECONDS = 30  # then go on without a turn; a conflict is retried
_turn = threading.Lock()
_holder = threading.local()


def take_turn():
    """Wait for the submission before this one to end; hold the turn until
    this request's transaction commits or aborts."""
    if getattr(_holder, "has_turn", False):
        return  # a second submission in the same request
    if not _turn.acquire(timeout=WAIT_SECONDS):
        logger.warning("no turn after %s s; submitting anyway", WAIT_SECONDS)
        return
    try:
        txn = _up_to_date()
        txn.addAfterCommitHook(lambda _succeeded: _end_turn())
        txn.addAfterAbortHook(_end_turn)
    except BaseException:
        _turn.release()
        raise
    _holder.has_turn = True


def _up_to_date():
    """The transaction, begun afresh to see what the submissions before this
    one committed; unless it wrote something already: a request's own
    writes (or a test's uncommitted fixture) must not be thrown away."""
    txn = transaction.get()
    if txn._resources:
        return txn
    who, where, extension = txn.user, txn.description, dict(txn.extension)
    fresh = transaction.begin()  # aborts txn, which frees its attributes
    fresh.user, fresh.description = who, where
    fresh.extension.update(extension)
    return fresh


def _end_turn():
    if getattr(_holder, "has_turn", False):
        _holder.has_turn = False
        _turn.release()
