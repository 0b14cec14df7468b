"""The plan workbook (SPEC §3.1 計畫): the 中程施政計畫's KPI table typed by hand imports with
all 19 KPIs and their 108–111 targets; all or nothing; re-import and export round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.plans import editing, examples, kpis, workbook
from hrplanner.storage.database import Database
from hrplanner.storage.models import Plan, PlanAction, PlanKpi, PlanKpiYear, PlanStrategy

from ...conftest import write_workbook

CODE = "108-人事處中程"
PLAN_ROW = ["計畫代碼", "計畫名稱", "起始年度", "結束年度", "主辦單位"]
# The KPI table of the source (003), typed as an officer would: the year headers written
# three ways, and 五-6's target with the line breaks the printed table has.
KPI_HEADER = ["計畫代碼", "KPI編號", "策略編號", "指標名稱", "衡量標準", "單位",
              "108", "109年", "2021", "111年", "資料來源"]  # fmt: skip
TABLE = [
    ("1-1", "一", "組織架構合理規劃。", "局處設置數。", "", "≦20"),
    ("1-2", "一", "總員額範圍內。", "總員額範圍內。", "%", "100%"),
    ("1-3", "一", "不定期追蹤，更新及研修SOP文件", "定期檢視SOP", "次", "1次"),
    ("2-1", "二", "促進原住民就業。", "足額進用原住民人員比例", "%", "100%"),
    ("2-2", "二", "積極進用身心障礙人員。", "足額進用身心障礙人員比例", "%", "80%"),
    ("2-3", "二", "外補人員交流比率。", "促進基層公務人員間相互交流", "%", "35%"),
    ("2-4", "二", "多元化員工協助方案措施及宣導。", "講座2次以上", "場次", "2場次"),
    ("3-1", "三", "每年四月、八月考核屬員之平時成績", "平時考核要點", "%", "100%"),
    ("3-2", "三", "辦理公務人員考績", "考績法暨其施行細則", "%", "100%"),
    ("4-1", "四", "強化公務人員終身學習時數", "每人每年學習20小時", "%", "80%"),
    ("4-2", "四", "人員辦公秩序、出勤情形及服勤紀律。", "不定期查勤", "%", "80%"),
    ("5-1", "五", "年度核定自願、屆齡退休比率。", "核定/申請", "%", "90%"),
    ("5-2", "五", "管控公教人員待遇資料報送完成比率。", "報送比率", "%", "100%"),
    ("5-3", "五", "強化加班費按月請領時效。", "次月10日前完成請領比率", "%", "60%"),
    ("5-4", "五", "個人人事資料正確率。", "正確率平均97%以上", "%", "100%"),
    ("5-5", "五", "組織編制資料正確率。", "正確率平均97%以上", "%", "100%"),
    ("5-6", "五", "辦理各種人事資訊系統操作訓練或宣導說明會。", "課程總時數", "小時", "12\n\n小時"),
    ("6-1", "六", "當年度排定健康檢查補助人員受檢情形。", "達成率≧80%", "%", "80%"),
    ("6-2", "六", "當年度列入首長健康檢查受檢情形。", "達成率≧50%", "%", "80%"),
]
SOURCES = {"4-1": "compliance_rate", "3-1": "interim_on_time_rate",
           "5-6": "class_hours_held（標題含＝人事資訊系統）"}  # fmt: skip


def typed_workbook(path: Path) -> Path:
    strategies = [["計畫代碼", "策略編號", "策略名稱"]] + [
        [CODE, no, f"關鍵策略目標{no}"] for no in "一二三四五六"
    ]
    kpi_rows: list[list[object]] = [KPI_HEADER]
    for no, strategy, name, standard, unit, target in TABLE:
        kpi_rows.append(
            [
                CODE,
                no,
                strategy,
                name,
                standard,
                unit,
                target,
                target,
                target,
                target,
                SOURCES.get(no, "手動"),
            ]
        )
    return write_workbook(
        path,
        {
            "計畫": [
                PLAN_ROW,
                [CODE, "嘉義市政府人事處中程（108至111年度）施政計畫", 108, "111年", "人事處"],
            ],
            "策略": strategies,
            "KPI": kpi_rows,
        },
    )


def test_the_typed_kpi_table_imports_with_all_19_kpis_and_their_targets(
    db: Database, tmp_path: Path
) -> None:
    report = workbook.import_plans(db, typed_workbook(tmp_path / "kpi.xlsx"))
    assert len(report.added) == 1 + 6 + 19
    table = kpis.kpi_table(db, CODE)
    assert table.years == [2019, 2020, 2021, 2022]
    assert [r.kpi_no for r in table.rows] == [row[0] for row in TABLE]
    for row, _typed in zip(table.rows, TABLE, strict=True):
        assert sorted(row.cells) == [2019, 2020, 2021, 2022]
        for cell in row.cells.values():
            assert cell.target is not None and not cell.problem
    first = table.rows[0]
    assert first.direction.value == "越低越好"
    assert first.cells[2019].target_text == "≦20"
    hours = next(r for r in table.rows if r.kpi_no == "5-6")
    assert hours.cells[2022].target is not None and hours.cells[2022].target.value == 12
    assert hours.source_text == "class_hours_held(標題含=人事資訊系統)"
    assert next(r for r in table.rows if r.kpi_no == "4-1").binding is not None


def test_reimport_changes_nothing_and_a_dry_run_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = typed_workbook(tmp_path / "kpi.xlsx")
    dry = workbook.import_plans(db, path, dry_run=True)
    assert len(dry.added) == 26
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 0
    workbook.import_plans(db, path)
    with db.session() as s:
        before = s.scalar(select(func.sum(PlanKpiYear.version)))
    again = workbook.import_plans(db, path)
    assert (again.added, again.updated, len(again.unchanged)) == ([], [], 26)
    with db.session() as s:
        assert s.scalar(select(func.sum(PlanKpiYear.version))) == before
        assert s.scalar(select(func.count()).select_from(PlanKpiYear)) == 19 * 4


def test_a_bad_cell_refuses_the_whole_file_and_names_where(db: Database, tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "bad.xlsx",
        {
            "計畫": [PLAN_ROW, ["P1", "測試計畫", 108, 109, "人事室"]],
            "策略": [["計畫代碼", "策略編號", "策略名稱"], ["P1", "1", "策略一"]],
            "KPI": [
                [
                    "計畫代碼",
                    "KPI編號",
                    "策略編號",
                    "指標名稱",
                    "108年",
                    "109年",
                    "112年",
                    "資料來源",
                ],
                ["P1", "1", "1", "甲", "80%", "待訂", "", "手動"],
                ["P1", "2", "9", "乙", "1次", "", "", "手動"],
                ["P1", "3", "1", "丙", "12小時", "", "", "classes_held"],
                ["P1", "4", "1", "丁", "≦3", "≧2", "", ""],
                ["P1", "5", "1", "戊", "", "", "2場次", "no_such_measure"],
            ],
        },
    )
    with pytest.raises(InputRefused) as caught:
        workbook.import_plans(db, path)
    where = {(p.sheet, p.row, p.column) for p in caught.value.problems}
    assert ("KPI", 2, "109年") in where  # 待訂 is no target
    assert ("KPI", 3, "策略編號") in where  # no strategy 9
    assert ("KPI", 4, "資料來源") in where  # 班 (classes) cannot answer 小時
    assert ("KPI", 5, "方向") in where  # ≦ one year, ≧ the next
    assert ("KPI", 6, "資料來源") in where  # unknown measure
    assert ("KPI", 6, "KPI編號") in where  # 112年 is outside 108–109
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 0


def test_export_reimports_unchanged(db: Database, tmp_path: Path) -> None:
    workbook.import_plans(db, typed_workbook(tmp_path / "kpi.xlsx"))
    out = tmp_path / "export.xlsx"
    assert workbook.export_plan_workbook(db, CODE, out) == 19
    again = workbook.import_plans(db, out)
    assert again.added == [] and again.updated == []


def test_the_four_shipped_examples_load(db: Database) -> None:
    shipped = examples.examples()
    assert len(shipped) == 4
    for report in examples.import_examples(db):
        assert report.added and not report.updated
    with db.session() as s:
        codes = set(s.scalars(select(Plan.code)))
        assert codes == {
            "099-大勇國小核心價值",
            "094-臺南縣核心價值",
            "103-嘉義市組織文化",
            "108-人事處中程",
        }
        assert s.scalar(select(func.count()).select_from(PlanStrategy)) == 14 + 11 + 4 + 6
        assert s.scalar(select(func.count()).select_from(PlanAction)) > 50
    midterm = kpis.kpi_table(db, "108-人事處中程")
    assert len(midterm.rows) == 19
    assert all(len(r.cells) == 4 for r in midterm.rows)
    bound = {r.kpi_no: r.binding.measure for r in midterm.rows if r.binding}
    assert bound == {
        "2-4": "classes_held",
        "3-1": "interim_on_time_rate",
        "3-2": "appraisal_done_rate",
        "4-1": "compliance_rate",
        "5-6": "class_hours_held",
    }
    tree = editing.plan_tree(db, "103-嘉義市組織文化")
    first = tree.strategies[0].actions[0]
    assert first.schedule == "103年5月~104年4月"
    assert first.parsed_schedule.start is not None
    assert first.promoting_unit == "本府人事處"
    assert next(e.name for e in shipped).startswith("094")
    # Importing them again changes nothing.
    assert all(not r.added and not r.updated for r in examples.import_examples(db))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(PlanKpi)) == 19 + 4 + 6
