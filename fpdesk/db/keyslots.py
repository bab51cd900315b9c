"""Key slots of an encrypted office database (`<db>.keys`, beside the file).

The database is SQLCipher-encrypted with a random 256-bit key (`new_key`). That
key is stored only wrapped: once per user (argon2id of the user's password →
AES-256-GCM) and once with the printed recovery code. Each slot has its own
salt and nonce; the slot's kind, name and the key file's id are the GCM
associated data, so a slot cannot be moved to another user or another office.

No Qt and no SQL here: this module only reads and writes the key file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fpdesk.domain.messages import ClerkError
from fpdesk.durable import fsync_dir

FORMAT = "fpdesk-keys"
VERSION = 1
KEY_BYTES = 32
SQLITE_MAGIC = b"SQLite format 3\x00"
# the password hashes' argon2id cost (architecture.md §Accounts): 64 MiB, 3 passes, 4 lanes
KDF = {"name": "argon2id", "memory_kib": 65536, "time_cost": 3, "parallelism": 4}
# SQLCipher 4 defaults, written down so a later version can still open the file
CIPHER = {"library": "SQLCipher 4", "key": "raw 256-bit (PRAGMA key = \"x'…'\", no KDF)",
          "cipher": "AES-256-CBC", "hmac": "HMAC_SHA512", "page_size": 4096}
RECOVERY = "recovery"
# Crockford base32: no I, L, O, U; 6 groups of 5 = 150 bits
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 6, 5


class KeyFileError(ClerkError):
    """The key file is missing, unreadable or not ours; the message is for the clerk."""


class WrongSecret(ClerkError):
    """No slot opens with this user name and password (or recovery code)."""


def keys_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.keys")


def looks_encrypted(db_path: str | Path) -> bool:
    """A non-empty file without SQLite's plain header (SQLCipher encrypts page 1 whole)."""
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_MAGIC


def is_encrypted(db_path: str | Path) -> bool:
    """An fpdesk-encrypted office: no plain header, and its key file beside it."""
    return looks_encrypted(db_path) and keys_path(db_path).exists()


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_pragma(key: bytes) -> str:
    """The first statement on every connection to an encrypted file: a raw key, so
    SQLCipher runs no key derivation of its own (the slots' argon2id already did)."""
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(CROCKFORD) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalize_recovery_code(text: str) -> str:
    """As typed (any case, spaces or dashes, O for 0, I/L for 1) → the canonical groups."""
    raw = "".join(text.split()).replace("-", "").upper()
    raw = raw.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(raw) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(c not in CROCKFORD for c in raw):
        raise WrongSecret("恢复码格式不对：应为 6 组、每组 5 个字母或数字",
                          "The recovery code is not in its form: 6 groups of 5 letters or digits")
    return "-".join(raw[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(raw), RECOVERY_GROUP_LEN))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "argon2id":
        raise KeyFileError(f"密钥文件使用了未知的密钥派生算法：{kdf.get('name')}",
                           f"The key file uses an unknown key derivation: {kdf.get('name')}")
    # bounded, so a crafted key file cannot make sign-in take gigabytes
    memory, time_cost, lanes = int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"])
    if not (8 * lanes <= memory <= 1 << 21 and 1 <= time_cost <= 20 and 1 <= lanes <= 16):
        raise KeyFileError("密钥文件的密钥派生参数超出范围", "The key file's key derivation parameters are out of range")
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=time_cost, memory_cost=memory,
                           parallelism=lanes, hash_len=KEY_BYTES, type=Type.ID)


