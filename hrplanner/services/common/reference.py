"""Reference lists (units, staff categories, rank groups, topics, class categories) and
the defaults a new database starts with. The lists are data: users may edit them."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    LearningTopic,
    RankGroup,
    RequirementRule,
    StaffCategory,
    Unit,
)

DEFAULT_STAFF_CATEGORIES = ("公務人員", "約聘僱人員", "臨時人員", "技工工友", "教師")
DEFAULT_RANK_GROUPS = ("簡任", "薦任", "委任")
DEFAULT_TOPICS = (
    "當前政府重大政策",
    "環境教育",
    "性別主流化",
    "廉政與服務倫理",
    "人權教育",
    "行政中立",
    "多元族群文化",
    "公民參與",
    "業務相關",
    "一般",
)
DEFAULT_CLASS_CATEGORIES = (
    "創新設計力",
    "領導培育力",
    "跨域整合力",
    "政策推播力",
    "發展學習力",
    "初任人員訓練",
)
# R17: new hires' initial training is recognised by this class category (the default of
# Setting.INITIAL_TRAINING_CATEGORY); databases created before it existed get it appended.
INITIAL_TRAINING_CATEGORY = "初任人員訓練"

# R6 default, from 106年 (2017) on, for 公務人員 and 約聘僱人員.
DEFAULT_REQUIREMENT_YEAR = 2017
DEFAULT_REQUIREMENT_CATEGORIES = ("公務人員", "約聘僱人員")
DEFAULT_REQUIREMENT_TOTAL_MINUTES = 20 * 60
DEFAULT_REQUIREMENT_GROUPS = (
    {"name": "當前政府重大政策", "topics": ["當前政府重大政策"], "minutes": 60},
    {"name": "環境教育", "topics": ["環境教育"], "minutes": 240},
    {"name": "性別主流化", "topics": ["性別主流化"], "minutes": 60},
    {
        "name": "民主治理價值",
        "topics": ["廉政與服務倫理", "人權教育", "行政中立", "多元族群文化", "公民參與"],
        "minutes": 240,
    },
)


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


def _seed(session: Session, model: type, names: tuple[str, ...]) -> None:
    if session.scalar(select(func.count()).select_from(model)):
        return
    for order, name in enumerate(names):
        session.add(model(name=name, sort_order=order))
    session.flush()


def _append_missing(session: Session, model: type[ClassCategory], name: str) -> None:
    """Add ``name`` at the end of a list that lacks it (a list seeded by an older version);
    the user's own entries and order are left alone."""
    if session.scalar(select(model.id).where(model.name == name)) is not None:
        return
    order = session.scalar(select(func.coalesce(func.max(model.sort_order), -1))) or 0
    session.add(model(name=name, sort_order=order + 1))
    session.flush()


def ensure_defaults(db: Database) -> None:
    """Fill empty reference lists with the defaults of SPEC §1 and R6, and add the
    initial-training class category (R17) to a list that lacks it (idempotent)."""
    with db.session() as session:
        _seed(session, StaffCategory, DEFAULT_STAFF_CATEGORIES)
        _seed(session, RankGroup, DEFAULT_RANK_GROUPS)
        _seed(session, LearningTopic, DEFAULT_TOPICS)
        _seed(session, ClassCategory, DEFAULT_CLASS_CATEGORIES)
        _append_missing(session, ClassCategory, INITIAL_TRAINING_CATEGORY)
        if not session.scalar(select(func.count()).select_from(RequirementRule)):
            for cat_name in DEFAULT_REQUIREMENT_CATEGORIES:
                cat_id = session.scalar(select(StaffCategory.id).filter_by(name=cat_name))
                if cat_id is None:
                    continue
                session.add(
                    RequirementRule(
                        year_from=DEFAULT_REQUIREMENT_YEAR,
                        category_id=cat_id,
                        total_minutes=DEFAULT_REQUIREMENT_TOTAL_MINUTES,
                        groups_json=json.dumps(DEFAULT_REQUIREMENT_GROUPS, ensure_ascii=False),
                    )
                )


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
            raise InputRefused([Problem("名稱不可空白")])
        if limit is not None and len(text) > limit:
            raise InputRefused([Problem(f"名稱不可超過 {limit} 個字")])
        if session.scalar(select(model.id).where(model.name == text)) is not None:
            raise InputRefused([Problem(f"「{text}」已在清單中")])
        order = session.scalar(select(func.coalesce(func.max(model.sort_order), 0))) or 0
        item = model(name=text, sort_order=order + 1)
        session.add(item)
        session.flush()
        return NamedItem(item.id, item.name)
