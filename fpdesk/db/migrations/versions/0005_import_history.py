"""import history: which township sent which package

`import_history` records every package loaded (when, by whom, the producer's
region, kind, revision span, period, check code, file name and the counts),
so a county office sees which township sent which period. Local, not
exchanged.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.Column("username", sa.String(40)),
        sa.Column("region_code", sa.String(12), nullable=False),
        sa.Column("region_name", sa.String(60)),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("since_rev", sa.Integer(), nullable=False),
        sa.Column("until_rev", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(30)),
        sa.Column("created_at", sa.String(32)),
        sa.Column("check_code", sa.String(9), nullable=False),
        sa.Column("file_name", sa.Text()),
        sa.Column("inserted", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("updated", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("unchanged", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("refused", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_import_history_region", "import_history", ["region_code", "imported_at"])


def downgrade() -> None:
    op.drop_index("ix_import_history_region", table_name="import_history")
    op.drop_table("import_history")
