"""Accounts, argon2id hashes and the lockout."""

from datetime import datetime, timedelta, timezone

import pytest

from fpdesk.services import audit, auth
from fpdesk.services.auth import AuthError
from fpdesk.services.context import PermissionDenied
from tests.conftest import ADMIN, CLERK

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def first_admin(db, password="abc12345"):
    with db.session() as s:
        auth.add_user(s, None, "boss", password, "admin")


def test_hash_is_argon2id_and_verifies(db):
    first_admin(db)
    with db.read_session() as s:
        from fpdesk.db.models import User
        stored = s.query(User).one().password_hash
    assert stored.startswith("$argon2id$")
    assert auth.authenticate(db, "boss", "abc12345", NOW).role == "admin"


@pytest.mark.parametrize("password,problem", [
    ("abc1234", "至少需要 8 个字符"), ("abcdefgh", "字母和数字"), ("12345678", "字母和数字")])
def test_weak_passwords_are_refused(db, password, problem):
    with pytest.raises(AuthError, match=problem):
        first_admin(db, password)


def test_three_wrong_then_right_works(db):
    first_admin(db)
    for left in (4, 3, 2):
        with pytest.raises(AuthError, match=f"还可尝试 {left} 次"):
            auth.authenticate(db, "boss", "wrong-pass1", NOW)
    assert auth.authenticate(db, "boss", "abc12345", NOW).username == "boss"
    # the success reset the counter: four more failures do not lock
    for _ in range(4):
        with pytest.raises(AuthError, match="用户名或密码错误"):
            auth.authenticate(db, "boss", "wrong-pass1", NOW)


def test_five_wrong_locks_for_fifteen_minutes(db):
    first_admin(db)
    for _ in range(4):
        with pytest.raises(AuthError):
            auth.authenticate(db, "boss", "nope12345", NOW)
    with pytest.raises(AuthError, match="锁定 15 分钟"):
        auth.authenticate(db, "boss", "nope12345", NOW)
    with pytest.raises(AuthError, match="已锁定至"):
        auth.authenticate(db, "boss", "abc12345", NOW + timedelta(minutes=14))
    assert auth.authenticate(db, "boss", "abc12345", NOW + timedelta(minutes=16)).role == "admin"
    with db.read_session() as s:
        actions = [e.action for e in audit.entries(s)]
    assert actions.count("login_failed") == 4 and actions.count("login_locked") == 1
    assert actions[0] == "login"


def test_attempts_while_locked_or_disabled_are_audited(db):
    first_admin(db)
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.authenticate(db, "boss", "nope12345", NOW)
    for password in ("abc12345", "guess0001"):
        with pytest.raises(AuthError, match="已锁定至"):
            auth.authenticate(db, "boss", password, NOW + timedelta(minutes=5))
    with db.session() as s:
        auth.set_disabled(s, ADMIN, "boss", True)
    with pytest.raises(AuthError, match="已停用"):
        auth.authenticate(db, "boss", "abc12345", NOW + timedelta(minutes=30))
    with db.read_session() as s:
        refused = [(e.username, e.detail["reason"]) for e in audit.entries(s) if e.action == "login_refused"]
        assert audit.verify(s).intact
    assert refused == [("boss", "disabled"), ("boss", "locked"), ("boss", "locked")]


def test_only_an_admin_adds_users_once_accounts_exist(db):
    first_admin(db)
    with pytest.raises(AuthError, match="管理员登录"):
        with db.session() as s:
            auth.add_user(s, None, "eve", "abc12345", "admin")
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            auth.add_user(s, CLERK, "eve", "abc12345", "clerk")
    with db.session() as s:
        auth.add_user(s, ADMIN, "li", "abc12345", "viewer")
    with db.read_session() as s:
        assert [(u.username, u.role) for u in auth.list_users(s)] == [("boss", "admin"), ("li", "viewer")]


def test_disabled_user_cannot_sign_in(db):
    first_admin(db)
    with db.session() as s:
        auth.add_user(s, ADMIN, "li", "abc12345", "clerk")
        auth.set_disabled(s, ADMIN, "li", True)
    with pytest.raises(AuthError, match="已停用"):
        auth.authenticate(db, "li", "abc12345", NOW)


def test_unknown_user_gets_the_same_message_as_a_wrong_password(db):
    first_admin(db)
    with pytest.raises(AuthError, match="^用户名或密码错误$"):
        auth.authenticate(db, "ghost", "abc12345", NOW)


def test_a_password_checked_before_the_transaction_counts_only_for_the_hash_it_was_checked_against(db):
    """authenticate checks the password outside the write transaction (so a file's open-time
    quick_check overlaps it); a password changed in between is checked again."""
    first_admin(db)
    with db.session() as s:
        with pytest.raises(AuthError, match="还可尝试 4 次"):
            auth.sign_in(s, "boss", "wrong-pass1", NOW, verified=("$argon2id$an-older-hash", True))
    with db.session() as s:
        assert auth.sign_in(s, "boss", "abc12345", NOW, verified=("$argon2id$an-older-hash", False)).role == "admin"
