"""Reference lists (units, staff categories, rank groups, topics, class categories). The
lists are data that users may extend; their defaults are the domain's vocabulary, written
by ``hrplanner.storage.seed`` when a database is opened."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.storage import seed
from hrplanner.storage.database import Database
from hrplanner.storage.models import ClassCategory, LearningTopic, RankGroup, StaffCategory, Unit


@dataclass(frozen=True)
class NamedItem:
    id: int
    name: str


_ListModel = (
    type[Unit] | type[StaffCategory] | type[RankGroup] | type[LearningTopic] | type[ClassCategory]
)

_LISTS: dict[str, _ListModel] = {
    "unit": Unit,
    "staff_category": StaffCategory,
    "rank_group": RankGroup,
    "topic": LearningTopic,
    "class_category": ClassCategory,
}


def ensure_defaults(db: Database) -> None:
    """Fill empty reference lists with the defaults (done on every open; idempotent)."""
    seed.ensure_defaults(db.factory)


def list_items(db: Database, kind: str) -> list[NamedItem]:
    """A reference list in display order; kind is one of unit, staff_category, rank_group,
    topic, class_category."""
    model = _LISTS[kind]
    with db.session() as session:
        rows = session.execute(
            select(model.id, model.name).order_by(model.sort_order, model.name)
        ).all()
    return [NamedItem(r.id, r.name) for r in rows]


def get_or_create_unit(session: Session, name: str) -> Unit:
    unit = session.scalar(select(Unit).filter_by(name=name))
    if unit is None:
        order = session.scalar(select(func.coalesce(func.max(Unit.sort_order), 0))) or 0
        unit = Unit(name=name, sort_order=order + 1)
        session.add(unit)
        session.flush()
    return unit


def add_item(db: Database, kind: str, name: str) -> NamedItem:
    """Append ``name`` to an editable list (e.g. a local 資訊安全 learning topic); refused
    (InputRefused) when blank, too long or already listed. Items are only added here, never
    renamed: rule sets name their topics, so a rename would silently empty a group."""
    model = _LISTS[kind]
    text = " ".join(name.split())
    limit: int | None = getattr(model.__table__.c.name.type, "length", None)
    with db.session() as session:
        if not text:
            raise InputRefused([Problem(_("名稱不可空白"))])
        if limit is not None and len(text) > limit:
            raise InputRefused([Problem(_("名稱不可超過 {limit} 個字").format(limit=limit))])
        if session.scalar(select(model.id).where(model.name == text)) is not None:
            raise InputRefused([Problem(_("「{name}」已在清單中").format(name=text))])
        order = session.scalar(select(func.coalesce(func.max(model.sort_order), 0))) or 0
        item = model(name=text, sort_order=order + 1)
        session.add(item)
        session.flush()
        return NamedItem(item.id, item.name)
