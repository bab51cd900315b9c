"""how long each person's stored reminder items hold

`reminder_spans` gives, per person, the days [first_day, end_day) between
which the items stored in `reminder_cache` stay the same (only status and
days overdue move with the date). A new day then recomputes only the people
whose span it leaves. The stored list is emptied so that it is rebuilt with
spans on first use. Local to the office, never exchanged.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_spans",
        sa.Column("person_uid", sa.String(36), primary_key=True),
        sa.Column("first_day", sa.String(10), nullable=False),
        sa.Column("end_day", sa.String(10), nullable=False),
    )
    op.execute("DELETE FROM reminder_cache")
    op.execute("DELETE FROM reminder_cache_state")


def downgrade() -> None:
    op.drop_table("reminder_spans")
    op.execute("DELETE FROM reminder_cache_state")
