"""FPX-ENC1: a password-protected package (docs/package-format.md has the byte layout).

    header  = "FPX-ENC1" | kdf id (u8, 1 = scrypt) | log2 N (u8) | r (u32) | p (u32)
              | salt (16) | base nonce (12) | chunk size (u32)          — 50 bytes, big-endian
    chunk i = AES-256-GCM(key, nonce_i, plaintext_i, aad_i) → ciphertext_i | tag (16)
    nonce_i = base nonce XOR i (as a 96-bit big-endian integer)
    aad_i   = header | i (u64) | final (u8: 1 for the last chunk, else 0)

Every chunk but the last holds exactly `chunk size` plaintext bytes; the last
holds the rest (possibly nothing). Because the header, the chunk index and the
final flag are authenticated, a changed byte anywhere, a truncated file, a
dropped, repeated or reordered chunk, or bytes appended after the end are all
detected. The key is scrypt(password as NFC UTF-8, salt, N, r, p), 32 bytes.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fpdesk.package import PackageRefused

MAGIC = b"FPX-ENC1"
KDF_SCRYPT = 1
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
SALT_LEN, NONCE_LEN, TAG_LEN = 16, 12, 16
CHUNK_SIZE = 1 << 20
# what a package may ask of the reader's KDF: 4× our own memory (2^15 × 8 × 128 B = 32 MiB), 8× its work
MAX_SCRYPT_MEMORY = 128 << 20
MAX_SCRYPT_WORK = (1 << SCRYPT_LOG2_N) * SCRYPT_R * SCRYPT_P * 8
_HEADER = struct.Struct(">8sBBII16s12sI")
HEADER_LEN = _HEADER.size  # 50
WRONG = ("密码错误或文件已损坏", "Wrong password, or the file is damaged")
BAD_HEADER = ("加密数据包的文件头无效或其版本不受支持",
              "The encrypted package's header is invalid or of a version this program does not read")


def is_encrypted_file(path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(secret)


def _nonce(base: bytes, index: int) -> bytes:
    return (int.from_bytes(base, "big") ^ index).to_bytes(NONCE_LEN, "big")


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


class EncryptingWriter:
    """A write-only stream that encrypts as it goes: the ZIP is written straight through it,
    so no plaintext ever reaches the disk. Not seekable (zipfile then writes data
    descriptors). close() writes the final chunk; it does not close `target`."""

    def __init__(self, target: BinaryIO, password: str, chunk_size: int = CHUNK_SIZE):
        if not password:
            raise ValueError("empty password")
        salt, self._base = os.urandom(SALT_LEN), os.urandom(NONCE_LEN)
        self._header = _HEADER.pack(MAGIC, KDF_SCRYPT, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, self._base,
                                    chunk_size)
        self._aead = AESGCM(_key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
        self._target, self._chunk, self._index = target, chunk_size, 0
        self._pending = bytearray()
        self.closed = False
        target.write(self._header)

    def _seal(self, plain: bytes, final: bool) -> None:
        self._target.write(self._aead.encrypt(_nonce(self._base, self._index), plain,
                                              _aad(self._header, self._index, final)))
        self._index += 1

    def write(self, data) -> int:
        self._pending += data
        # a chunk is sealed only once more data follows it: the last one carries the final flag
        while len(self._pending) > self._chunk:
            self._seal(bytes(self._pending[:self._chunk]), False)
            del self._pending[:self._chunk]
        return len(data)

    def flush(self) -> None:
        self._target.flush()

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._pending), True)
            self._pending.clear()
            self.closed = True


def encrypt_stream(source: BinaryIO, target: BinaryIO, password: str, chunk_size: int = CHUNK_SIZE) -> None:
    writer = EncryptingWriter(target, password, chunk_size)
    while block := source.read(chunk_size):
        writer.write(block)
    writer.close()


def _read_header(source: BinaryIO) -> tuple[bytes, tuple]:
    header = source.read(HEADER_LEN)
    if len(header) < HEADER_LEN:
        raise PackageRefused(f"{WRONG[0]}（文件头不完整）", f"{WRONG[1]} (incomplete header)")
    magic, kdf, log2_n, r, p, salt, base, chunk = _HEADER.unpack(header)
    if magic != MAGIC:
        raise PackageRefused("不是加密的数据包", "Not an encrypted package")
    # bounded so that an altered header cannot make us allocate gigabytes before the tag check
    if kdf != KDF_SCRYPT or not (10 <= log2_n <= 20 and 1 <= r <= 32 and 1 <= p <= 4
                                 and 4096 <= chunk <= 16 << 20
                                 and (1 << log2_n) * r * 128 <= MAX_SCRYPT_MEMORY
                                 and (1 << log2_n) * r * p <= MAX_SCRYPT_WORK):
        raise PackageRefused(*BAD_HEADER)
    return header, (log2_n, r, p, salt, base, chunk)


def decrypt_chunks(source: BinaryIO, password: str) -> Iterator[bytes]:
    """The plaintext, chunk by chunk; raises PackageRefused on any failure."""
    header, (log2_n, r, p, salt, base, chunk) = _read_header(source)
    aead = AESGCM(_key(password or "", salt, log2_n, r, p))
    sealed = chunk + TAG_LEN
    index, current = 0, source.read(sealed)
    while True:
        if len(current) < TAG_LEN:
            raise PackageRefused(f"{WRONG[0]}（文件不完整）", f"{WRONG[1]} (incomplete file)")
        following = source.read(sealed) if len(current) == sealed else b""
        final = not following
        try:
            yield aead.decrypt(_nonce(base, index), current, _aad(header, index, final))
        except InvalidTag:
            raise PackageRefused(*WRONG) from None
        if final:
            return
        index, current = index + 1, following


def decrypt_stream(source: BinaryIO, target: BinaryIO, password: str) -> None:
    for plain in decrypt_chunks(source, password):
        target.write(plain)
