"""tamper-evident audit log: a hash chain, and triggers that keep it append-only

Each entry gets `hash` = SHA-256(previous entry's hash + the entry's
canonical content); the existing entries are chained here in id order.
Triggers then refuse UPDATE and DELETE on `audit_log`, and an INSERT that is
not the next id or carries no hash. The function below must stay equal to
`fpdesk.services.audit.chain_hash` (a test checks it).

Revision ID: 0009
Revises: 0007
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
TRIGGERS = {
    "audit_log_no_update": "BEFORE UPDATE ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed'); END",
    "audit_log_no_delete": "BEFORE DELETE ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted'); END",
    "audit_log_append": "BEFORE INSERT ON audit_log WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 "
                        "OR NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log) BEGIN "
                        "SELECT RAISE(ABORT, 'audit_log is append-only: next id and its chain hash required'); END",
}


def chain_hash(previous, entry_id, at, username, action, table_name, record_uid, detail):
    content = json.dumps([entry_id, at, username, action, table_name, record_uid, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(previous.encode("ascii") + content.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hash", sa.String(64), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, at, username, action, table_name, record_uid, detail "
                                "FROM audit_log ORDER BY id")).all()
    previous, updates = GENESIS, []
    for row in rows:
        previous = chain_hash(previous, *row)
        updates.append({"id": row[0], "hash": previous})
    if updates:
        bind.execute(sa.text("UPDATE audit_log SET hash = :hash WHERE id = :id"), updates)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))
        batch_op.drop_column("hash")
