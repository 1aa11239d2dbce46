"""Simultaneous submissions: none lost, no tracking number shared."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from plone import api
from Products.CMFCore.indexing import processQueue
from ZODB.POSException import ConflictError
from zwgk.applications import codes
from zwgk.applications import intake
from zwgk.applications.codes import register
from zwgk.applications.validation import check
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units

import pytest
import requests
import transaction


def _submit(portal, unit_path):
    """What a request does, on the given connection's site."""
    from zope.component.hooks import setSite

    setSite(portal)
    unit = portal.unrestrictedTraverse(unit_path)
    clean = check(body(unit), {unit.UID(): unit.Title()})
    application, _code = intake.submit(clean)
    processQueue()  # catalog now, as the end of a request does
    return application.tracking_number


def warm_up(portal):
    """The first application makes the unit's folder and the site's register;
    two first applications at once conflict there once (Zope retries)."""
    _submit(portal, "czj")
    transaction.commit()


def test_two_connections_submitting_at_once_both_commit(functional):
    portal = functional["portal"]
    staffed_units(portal)
    warm_up(portal)
    db = functional["zodbDB"]
    managers = [transaction.TransactionManager() for _ in range(2)]
    connections = [db.open(transaction_manager=tm) for tm in managers]
    try:
        sites = [c.root()["Application"]["plone"] for c in connections]
        first = _submit(sites[0], "czj")
        second = _submit(sites[1], "czj")  # same unit folder, same register
        managers[0].commit()
        for _attempt in range(3):  # Zope retries a request that conflicts
            try:
                managers[1].commit()
                break
            except ConflictError:
                managers[1].abort()
                second = _submit(sites[1], "czj")
        else:
            raise AssertionError("the second submission never committed")
        assert first != second
    finally:
        for c in connections:
            c.close()
        from zope.component.hooks import setSite

        setSite(portal)
    transaction.begin()
    numbers = register(portal).numbers
    assert {first, second} < set(numbers)
    assert len(portal["czj"]["applications"].objectIds()) == 3


def test_the_same_number_drawn_twice_conflicts(functional, monkeypatch):
    """Two submissions drawing the same number cannot both commit."""
    portal = functional["portal"]
    staffed_units(portal)
    transaction.commit()
    monkeypatch.setattr(codes.secrets, "choice", lambda alphabet: alphabet[0])
    db = functional["zodbDB"]
    managers = [transaction.TransactionManager() for _ in range(2)]
    connections = [db.open(transaction_manager=tm) for tm in managers]
    try:
        sites = [c.root()["Application"]["plone"] for c in connections]
        first = codes.register(sites[0]).new_number(date(2026, 3, 2), "a")
        second = codes.register(sites[1]).new_number(date(2026, 3, 2), "b")
        assert first == second
        managers[0].commit()
        with pytest.raises(ConflictError):
            managers[1].commit()
        managers[1].abort()
        # the retry sees the number taken and would draw another
        assert codes.register(sites[1]).numbers.insert(second, "b") == 0
    finally:
        for c in connections:
            c.close()


def test_simultaneous_http_submissions(functional_portal, monkeypatch):
    """A burst on one unit: every applicant gets a number, and none of the
    submissions conflicts (Zope's three retries once ran out here)."""
    portal = functional_portal
    czj, _ = staffed_units(portal)
    api.portal.set_registry_record("zwgk.applications.submissions_per_hour", 100)
    warm_up(portal)
    conflicts = []
    commit = transaction.Transaction.commit

    def counted_commit(txn):
        try:
            return commit(txn)
        except ConflictError as error:
            conflicts.append(str(error))
            raise

    monkeypatch.setattr(transaction.Transaction, "commit", counted_commit)
    url = f"{portal.absolute_url()}/@disclosure-applications"
    data = body(czj)

    def submit(_):
        return requests.post(
            url, json=data, headers={"Accept": "application/json"}, timeout=60
        )

    with ThreadPoolExecutor(max_workers=4) as pool:  # the instance's 4 threads
        answers = list(pool.map(submit, range(16)))
    codes_seen = [a.status_code for a in answers]
    assert codes_seen == [201] * 16, [a.text for a in answers if a.status_code != 201]
    assert conflicts == []
    numbers = [a.json()["tracking_number"] for a in answers]
    assert len(set(numbers)) == 16
    transaction.begin()
    assert set(numbers) < set(register(portal).numbers)
    assert len(czj["applications"].objectIds()) == 17


def test_an_application_leaves_its_folder_alone(functional):
    """Adding an application does not rewrite the folder or its catalog
    record, which every simultaneous submission would otherwise share."""
    portal = functional["portal"]
    staffed_units(portal)
    warm_up(portal)
    folder = portal["czj"]["applications"]
    catalog = api.portal.get_tool("portal_catalog")
    [brain] = catalog.unrestrictedSearchResults(UID=folder.UID())
    modified = folder.modification_date
    number = _submit(portal, "czj")
    transaction.commit()
    assert folder.modification_date == modified
    [after] = catalog.unrestrictedSearchResults(UID=folder.UID())
    assert after.modified == brain.modified
    found = catalog.unrestrictedSearchResults(
        portal_type="DisclosureApplication", path="/".join(folder.getPhysicalPath())
    )
    assert len(found) == 2
    # the application itself is indexed, by its number
    assert len(catalog.unrestrictedSearchResults(tracking_number=number)) == 1
