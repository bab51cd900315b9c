"""a health check's items this version does not know, kept

A package from a newer version may carry `items` keys this one does not know
(FORMATS.md §4: a v1 reader keeps them). services get `item_extra`: those
items as a JSON object, NULL for every existing service (none was kept before).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("services") as batch:
        batch.add_column(sa.Column("item_extra", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("services") as batch:
        batch.drop_column("item_extra")
