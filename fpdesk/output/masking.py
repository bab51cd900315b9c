"""What a reader may see of an ID number or a phone: in full for roles that
may see ID numbers, masked otherwise. Every printout and every screen that
shows them uses these rules."""

from __future__ import annotations

from fpdesk.domain import idcard
from fpdesk.services.context import Actor


def shown_id(number: str | None, actor: Actor) -> str:
    """The ID number as this reader may see it: masked unless the role may see ID numbers."""
    if not number:
        return ""
    return number if actor.may_see_ids else idcard.mask(number)


def shown_phone(phone: str | None, actor: Actor) -> str:
    """A phone or contact: in full for roles that see ID numbers, else only its last 4 characters."""
    if not phone:
        return ""
    return phone if actor.may_see_ids else mask_phone(phone)


def mask_phone(phone: str | None) -> str:
    """Only the last 4 characters of a phone or contact (13912345678 → *******5678)."""
    if not phone or len(phone) <= 4:
        return phone or ""
    return "*" * (len(phone) - 4) + phone[-4:]
