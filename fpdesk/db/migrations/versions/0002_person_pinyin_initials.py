"""persons.pinyin_initials and pinyin_key: search by the initials of a name
(张秀梅 → zxm) and sort names in pinyin order ("zhang xiu mei")

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from fpdesk.domain.pinyin import initials, sort_key

    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pinyin_initials", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("pinyin_key", sa.String(length=120), nullable=True))
        batch_op.create_index("ix_persons_pinyin_initials", ["pinyin_initials"], unique=False)

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT uid, name FROM persons")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE persons SET pinyin_initials = :ini, pinyin_key = :key WHERE uid = :uid"),
            [{"uid": uid, "ini": initials(name), "key": sort_key(name)} for uid, name in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index("ix_persons_pinyin_initials")
        batch_op.drop_column("pinyin_key")
        batch_op.drop_column("pinyin_initials")
