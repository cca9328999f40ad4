"""Customer identity: normalised phones (E.164) and emails, and the keyed hashes stored for them.

Raw phones and emails never reach the warehouse; ``identity_hash`` turns them into stable keys so
that the same customer is recognised across channels and nights without storing PII. The hash is
an HMAC-SHA256 keyed with the deployment's secret identity key (:mod:`pipeline.customers.identity_key`):
without the key a stored hash cannot be brute-forced back to a phone number, however small the
space of phone numbers is.
"""

from __future__ import annotations

import hashlib
import hmac
import re

import phonenumbers

from pipeline.model import CustomerRef

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEPARATORS = re.compile(r"[\s()\-.]")
_RU_MOBILE_OR_CITY = re.compile(r"^(?:\+7|8|7)?([3489]\d{9})$")  # +7 numbers: always 10 national digits
# Only for unit tests and callers that do not care about linking across deployments: the nightly
# run always passes the deployment key resolved by pipeline.customers.identity_key.
DEFAULT_SALT = "servicelens-unkeyed"


def normalize_phone(raw: str | None, region: str = "RU") -> str | None:
    """E.164 form of a phone number (``8 (916) 123-45-67`` → ``+79161234567``), None if invalid."""
    if not raw or not str(raw).strip():
        return None
    text = str(raw).strip()
    compact = _SEPARATORS.sub("", text)
    if region.upper() == "RU" or compact.startswith("+7"):
        match = _RU_MOBILE_OR_CITY.match(compact)
        if match:  # fast path for Russian numbers, incl. the trunk prefix 8 → +7
            return "+7" + match.group(1)
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(raw: str | None) -> str | None:
    """Lower-cased, trimmed address; None when it is not an address."""
    if not raw:
        return None
    text = str(raw).strip().strip("<>").lower()
    return text if _EMAIL_RE.match(text) else None


def identity_hash(kind: str, value: str, salt: str = DEFAULT_SALT) -> str:
    """Stable pseudonymous key for one identity (``kind`` is ``phone``, ``email`` or ``id``).

    ``salt`` is the deployment's secret identity key (the parameter keeps its old name for the
    callers): HMAC-SHA256(key, "kind|value"), first 16 hex digits.
    """
    digest = hmac.new(salt.encode(), f"{kind}|{value}".encode(), hashlib.sha256).hexdigest()[:16]
    return f"{kind}:{digest}"


def identities(customer: CustomerRef, salt: str = DEFAULT_SALT) -> list[tuple[str, str]]:
    """All (kind, hash) identities a contact carries, strongest first."""
    out: list[tuple[str, str]] = []
    if customer.customer_id:
        out.append(("id", identity_hash("id", customer.customer_id, salt)))
    if customer.phone:
        out.append(("phone", identity_hash("phone", customer.phone, salt)))
    if customer.email:
        out.append(("email", identity_hash("email", customer.email, salt)))
    return out

