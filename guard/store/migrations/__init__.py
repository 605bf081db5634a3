"""Alembic migrations of the violation store (applied by guard.store.db.migrate)."""
