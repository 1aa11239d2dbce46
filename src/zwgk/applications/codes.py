"""受理编号 and 查询码: how an applicant finds the application again.

The tracking number is ``YSQ-<receipt date>-<4 random characters>``, e.g.
``YSQ-20260302-7K3M``, kept in an OOBTree of the site. No shared counter:
a counter that every submission writes makes simultaneous submissions
conflict, and under load Zope's retries run out and applicants get errors.
Distinct keys into an OOBTree merge under ZODB conflict resolution; the
same key twice (a drawn number already taken, or two simultaneous
submissions drawing the same one) is redrawn or conflicts and is retried,
so a number is never shared.

The query code is random, shown once, and stored only as a salted
PBKDF2 hash; it is compared in constant time.
"""

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac
import secrets


ANNOTATION_KEY = "zwgk.applications"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 10
ITERATIONS = 20_000  # 50 random bits behind it; keeps submissions quick
PREFIX = "YSQ"


class Register(Persistent):
    """Per site: tracking number → UID of the case.

    One per kind of case, each with its prefix: ``YSQ`` for applications
    (the registers in existing databases have no ``prefix`` of their own
    and take the class's), ``LY`` for citizens' messages.
    """

    prefix = PREFIX

    def __init__(self, prefix=PREFIX):
        self.numbers = OOBTree()
        if prefix != PREFIX:
            self.prefix = prefix

    def new_number(self, day, uid):
        """Draw a free number for a case received on ``day``; claim it."""
        while True:
            suffix = "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
            number = f"{self.prefix}-{day:%Y%m%d}-{suffix}"
            if self.numbers.insert(number, uid):  # False: taken, draw again
                return number


def register(portal, key=ANNOTATION_KEY, prefix=PREFIX):
    """The site's register of ``key`` (applications unless told), made on first use."""
    annotations = IAnnotations(portal)
    found = annotations.get(key)
    if found is None:
        found = annotations[key] = Register(prefix)
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
    # a lone surrogate (``?code=%ff``) becomes "?", which no code holds:
    # a wrong code, not an error
    text = "".join(str(code or "").split()).upper()
    return text.encode("utf-8", "replace")


DUMMY = hash_code("0" * CODE_LENGTH, "00" * 16)


def code_matches(stored, code):
    """Whether ``code`` is the one hashed in ``stored``; as slow for a
    missing ``stored`` as for a wrong code, so timing tells nothing."""
    salt, expected = stored or DUMMY
    _, digest = hash_code(code, salt)
    return hmac.compare_digest(digest, expected) and stored is not None
