"""the reminder list of the day, kept current by revision

`reminder_cache` holds every open item of the township as of `on_date`;
`reminder_cache_state` says which date, parameters and revision it reflects.
Local to the office (never exchanged); rebuilt whenever it is stale.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_cache",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_uid", sa.String(36), nullable=False),
        sa.Column("rule", sa.String(3), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("village_code", sa.String(12), nullable=False),
        sa.Column("group_no", sa.String(2)),
        sa.Column("target_date", sa.String(10), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("days_overdue", sa.Integer(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("record_uid", sa.String(36)),
    )
    op.create_index("ix_reminder_cache_person", "reminder_cache", ["person_uid"])
    op.create_index("ix_reminder_cache_village_rule", "reminder_cache", ["village_code", "rule"])
    op.create_table(
        "reminder_cache_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("params_key", sa.String(64), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reminder_cache_state")
    op.drop_index("ix_reminder_cache_village_rule", table_name="reminder_cache")
    op.drop_index("ix_reminder_cache_person", table_name="reminder_cache")
    op.drop_table("reminder_cache")
