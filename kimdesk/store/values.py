"""Column values to and from the JSON carried in change records and segments."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Time
from sqlalchemy.sql.type_api import TypeEngine


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def from_json(value: Any, type_: TypeEngine) -> Any:
    if value is None:
        return None
    if isinstance(type_, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(type_, Date):
        return date.fromisoformat(value)
    if isinstance(type_, Time):
        return time.fromisoformat(value)
    if isinstance(type_, Boolean):
        return bool(value)
    if isinstance(type_, Integer):
        return int(value)
    return value
