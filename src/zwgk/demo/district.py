"""The demo district's content (演示数据), loaded from the demo profile's files.

``district/units.json`` (机构), ``directories.json`` with one CSV table per
standard directory, ``information.json`` (政府信息, its files under
``attachments/``), ``interpretations.json`` (政策解读) and
``applications.json`` (依申请公开, see ``zwgk.applications.demo``),
``messages.json`` (网民留言, ``zwgk.citizen_messages.demo``) and
``opinions.json`` (政务舆情, ``zwgk.public_opinion.demo``). Everything goes
through the same paths an administrator uses: ``zwgk.bulk.loader`` for content and
the directory import for tables, so the demo data is checked like any other
load. Units live in the 政务公开 section; applying the profile again changes
nothing.
"""

from plone import api
from plone.namedfile.file import NamedBlobFile
from zwgk.applications.demo import load_applications
from zwgk.bulk import loader as bulk
from zwgk.citizen_messages.demo import load_messages
from zwgk.directories.importer import import_directory
from zwgk.public_opinion.demo import load_opinions
from zwgk.setuphandlers.district import read_json
from zwgk.units.groups import OFFICE_GROUP
from zwgk.units.groups import group_id

import logging


logger = logging.getLogger("zwgk.demo.district")

SECTION = "zwgk"
OFFICE_UNIT = "gkb"  # 南昌经开区党工委管委会办公室, where the 公开办 sits
DATA = "district"
UNIT_FIELDS = (
    "title",
    "description",
    "code",
    "level",
    "address",
    "office_hours",
    "phone",
    "fax",
    "email",
    "postal_code",
    "application_office",
    "guide_text",
    "disclosure_office",
)
INFORMATION_FIELDS = (
    "title",
    "description",
    "document_number",
    "publisher",
    "written_date",
    "publication_date",
    "topic",
    "genre",
    "statutory_category",
    "disclosure_rule",
    "report_year",
    "disclosure_attribute",
    "withholding_ground",
    "withholding_reason",
    "validity",
    "validity_date",
    "validity_note",
    "text",
)
INTERPRETATION_FIELDS = (
    "title",
    "description",
    "form",
    "disclosure_attribute",
    "validity",
    "questions",
)


def _pick(spec, names):
    return {name: spec[name] for name in names if spec.get(name) not in (None, "")}


def _published_unless_withheld(spec):
    """Proactive information is public; 依申请公开/不予公开 is approved, not public."""
    if spec.get("disclosure_attribute", "proactive") == "proactive":
        return "published"
    return "filed"


def _publish(objects):
    for obj in objects:
        if api.content.get_state(obj) != "published":
            api.content.transition(obj=obj, to_state="published")


def load_units(site, units):
    records = [
        {
            "@type": "OrgUnit",
            "parent": SECTION,
            "id": spec["id"],
            "review_state": "published",
            **_pick(spec, UNIT_FIELDS),
        }
        for spec in units
    ]
    return bulk.load(site, records)


def load_directories(site, context, directories):
    section = site[SECTION]
    records = [
        {
            "@type": "DisclosureDirectory",
            "parent": f"{SECTION}/{spec['unit']}",
            "id": spec["id"],
            "title": spec["title"],
            "area": spec["area"],
            "level": spec["level"],
            "competent_department": section[spec["competent"]].UID(),
            "version": spec.get("version", "1.0"),
            "in_force_from": spec.get("effective_date"),
        }
        for spec in directories
    ]
    created = bulk.load(site, records)
    for directory, spec in zip(created, directories, strict=True):
        data = context.readDataFile(f"{DATA}/{spec['file']}")
        import_directory(directory, data, spec["file"].rsplit("/", 1)[-1])
    _publish(created)  # the items follow their directory
    return created


def _item_uids(section, refs):
    uids = []
    for ref in refs:
        directory = section.unrestrictedTraverse(ref["directory"])
        wanted = (ref["level1"], ref.get("level2") or "")
        (item,) = [
            item
            for item in directory.items_in_order()
            if (item.item_level1, item.item_level2 or "") == wanted
        ]
        uids.append(item.UID())
    return uids


