"""User accounts, passwords (argon2id) and sign-in with lockout."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fpdesk.db.models import User
from fpdesk.domain import codes
from fpdesk.domain.messages import ClerkError
from fpdesk.services import audit
from fpdesk.services.context import Actor, now_iso, require_admin

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
_hasher = PasswordHasher()  # argon2id with the library's current defaults


class AuthError(ClerkError):
    """Sign-in or account change refused; the message is for the clerk."""


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str | None
    role: str
    disabled: bool
    locked_until: str | None


PASSWORD_PROBLEMS_EN = {
    "密码至少需要 8 个字符": "The password needs at least 8 characters",
    "密码必须同时包含字母和数字": "The password must contain both letters and digits",
}


def password_problem(password: str) -> str | None:
    """Why a new password is not acceptable (in Chinese; PASSWORD_PROBLEMS_EN), or None."""
    if len(password) < 8:
        return "密码至少需要 8 个字符"
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        return "密码必须同时包含字母和数字"
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def _user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def add_user(session: Session, actor: Actor | None, username: str, password: str, role: str,
             display_name: str | None = None, password_hash: str | None = None) -> None:
    """Add an account. The first account of a database needs no actor."""
    if has_accounts(session):
        if actor is None:
            raise AuthError("需要管理员登录后才能添加用户", "An administrator must sign in to add users")
        require_admin(actor)
    if role not in codes.ROLE:
        raise AuthError(f"未知角色：{role}（可选 admin、clerk、viewer）",
                        f"Unknown role: {role} (admin, clerk or viewer)")
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,40}", username or ""):
        raise AuthError("用户名须为 2–40 个字母、数字、下划线、点或连字符",
                        "A user name is 2–40 letters, digits, underscores, dots or hyphens")
    if _user(session, username):
        raise AuthError(f"用户名已存在：{username}", f"The user name is taken: {username}")
    if password_hash is None:
        problem = password_problem(password)
        if problem:
            raise AuthError(problem, PASSWORD_PROBLEMS_EN[problem])
        password_hash = hash_password(password)
    session.add(User(username=username, display_name=display_name, role=role,
                     password_hash=password_hash, created_at=now_iso()))
    session.flush()
    audit.record(session, actor or Actor(username, role), "user_add", "users", None,
                 {"username": username, "role": role})


def list_users(session: Session) -> list[UserRow]:
    return [UserRow(u.username, u.display_name, u.role, u.disabled, u.locked_until)
            for u in session.scalars(select(User).order_by(User.username))]


def set_password(session: Session, actor: Actor, username: str, password: str) -> None:
    if actor.username != username:
        require_admin(actor)
    user = _user(session, username)
    if user is None:
        raise AuthError(f"用户不存在：{username}", f"No such user: {username}")
    problem = password_problem(password)
    if problem:
        raise AuthError(problem, PASSWORD_PROBLEMS_EN[problem])
    user.password_hash = hash_password(password)
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(session, actor, "user_passwd", "users", None, {"username": username})


def set_disabled(session: Session, actor: Actor, username: str, disabled: bool) -> None:
    require_admin(actor)
    user = _user(session, username)
    if user is None:
        raise AuthError(f"用户不存在：{username}", f"No such user: {username}")
    user.disabled = disabled
    audit.record(session, actor, "user_lock" if disabled else "user_unlock", "users", None,
                 {"username": username})


def verify(session: Session, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check a password without writing anything (a read-only command such as `fpdesk check`):
    the same refusals as sign_in, but a failure is not counted and nothing is audited."""
    now = now or datetime.now().astimezone()
    user = _user(session, username)
    if user is None:
        raise AuthError("用户名或密码错误", "Wrong user name or password")
    if user.disabled:
        raise AuthError(f"用户 {username} 已停用，请联系管理员",
                        f"User {username} is disabled; ask the administrator")
    if user.locked_until and datetime.fromisoformat(user.locked_until) > now:
        until = datetime.fromisoformat(user.locked_until).strftime("%H:%M")
        raise AuthError(f"连续输错密码 {MAX_FAILED_ATTEMPTS} 次，账户已锁定至 {until}",
                        f"{MAX_FAILED_ATTEMPTS} wrong passwords in a row: the account is locked until {until}")
    if not _password_matches(user.password_hash, password):
        raise AuthError("用户名或密码错误", "Wrong user name or password")
    return Actor(user.username, user.role)


