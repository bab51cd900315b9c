"""Setting up a new office (the first-run wizard): its region, villages and
groups, and the administrator account — one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from fpdesk.db.models import VillageGroup
from fpdesk.domain.messages import ClerkError
from fpdesk.domain.regions import code_problem
from fpdesk.services import auth, records, settings
from fpdesk.services.context import Actor


class SetupError(ClerkError):
    """The set-up cannot be saved; `field` names what to correct."""

    def __init__(self, field: str, message: str, en: str | None = None):
        self.field = field
        super().__init__(message, en)


@dataclass(frozen=True)
class VillageSpec:
    code: str        # 12 digits
    name: str
    groups: int = 0  # groups numbered 01..groups


@dataclass(frozen=True)
class OfficeSetup:
    code: str        # the township's 12-digit code (or a county's, for a county office)
    name: str
    level: str = "township"
    villages: list[VillageSpec] = field(default_factory=list)
    admin_username: str = "admin"
    admin_password: str = ""
    admin_display_name: str | None = None


def needs_setup(session: Session) -> bool:
    return not auth.has_accounts(session)


def validate(setup: OfficeSetup) -> None:
    problem = code_problem(setup.code, setup.level)
    if problem:
        raise SetupError("code", *problem)
    if not setup.name.strip():
        raise SetupError("name", "请填写单位名称", "Enter the office's name")
    seen = set()
    for i, village in enumerate(setup.villages, start=1):
        problem = code_problem(village.code, "village")
        if problem:
            raise SetupError(f"villages[{i}]", f"第 {i} 个村：{problem[0]}", f"Village {i}: {problem[1]}")
        if setup.level == "township" and village.code[:9] != setup.code[:9]:
            raise SetupError(f"villages[{i}]", f"第 {i} 个村的代码 {village.code} 不属于本乡镇 {setup.code[:9]}",
                             f"The code {village.code} of village {i} is not in this township {setup.code[:9]}")
        if village.code in seen:
            raise SetupError(f"villages[{i}]", f"村代码重复：{village.code}",
                             f"Village code entered twice: {village.code}")
        if not village.name.strip():
            raise SetupError(f"villages[{i}]", f"第 {i} 个村未填写名称", f"Village {i} has no name")
        if not 0 <= village.groups <= 99:
            raise SetupError(f"villages[{i}]", f"第 {i} 个村的组数应在 0–99 之间",
                             f"Village {i} has 0–99 groups")
        seen.add(village.code)
    problem = auth.password_problem(setup.admin_password)
    if problem:
        raise SetupError("admin_password", problem, auth.PASSWORD_PROBLEMS_EN[problem])


def create_office(session: Session, setup: OfficeSetup) -> Actor:
    """Create everything; refuses a database that already has accounts."""
    if not needs_setup(session):
        raise SetupError("code", "此数据库已完成初始设置", "This database has been set up already")
    validate(setup)
    try:
        auth.add_user(session, None, setup.admin_username, setup.admin_password, "admin",
                      setup.admin_display_name)
    except auth.AuthError as exc:
        raise SetupError("admin_username", str(exc), exc.message_en) from None
    actor = Actor(setup.admin_username, "admin")
    parent = setup.code[:6] + "000000" if setup.level == "township" else None
    records.create(session, actor, "regions", {"code": setup.code, "name": setup.name.strip(),
                                               "level": setup.level, "parent_code": parent})
    for village in setup.villages:
        records.create(session, actor, "regions", {"code": village.code, "name": village.name.strip(),
                                                   "level": "village", "parent_code": setup.code})
        for number in range(1, village.groups + 1):
            session.add(VillageGroup(village_code=village.code, group_no=f"{number:02d}"))
    settings.put(session, "office_region_code", setup.code)
    return actor


def village_groups(session: Session, village_code: str) -> list[str]:
    return list(session.scalars(select(VillageGroup.group_no)
                                .where(VillageGroup.village_code == village_code)
                                .order_by(VillageGroup.group_no)))
