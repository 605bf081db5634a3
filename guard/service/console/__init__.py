"""The review console (issue 11): server-rendered pages for compliance staff under /console."""
from importlib import resources

from fastapi.staticfiles import StaticFiles

from .routes import router as console_router

STATIC_PATH = "/console/static"


def console_static() -> StaticFiles:
    """The console's one script and one stylesheet, served by the service itself (no CDN)."""
    return StaticFiles(directory=str(resources.files("guard.service.console").joinpath("static")))


__all__ = ["STATIC_PATH", "console_router", "console_static"]
