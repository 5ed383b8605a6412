"""Alembic migrations, shipped inside the package (and the frozen app) and run by db.py."""
