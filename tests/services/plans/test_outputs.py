"""The plan outputs (SPEC §3.2, §3.3), KPI實績 import, the agenda, and the demo's plans."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from hrplanner import cli
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.plans import actuals_import, agenda, editing, examples, kpis, outputs
from hrplanner.storage.database import Database

from ...conftest import write_workbook
from ..hours.test_hours import credit, person

MID = "108-人事處中程"


@pytest.fixture
def midterm(db: Database) -> Database:
    examples.import_examples(db, ["108_嘉義市政府人事處中程施政計畫"])
    return db


def kpi(db: Database, no: str) -> kpis.KpiRow:
    return next(r for r in kpis.kpi_table(db, MID).rows if r.kpi_no == no)


def test_kpi_export_has_one_row_per_kpi_and_year(midterm: Database, tmp_path: Path) -> None:
    kpis.set_actual(midterm, kpi(midterm, "2-2").id, 2020, "75%", "人力不足", "加強進用")
    out = tmp_path / "kpi.xlsx"
    assert outputs.export_kpis(midterm, MID, out) == 19 * 4
    ws = load_workbook(out, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == outputs.KPI_HEADERS
    by_key = {(r[2], r[6]): r for r in rows[1:]}
    row = by_key[("2-2", 109)]
    assert row[7:15] == ("80%", "75%", 93.8, "黃", "否", "手動", "人力不足", "加強進用")
    assert by_key[("1-1", 108)][7] == "≦20"
    assert by_key[("4-1", 110)][12] == "compliance_rate"
    assert by_key[("4-1", 110)][10] == "白"  # nobody in scope: no actual


def test_execution_export_and_report_show_linked_classes(midterm: Database, tmp_path: Path) -> None:
    a = person(midterm, "A001", "陳一")
    b = person(midterm, "A002", "林二")
    first = credit(midterm, a, dt.date(2020, 3, 1), {"業務相關": 180}, title="人事資訊系統操作訓練")
    with midterm.session() as s:
        from sqlalchemy import select

        from hrplanner.storage.models import Enrollment, TrainingClass

        cls = s.scalar(select(TrainingClass).filter_by(code=first))
        assert cls is not None
        s.add(Enrollment(class_id=cls.id, employee_id=b, registered_at=dt.datetime(2020, 1, 1),
                         credit_minutes=90))  # fmt: skip
        class_id = cls.id
    tree = editing.plan_tree(midterm, MID)
    action = next(a for st in tree.strategies if st.strategy_no == "五" for a in st.actions
                  if a.action_no == "6")  # fmt: skip
    assert editing.link_classes(midterm, action.id, [class_id, class_id]) == 1
    editing.save_progress(midterm, action.id, dt.date(2020, 6, 30), "完成系統說明會", 50)
    out = tmp_path / "plan.xlsx"
    assert outputs.export_execution(midterm, MID, 2020, out) == 18
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0] == outputs.EXECUTION_HEADERS
    result = next(r for r in rows if r[1] and str(r[1]).startswith("6 "))[5]
    assert result == (
        "109/06/30 完成系統說明會（完成50%）\n"
        f"辦理相關班期1班（{first}），參訓2人次，核給學習時數合計4.5小時。"
    )
    pdf = tmp_path / "plan.pdf"
    outputs.run_print_plan_report(
        midterm, pdf, outputs.FileRequest(year=2020, plan_code=MID), outputs.Hooks()
    )
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(p.extract_text() for p in doc.pages)
    assert "109年度執行成果報告" in text
    assert "參訓2人次" in text


def test_kpi_report_prints_a_chart_per_kpi(midterm: Database, tmp_path: Path) -> None:
    report = outputs.kpi_report(midterm, MID, 2020)
    assert len(report.lines) == 19 and len(report.charts) == 19
    assert report.charts[0].years == (108, 109, 110, 111)
    assert report.charts[0].targets == (Decimal("20.00"),) * 4
    assert report.charts[0].lower_is_better
    pdf = tmp_path / "kpi.pdf"
    outputs.run_print_kpi(
        midterm, pdf, outputs.FileRequest(year=2020, plan_code=MID), outputs.Hooks()
    )
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(p.extract_text() for p in doc.pages)
    assert "109年度KPI報表" in text
    assert "組織架構合理規劃" in text
    assert "目標值" in text and "實際值" in text


def test_kpi_actuals_import(midterm: Database, tmp_path: Path) -> None:
    header = ["計畫代碼", "KPI編號", "年度", "實際值", "落後原因", "因應策略"]
    path = write_workbook(
        tmp_path / "actuals.xlsx",
        {
            "KPI實績": [
                header,
                [MID, "2-2", 109, "75%", "人力不足", "加強進用"],
                [MID, "1-1", "2020", 19, None, None],
            ]
        },
    )
    report = actuals_import.import_actuals(midterm, path)
    assert len(report.added) == 0 and len(report.updated) == 2
    cell = kpi(midterm, "2-2").cells[2020]
    assert (cell.actual_text, cell.source, cell.reason) == ("75%", kpis.IMPORTED, "人力不足")
    assert kpi(midterm, "1-1").cells[2020].result.met is True  # type: ignore[union-attr]
    again = actuals_import.import_actuals(midterm, path)
    assert again.updated == [] and len(again.unchanged) == 2
    bad = write_workbook(
        tmp_path / "bad.xlsx",
        {
            "KPI實績": [
                header,
                [MID, "2-2", 109, "3場次", "", ""],
                [MID, "9-9", 109, "1", "", ""],
                [MID, "1-1", "明年", "1", "", ""],
            ]
        },
    )
    with pytest.raises(InputRefused) as caught:
        actuals_import.import_actuals(midterm, bad)
    assert {(p.row, p.column) for p in caught.value.problems} == {
        (2, "實際值"),
        (3, "KPI編號"),
        (4, "年度"),
    }
    assert kpi(midterm, "2-2").cells[2020].actual_text == "75%"


def test_agenda_lists_last_years_kpis_without_actual_or_reason(midterm: Database) -> None:
    kpis.set_actual(midterm, kpi(midterm, "2-2").id, 2020, "75%")
    during = agenda.kpi_items(midterm, dt.date(2020, 12, 1))  # 109 is still running
    assert during and all(i.due == dt.date(2019, 12, 31) for i in during)
    items = agenda.kpi_items(midterm, dt.date(2021, 1, 4))
    titles = [i.title for i in items]
    # The two bound class measures count 0 classes and 0 hours: below target too.
    below = {
        no for no in ("2-2", "2-4", "5-6", "4-1") if any(f"KPI {no} 未達目標" in t for t in titles)
    }
    assert below == {"2-2", "2-4", "5-6"}
    # 19 less those three, less 4-1 (nobody in scope: no actual), and the two appraisal
    # measures not provided yet, which count as without an actual as well.
    assert sum("尚未填 109 年實際值" in t for t in titles) == 16
    assert all(i.overdue and i.due == dt.date(2020, 12, 31) and i.ref == MID for i in items)


def test_cli_export_and_print(midterm: Database, tmp_path: Path) -> None:
    target = midterm.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "k.xlsx"
    assert cli.run(["--db", target, "export", "kpi", "--plan", MID, "-o", str(out)]) == 0
    assert out.exists()
    pdf = tmp_path / "r.pdf"
    assert cli.run(["--db", target, "print", "plan-report", "--plan", MID, "--year", "109",
                     "-o", str(pdf)]) == 0  # fmt: skip
    assert cli.run(["--db", target, "export", "plan", "-o", str(out)]) == 2  # no --plan