@dataclass
class Slot:
    kind: str              # "user" or "recovery"
    name: str              # the user name ("" for the recovery slot)
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: dict = field(default_factory=lambda: dict(KDF))

    def as_json(self) -> dict:
        return {"kind": self.kind, "name": self.name, "kdf": self.kdf, "salt": _b64(self.salt),
                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(str(data["kind"]), str(data["name"]), _unb64(data["salt"]), _unb64(data["nonce"]),
                   _unb64(data["wrapped"]), dict(data["kdf"]))


@dataclass
class KeyFile:
    """The slots, plus two hints shown before sign-in (the office's name, and
    whether it is the demo, whose sign-in screen names its password)."""

    key_id: str
    slots: list[Slot] = field(default_factory=list)
    office: str = ""
    demo: bool = False

    @classmethod
    def new(cls) -> KeyFile:
        return cls(key_id=secrets.token_hex(16))

    def _aad(self, kind: str, name: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.key_id}/{kind}/{name}".encode()

    def _wrap(self, kind: str, name: str, secret: str, key: bytes) -> Slot:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = derive(secret, salt, KDF)
        wrapped = AESGCM(kek).encrypt(nonce, key, self._aad(kind, name))
        return Slot(kind, name, salt, nonce, wrapped, dict(KDF))

    def _unwrap(self, slot: Slot, secret: str) -> bytes:
        kek = derive(secret, slot.salt, slot.kdf)
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.kind, slot.name))
        except InvalidTag:
            raise WrongSecret("用户名或密码错误", "Wrong user name or password") from None

    def _slot(self, kind: str, name: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind and s.name == name), None)

    def _put(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if (s.kind, s.name) != (slot.kind, slot.name)] + [slot]

    # -- users ---------------------------------------------------------------
    def users(self) -> list[str]:
        return sorted(s.name for s in self.slots if s.kind == "user")

    def set_user(self, username: str, password: str, key: bytes) -> None:
        """Add the user's slot, or rewrap it for a new password."""
        self._put(self._wrap("user", username, password, key))

    def remove_user(self, username: str) -> None:
        self.slots = [s for s in self.slots if (s.kind, s.name) != ("user", username)]

    def unlock(self, username: str, password: str) -> bytes:
        slot = self._slot("user", username)
        if slot is None:
            derive(password, secrets.token_bytes(16), KDF)  # the same wait as a wrong password
            raise WrongSecret("用户名或密码错误", "Wrong user name or password")
        return self._unwrap(slot, password)

    # -- recovery ------------------------------------------------------------
    def set_recovery(self, key: bytes) -> str:
        """A new recovery code (the old slot is replaced in this key file); returned to be shown once."""
        code = new_recovery_code()
        self._put(self._wrap(RECOVERY, "", code, key))
        return code

    def unlock_recovery(self, code: str) -> bytes:
        slot = self._slot(RECOVERY, "")
        if slot is None:
            raise KeyFileError("密钥文件中没有恢复码", "The key file has no recovery code")
        try:
            return self._unwrap(slot, normalize_recovery_code(code))
        except WrongSecret:
            raise WrongSecret("恢复码不正确", "Wrong recovery code") from None

    # -- the file ------------------------------------------------------------
    def as_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "key_id": self.key_id, "cipher": CIPHER,
                "office": self.office, "demo": self.demo, "slots": [s.as_json() for s in self.slots]}

    @classmethod
    def from_json(cls, data: dict) -> KeyFile:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileError("不是 fpdesk 密钥文件", "Not an fpdesk key file")
        if data.get("version") != VERSION:
            raise KeyFileError(f"密钥文件版本 {data.get('version')} 不受本程序支持，请升级 fpdesk",
                               f"Key file version {data.get('version')} is not supported: upgrade fpdesk")
        try:
            return cls(key_id=str(data["key_id"]), slots=[Slot.from_json(s) for s in data["slots"]],
                       office=str(data.get("office") or ""), demo=bool(data.get("demo")))
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError(f"密钥文件内容不完整（{exc}）", f"The key file is incomplete ({exc})") from None


def load(db_path: str | Path) -> KeyFile:
    path = keys_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileError(f"数据库已加密，但找不到密钥文件 {path}（它应与数据库放在同一文件夹）",
                           f"The database is encrypted but its key file {path} is missing (it belongs in the "
                           "database's folder)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"无法读取密钥文件 {path}：{exc}", f"Cannot read the key file {path}: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise KeyFileError(f"密钥文件已损坏：{path}", f"The key file is damaged: {path}") from None
    return KeyFile.from_json(data)


def save(keyfile: KeyFile, db_path: str | Path) -> Path:
    """Written to a temporary file (mode 0600) in the same folder, fsynced, renamed
    over the old one, and the folder fsynced: a crash leaves the old or the new file."""
    path = keys_path(db_path)
    data = json.dumps(keyfile.as_json(), ensure_ascii=False, indent=1).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path
