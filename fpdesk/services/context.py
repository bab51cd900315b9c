"""Who is acting, and the clock, for every service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fpdesk.domain.messages import ClerkError


@dataclass(frozen=True)
class Actor:
    username: str
    role: str  # admin / clerk / viewer (codes.ROLE)

    @property
    def may_edit(self) -> bool:
        return self.role in ("admin", "clerk")

    @property
    def may_see_ids(self) -> bool:
        return self.role in ("admin", "clerk")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


SYSTEM = Actor("system", "admin")


class PermissionDenied(ClerkError):
    """The signed-in role may not do this; the message is for the clerk."""


def require_edit(actor: Actor) -> None:
    if not actor.may_edit:
        raise PermissionDenied(f"用户 {actor.username} 为只读角色，不能修改记录",
                               f"User {actor.username} has a read-only role and cannot change records")


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied(f"用户 {actor.username} 不是管理员，不能执行此操作",
                               f"User {actor.username} is not an administrator and cannot do this")


def now_iso() -> str:
    """Local time with its UTC offset, to the second: 2026-11-22T10:31:05+08:00."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def today() -> date:
    return date.today()
