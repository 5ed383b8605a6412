"""Alembic environment: db.py hands over a connection already inside one transaction."""

from alembic import context
from sqlmodel import SQLModel

from catalogue import models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata,
                  render_as_batch=True, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
