"""The routes, one module per resource; `api_router` gathers them for the app."""
from fastapi import APIRouter

from . import inspect, standing, violations

api_router = APIRouter()
api_router.include_router(inspect.router)
api_router.include_router(violations.router)
api_router.include_router(standing.router)
