"""Alembic environment: always run programmatically with a live connection.

`fpdesk.db.schema.upgrade` puts the connection in `config.attributes`; SQLite
needs batch mode for ALTER TABLE, hence render_as_batch.
"""

from alembic import context

from fpdesk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
