"""Mail each unit its daily list of overdue and due messages and 舆情 orders.

Run with: bin/instance run scripts/daily_lists.py [--dry-run] [--always]
Environment: ZWGK_SITE_ID (Plone). Crontab (every morning at 08:00; the
script itself skips rest days, so 调休 Saturdays get their list):

    0 8 * * * cd /srv/zwgk && bin/instance run scripts/daily_lists.py

The logic is ``zwgk.citizen_messages.daily``; mails go through MailHost's
queue and leave when this script's transaction commits.
"""

from Testing.makerequest import makerequest

import os
import sys
import transaction


app = makerequest(globals()["app"])  # noqa: F821 (Zope's `run` gives it)


def main():
    from zwgk.citizen_messages.daily import run

    dry_run = "--dry-run" in sys.argv
    site_id = os.environ.get("ZWGK_SITE_ID", "Plone")
    lists = run(app, site_id, dry_run=dry_run, always="--always" in sys.argv)
    for to, subject, body in lists:
        print(f"{'(dry run) ' if dry_run else ''}{subject} → {', '.join(to)}")
        if dry_run:
            print(body)
    if not dry_run:
        transaction.commit()
    print(f"zwgk: {len(lists)} daily lists {'checked' if dry_run else 'queued'}.")


main()
