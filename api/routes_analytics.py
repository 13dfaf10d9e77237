"""Analytics over the coordination network, and exports of the graph."""

from __future__ import annotations

from fastapi import APIRouter

from api.errors import ERROR_RESPONSES

router = APIRouter(responses=ERROR_RESPONSES)
