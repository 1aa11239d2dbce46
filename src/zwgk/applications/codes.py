"""受理编号 and 查询码: how an applicant finds the application again.

The tracking number is ``YSQ-<year>-<5 digits>``, counted per site and
year. The counter is one persistent object that every allocation writes,
so two simultaneous submissions conflict in ZODB and Zope retries the
later one, which then takes the next number (no conflict resolution on
purpose: merging would hand one number out twice).

The query code is random, shown once, and stored only as a salted
PBKDF2 hash; it is compared in constant time.
"""

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac
import secrets


ANNOTATION_KEY = "zwgk.applications"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 10
ITERATIONS = 60_000
PREFIX = "YSQ"


class Register(Persistent):
    """Per site: the last serial of each year and tracking number → UID."""

    def __init__(self):
        self.last = PersistentMapping()
        self.numbers = OOBTree()

    def next_number(self, year):
        serial = self.last.get(year, 0) + 1
        self.last[year] = serial
        self._p_changed = True  # concurrent first numbers of a year conflict too
        return f"{PREFIX}-{year}-{serial:05d}"


def register(portal):
    annotations = IAnnotations(portal)
    found = annotations.get(ANNOTATION_KEY)
    if found is None:
        found = annotations[ANNOTATION_KEY] = Register()
    return found


def normalize_number(value):
    return "".join(str(value or "").split()).upper()


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def hash_code(code, salt=None):
    """(salt hex, hash hex) of a query code."""
    salt = bytes.fromhex(salt) if salt else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", _normalize(code), salt, ITERATIONS)
    return salt.hex(), digest.hex()


def _normalize(code):
    return "".join(str(code or "").split()).upper().encode("utf-8")


DUMMY = hash_code("0" * CODE_LENGTH, "00" * 16)


def code_matches(stored, code):
    """Whether ``code`` is the one hashed in ``stored``; as slow for a
    missing ``stored`` as for a wrong code, so timing tells nothing."""
    salt, expected = stored or DUMMY
    _, digest = hash_code(code, salt)
    return hmac.compare_digest(digest, expected) and stored is not None
