"""Default reference lists: the initial-training class category (R17) reaches databases
seeded before it existed, once."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from hrplanner.domain import vocabulary
from hrplanner.services.common import reference
from hrplanner.storage.database import Database
from hrplanner.storage.models import ClassCategory


def _categories(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(ClassCategory.name).order_by(ClassCategory.sort_order)))


def test_new_database_has_the_initial_training_category(db: Database) -> None:
    assert _categories(db) == list(vocabulary.DEFAULT_CLASS_CATEGORIES)
    assert "初任人員訓練" in vocabulary.DEFAULT_CLASS_CATEGORIES


def test_existing_list_gets_the_category_appended_once(db: Database) -> None:
    with db.session() as s:
        s.execute(delete(ClassCategory).where(ClassCategory.name == "初任人員訓練"))
        s.add(ClassCategory(name="本府自訂", sort_order=99))
    reference.ensure_defaults(db)
    reference.ensure_defaults(db)
    names = _categories(db)
    assert names[-2:] == ["本府自訂", "初任人員訓練"]
    with db.session() as s:
        count = s.scalar(select(func.count()).where(ClassCategory.name == "初任人員訓練"))
    assert count == 1
