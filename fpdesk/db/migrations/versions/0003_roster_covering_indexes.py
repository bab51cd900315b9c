"""covering indexes for the women's roster, household places and the
per-person service look-ups of the reminder list

The roster query (sex, birth-date window, residence) and its usual sorts
(name, village/group/household) are answered from these indexes alone,
without reading the wide persons and households rows.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ROSTER_COLUMNS = ["sex", "birth_date", "residence", "deleted", "household_uid", "uid",
                  "pinyin_key", "name", "marital_status"]
PLACE_COLUMNS = ["uid", "village_code", "group_no", "household_no"]


SERVICE_COLUMNS = ["person_uid", "type", "date", "deleted"]


def upgrade() -> None:
    op.drop_index("ix_services_person", table_name="services")
    op.create_index("ix_services_person", "services", SERVICE_COLUMNS)
    op.create_index("ix_persons_roster", "persons", ROSTER_COLUMNS)
    op.create_index("ix_households_place", "households", PLACE_COLUMNS)
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_households_place", table_name="households")
    op.drop_index("ix_persons_roster", table_name="persons")
    op.drop_index("ix_services_person", table_name="services")
    op.create_index("ix_services_person", "services", ["person_uid", "type", "date"])
