"""The HTTP service of the guard (FastAPI): inspection, the violation log, review, export."""
from .settings import Settings

__all__ = ["Settings", "create_app"]


def create_app(settings=None, guard=None):
    # Imported lazily: `guard serve --help` should not pay for FastAPI and SQLAlchemy.
    from .app import create_app as _create_app

    return _create_app(settings, guard)
