"""Create the zwgk Plone site if it does not exist yet (run by `make start`).

Run with: bin/instance run scripts/create_site.py
Environment: ZWGK_SITE_ID (Plone), ZWGK_ADMIN_USER (admin),
ZWGK_ADMIN_PASSWORD (admin), ZWGK_DEMO (1: load the demo district).
"""

from AccessControl.SecurityManagement import newSecurityManager
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
from zwgk.setuphandlers.zope_admin import ensure_admin

import os
import transaction


# Zope's `run` puts the application object in the script's globals.
app = makerequest(globals()["app"])  # noqa: F821

SITE_ID = os.environ.get("ZWGK_SITE_ID", "Plone")
ADMIN_USER = os.environ.get("ZWGK_ADMIN_USER", "admin")
ADMIN_PASSWORD = os.environ.get("ZWGK_ADMIN_PASSWORD", "admin")
WITH_DEMO = os.environ.get("ZWGK_DEMO", "1") not in ("0", "false", "no")

# What plone.classicui's "classic" distribution installs, then zwgk.
BASE_PROFILES = [
    "plone.app.contenttypes:default",
    "plone.app.layout:default",
    "plonetheme.barceloneta:default",
    "zwgk:default",
]


def main():
    admin = ensure_admin(app, ADMIN_USER, ADMIN_PASSWORD)
    newSecurityManager(None, admin.__of__(app.acl_users))
    if SITE_ID in app.objectIds():
        print(f"zwgk: site /{SITE_ID} exists, reusing it.")
    else:
        profiles = BASE_PROFILES + (["zwgk:demo"] if WITH_DEMO else [])
        addPloneSite(
            app,
            SITE_ID,
            title="政务公开",
            extension_ids=profiles,
            default_language="zh-cn",
            portal_timezone="Asia/Shanghai",
        )
        print(f"zwgk: created site /{SITE_ID} with {', '.join(profiles)}.")
    transaction.commit()
    port = os.environ.get("ZWGK_HTTP_PORT", "8080")
    print("=" * 64)
    print(f"  zwgk portal:  http://localhost:{port}/{SITE_ID}")
    print(f"  admin login:  {ADMIN_USER} / {ADMIN_PASSWORD}")
    print("=" * 64)


main()
