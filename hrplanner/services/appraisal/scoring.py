"""Keeping an appraisal's stored result in step: net 獎懲 points, 考績分數 and grade are
recomputed from the item score (or the four components) and the year's 獎懲 whenever one
of them changes, and every change is logged (old → new). The arithmetic is the domain's
(``domain.appraisal.score``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.score import Components, appraisal_score, score_problems
from hrplanner.services.appraisal.changes import log
from hrplanner.storage.models import Appraisal

ENTITY = "appraisal"
LABELS = {
    "kind": "考績種類",
    "item_score": "項目評分",
    "work": "工作",
    "conduct": "操行",
    "knowledge": "學識",
    "ability": "才能",
    "net_points": "獎懲增減",
    "score": "考績分數",
    "grade": "等次",
    "status": "狀態",
    "facts": "重大優劣事實",
    "note": "備註",
    "punished": "刑事或懲戒處分",
    "d_ground": "丁等事由",
    "pay_position": "俸級位置",
}


def components_of(row: Appraisal) -> Components | None:
    values = (row.work, row.conduct, row.knowledge, row.ability)
    if any(v is None for v in values):
        return None
    work, conduct, knowledge, ability = values
    assert work is not None and conduct is not None and knowledge is not None
    assert ability is not None
    return Components(work, conduct, knowledge, ability)


def item_of(row: Appraisal) -> int | None:
    """The usable item score of a stored appraisal, or None (not rated, or not valid)."""
    components = components_of(row)
    if row.item_score is None and components is None:
        return None
    if score_problems(row.item_score, components):
        return None
    return (
        row.item_score if row.item_score is not None else (components.total if components else None)
    )


def restore(session: Session, user: str, row: Appraisal, net: int, reason: str = "") -> bool:
    """Set ``net``, then the score and grade that follow; log what changed. True when the
    score or grade changed."""
    item = item_of(row)
    if item is None or row.kind is None:
        score, grade = None, None
    else:
        result = appraisal_score(item, net)
        score, grade = result.score, result.grade.value
    changed = (row.score, row.grade) != (score, grade)
    for name, new in (("net_points", net), ("score", score), ("grade", grade)):
        old = getattr(row, name)
        if old != new:
            log(session, user, ENTITY, row.id, LABELS[name], old, new, reason)
            setattr(row, name, new)
    return changed