def sign_in(session: Session, username: str, password: str, now: datetime | None = None,
            verified: tuple[str, bool] | None = None) -> Actor:
    """Check a password; five failures lock the account for 15 minutes.

    Runs in a write transaction so the failure count is kept even when the
    sign-in is refused: the caller must commit after catching AuthError.
    `verified` is (password hash, whether the password matched it) when the caller
    checked it already; it counts only while the account still has that hash.
    """
    now = now or datetime.now().astimezone()
    user = _user(session, username)
    if user is None:
        audit.record(session, Actor(username or "?", "viewer"), "login_failed", detail={"reason": "unknown user"})
        raise AuthError("用户名或密码错误", "Wrong user name or password")
    if user.disabled:
        audit.record(session, Actor(user.username, user.role), "login_refused", detail={"reason": "disabled"})
        raise AuthError(f"用户 {username} 已停用，请联系管理员",
                        f"User {username} is disabled; ask the administrator")
    if user.locked_until and datetime.fromisoformat(user.locked_until) > now:
        until = datetime.fromisoformat(user.locked_until).strftime("%H:%M")
        # an attempt while locked is written down too (a guessing attack shows in the log)
        audit.record(session, Actor(user.username, user.role), "login_refused",
                     detail={"reason": "locked", "locked_until": user.locked_until})
        raise AuthError(f"连续输错密码 {MAX_FAILED_ATTEMPTS} 次，账户已锁定至 {until}",
                        f"{MAX_FAILED_ATTEMPTS} wrong passwords in a row: the account is locked until {until}")
    if verified is not None and verified[0] == user.password_hash:
        matches = verified[1]
    else:
        matches = _password_matches(user.password_hash, password)
    if not matches:
        user.failed_attempts += 1
        actor = Actor(user.username, user.role)
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.locked_until = (now + LOCKOUT).isoformat(timespec="seconds")
            user.failed_attempts = 0
            audit.record(session, actor, "login_locked")
            raise AuthError(f"连续输错密码 {MAX_FAILED_ATTEMPTS} 次，账户已锁定 15 分钟",
                            f"{MAX_FAILED_ATTEMPTS} wrong passwords in a row: the account is locked for 15 minutes")
        audit.record(session, actor, "login_failed")
        left = MAX_FAILED_ATTEMPTS - user.failed_attempts
        raise AuthError(f"用户名或密码错误（还可尝试 {left} 次）",
                        f"Wrong user name or password ({left} tries left)")
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    actor = Actor(user.username, user.role)
    audit.record(session, actor, "login")
    return actor


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db, username: str, password: str, now: datetime | None = None) -> Actor:
    """Sign in through its own transaction, keeping the failure count on refusal.
    The password (argon2id, a quarter of a second) is checked before the write
    transaction opens: a file still under its open-time quick_check (which every
    write waits for, fpdesk.db.guard.IntegrityCheck) is checked meanwhile. A success
    also audits the attempts an encrypted office's key slot refused before the file
    opened (services.signin_failures)."""
    from fpdesk.services import signin_failures

    with db.read_session() as session:
        user = _user(session, username)
        known_hash = user.password_hash if user is not None and not user.disabled else None
    verified = (known_hash, _password_matches(known_hash, password)) if known_hash else None
    refused: AuthError | None = None
    noted = False
    with db.session() as session:
        try:
            actor = sign_in(session, username, password, now, verified)
            noted = signin_failures.record(session, db.path)
        except AuthError as exc:
            refused = exc
    if refused is not None:
        raise refused
    if noted:
        signin_failures.clear(db.path)
    return actor
