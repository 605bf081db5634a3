"""The HTTP service of the guard (FastAPI): inspection, the violation log, review, export."""
__all__ = ["Settings", "create_app"]


def create_app(settings=None, guard=None):
    # Imported lazily: `guard serve --help` should not pay for FastAPI and SQLAlchemy.
    from .app import create_app as _create_app

    return _create_app(settings, guard)


def __getattr__(name: str):
    # Settings reads the store's defaults (SQLAlchemy, about 0.3 s to import): every `guard`
    # command registers `serve` through this package, and only `serve` needs them.
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
