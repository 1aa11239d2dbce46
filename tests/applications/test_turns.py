"""按序受理: one submission at a time, each seeing the ones before it."""

from ZODB.DB import DB
from ZODB.MappingStorage import MappingStorage
from zwgk.applications import turns
from zwgk.applications.turns import take_turn

import pytest
import threading
import transaction


@pytest.fixture
def db():
    database = DB(MappingStorage())
    connection = database.open()  # the thread's own transaction manager
    connection.root()["count"] = 0
    transaction.commit()
    yield database, connection
    transaction.abort()
    connection.close()
    database.close()
    assert not turns._turn.locked(), "a test left the turn taken"


def test_the_turn_ends_when_the_transaction_commits(db):
    take_turn()
    assert turns._turn.locked()
    transaction.commit()
    assert not turns._turn.locked()


def test_the_turn_ends_when_the_transaction_aborts(db):
    take_turn()
    transaction.abort()
    assert not turns._turn.locked()


def test_the_turn_ends_when_the_commit_fails_and_zope_aborts(db):
    take_turn()

    def refuse():
        raise RuntimeError("a hook refuses")

    transaction.get().addBeforeCommitHook(refuse)
    with pytest.raises(RuntimeError):
        transaction.commit()
    transaction.abort()  # what the publisher does after a failed commit
    assert not turns._turn.locked()


def test_a_second_submission_in_one_request_does_not_wait_for_itself(db):
    take_turn()
    take_turn()
    transaction.commit()
    assert not turns._turn.locked()


def test_a_turn_sees_what_was_committed_meanwhile(db):
    database, connection = db
    assert connection.root()["count"] == 0  # read before the other commit
    other = transaction.TransactionManager()
    elsewhere = database.open(transaction_manager=other)
    elsewhere.root()["count"] = 1
    other.commit()
    elsewhere.close()
    take_turn()
    root = connection.root()
    assert root["count"] == 1
    root["count"] += 1
    transaction.commit()  # no conflict with the earlier commit
    assert root["count"] == 2


def test_what_the_request_already_wrote_is_kept(db):
    _database, connection = db
    connection.root()["written"] = "before the turn"
    take_turn()
    transaction.commit()
    assert connection.root()["written"] == "before the turn"


def test_who_and_where_stay_on_the_fresh_transaction(db):
    transaction.get().user = "applicant"
    transaction.get().note("/plone/@disclosure-applications")
    take_turn()
    assert transaction.get().user == "applicant"
    assert transaction.get().description == "/plone/@disclosure-applications"
    transaction.abort()


def test_the_next_submission_waits_for_the_one_before_to_commit(db):
    database, _connection = db
    take_turn()
    started, submitted = threading.Event(), threading.Event()

    def next_submission():
        connection = database.open()
        started.set()
        take_turn()
        submitted.set()
        transaction.commit()
        connection.close()

    thread = threading.Thread(target=next_submission)
    thread.start()
    started.wait(5)
    assert not submitted.wait(0.2)  # still waiting for this turn
    transaction.commit()
    assert submitted.wait(5)
    thread.join(5)
    assert not turns._turn.locked()


def test_without_a_turn_in_time_the_submission_goes_on(db, monkeypatch):
    monkeypatch.setattr(turns, "WAIT_SECONDS", 0.01)
    take_turn()
    went_on = threading.Event()

    def stuck_behind():
        take_turn()  # gives up waiting; Zope's retries handle a conflict
        went_on.set()
        transaction.abort()

    thread = threading.Thread(target=stuck_behind)
    thread.start()
    thread.join(5)
    assert went_on.is_set()
    assert turns._turn.locked()  # still this transaction's turn
    transaction.commit()
