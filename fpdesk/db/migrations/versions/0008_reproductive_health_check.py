"""the reproductive-health check (生殖健康检查) and its new defaults

- services get `item_cervical` (宫颈癌筛查) and `item_breast` (乳腺癌筛查),
  empty for every existing service: the items already recorded (ring,
  pregnancy, disease) stay as they are.
- R01's interval `check_interval_months` moves from the old quarterly default
  (3) to 12 months where the office never changed it. An office that never
  changed it has no settings row (only changes are stored), so the new
  default applies by itself; a stored 3 that no audit entry ever set (written
  without a user, e.g. by an older set-up) is removed too. A value the office
  chose stays.
- The stored reminder list is emptied: it is rebuilt under the new rules.

Revision ID: 0008
Revises: 0007
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_DEFAULTS = {"check_interval_months": 3}


def upgrade() -> None:
    with op.batch_alter_table("services") as batch:
        batch.add_column(sa.Column("item_cervical", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("item_breast", sa.Integer(), nullable=True))
    connection = op.get_bind()
    for key, old in OLD_DEFAULTS.items():
        stored = connection.execute(sa.text("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()
        if stored is None or json.loads(stored) != old:
            continue
        chosen = connection.execute(sa.text(
            "SELECT count(*) FROM audit_log WHERE action = 'setting' AND detail LIKE :pattern"),
            {"pattern": f'%"{key}"%'}).scalar()
        if not chosen:
            connection.execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": key})
    op.execute("DELETE FROM reminder_cache")
    op.execute("DELETE FROM reminder_cache_state")
    op.execute("DELETE FROM reminder_spans")


def downgrade() -> None:
    with op.batch_alter_table("services") as batch:
        batch.drop_column("item_breast")
        batch.drop_column("item_cervical")
    op.execute("DELETE FROM reminder_cache_state")
