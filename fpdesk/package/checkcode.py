"""The manifest's check code (FORMATS.md §4): read to the county by phone.

The manifest without its `check_code` key, as canonical JSON (keys sorted,
separators `,` and `:`, UTF-8 with non-ASCII kept), hashed with SHA-256; the
first 40 bits as 8 Crockford base32 characters, written `XXXX-XXXX`.
"""

from __future__ import annotations

import hashlib
import json

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def canonical_json(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def crockford40(digest: bytes) -> str:
    """The first 40 bits of `digest` as 8 base32 characters, most significant first."""
    bits = int.from_bytes(digest[:5], "big")
    return "".join(CROCKFORD[(bits >> shift) & 31] for shift in range(35, -1, -5))


def check_code(manifest: dict) -> str:
    body = {k: v for k, v in manifest.items() if k != "check_code"}
    code = crockford40(hashlib.sha256(canonical_json(body)).digest())
    return f"{code[:4]}-{code[4:]}"
