"""index certificate.enrollment_id and status: who holds which certificate, and which are
待查, without reading every certificate ever issued

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 06:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Every "has this enrollee a live certificate?" (the home page, issuing, the register by
# class, closing) looked through every certificate ever issued: minutes on ten years' worth.
_INDEXES = {"ix_certificate_enrollment_id": "enrollment_id", "ix_certificate_status": "status"}


def upgrade() -> None:
    for name, column in _INDEXES.items():
        op.create_index(name, "certificate", [column])


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="certificate")
