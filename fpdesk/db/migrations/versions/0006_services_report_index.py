"""a covering index for the reports' and charts' service counts

T5's health checks, the follow-up visits and the "reminders worked" chart
select services by type and date and read only the person, `declined` and
`deleted`: with those in the index, no wide services row is read. It
replaces the (type, date) index, which is its prefix.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = ["type", "date", "person_uid", "declined", "deleted"]


def upgrade() -> None:
    op.drop_index("ix_services_type_date", table_name="services")
    op.create_index("ix_services_type_date", "services", COLUMNS)
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_services_type_date", table_name="services")
    op.create_index("ix_services_type_date", "services", ["type", "date"])