def load_information(site, information):
    section = site[SECTION]
    records = []
    for spec in information:
        record = {
            "@type": "GovernmentInformation",
            "parent": f"{SECTION}/{spec['unit']}",
            "id": spec["id"],
            **_pick(spec, INFORMATION_FIELDS),
        }
        if spec.get("items"):
            record["disclosure_items"] = _item_uids(section, spec["items"])
        record["review_state"] = _published_unless_withheld(spec)
        records.append(record)
    return bulk.load(site, records)


def load_attachments(context, created, information):
    """附件: files listed under ``attachments`` become File children."""
    for info, spec in zip(created, information, strict=True):
        for attachment in spec.get("attachments", ()):
            data = context.readDataFile(f"{DATA}/{attachment['file']}")
            filename = attachment["file"].rsplit("/", 1)[-1]
            api.content.create(
                container=info,
                type="File",
                id=attachment.get("id"),
                title=attachment.get("title", filename),
                file=NamedBlobFile(data, filename=filename),
            )


def load_interpretations(site, interpretations):
    section = site[SECTION]
    records = [
        {
            "@type": "PolicyInterpretation",
            "parent": f"{SECTION}/{spec['unit']}",
            "id": spec["id"],
            "policy": section.unrestrictedTraverse(spec["policy"]).UID(),
            "review_state": "published",
            **_pick(spec, INTERPRETATION_FIELDS),
            **spec.get("sections", {}),
        }
        for spec in interpretations
    ]
    return bulk.load(site, records)


DEMO_PASSWORD = "zwgk-demo"  # noqa: S105 (public demo accounts, in the README)
ACCOUNT_ROLES = (
    ("editor", "editors"),
    ("reviewer", "reviewers"),
    ("approver", "approvers"),
)


def load_accounts(site, unit_ids):
    """Demo accounts ``<unit>-editor/-reviewer/-approver`` (password zwgk-demo).

    The office's approver also joins the 公开办 group, which administers all.
    """
    section = site[SECTION]
    for unit_id in unit_ids:
        unit = section[unit_id]
        for suffix, kind in ACCOUNT_ROLES:
            user_id = f"{unit_id}-{suffix}"
            if api.user.get(userid=user_id) is None:
                api.user.create(
                    email=f"{user_id}@example.org",
                    username=user_id,
                    password=DEMO_PASSWORD,
                    properties={"fullname": f"{unit.Title()} {suffix}"},
                )
            api.group.add_user(groupname=group_id(unit, kind), username=user_id)
    if OFFICE_UNIT in unit_ids:
        api.group.add_user(groupname=OFFICE_GROUP, username=f"{OFFICE_UNIT}-approver")


def import_demo_content(context):
    """GenericSetup import step of the demo profile."""
    units = read_json(context, f"{DATA}/units.json")
    if units is None:
        return  # not the demo profile
    site = api.portal.get()
    section = site[SECTION]
    if units and units[0]["id"] in section:
        logger.info("Demo district already loaded, nothing to do.")
        return
    load_units(site, units)
    load_accounts(site, [u["id"] for u in units if u.get("demo_accounts")])
    directories = read_json(context, f"{DATA}/directories.json") or []
    load_directories(site, context, directories)
    information_specs = read_json(context, f"{DATA}/information.json") or []
    information = load_information(site, information_specs)
    load_attachments(context, information, information_specs)
    interpretations = load_interpretations(
        site, read_json(context, f"{DATA}/interpretations.json") or []
    )
    applications = load_applications(
        section, read_json(context, f"{DATA}/applications.json") or []
    )
    messages = load_messages(section, read_json(context, f"{DATA}/messages.json") or [])
    opinions = load_opinions(section, read_json(context, f"{DATA}/opinions.json") or [])
    logger.info(
        "Demo district: %d units, %d directories, %d information, "
        "%d interpretations, %d applications, %d messages, %d 舆情",
        len(units),
        len(directories),
        len(information),
        len(interpretations),
        len(applications),
        len(messages),
        len(opinions),
    )
