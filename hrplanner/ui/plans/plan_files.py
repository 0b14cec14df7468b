"""The file actions of the plans page: importing plan workbooks and the shipped examples,
exporting a plan as its workbook, and the year's 執行成果 export and printed report.

Texts are translated in the context "PlansPage", where they are shown. A mixin of
``PlansPage`` (which owns ``ctx``, ``tree_data``, ``outputs``, ``year_combo`` and
``refresh``), kept apart so that the page module stays about the tree and its editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.services.imports.tabular import ImportReport
from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.prompts import workbook_filter
from hrplanner.ui.training.models import refusal_text

if TYPE_CHECKING:
    from hrplanner.services.plans.editing import PlanTree
    from hrplanner.ui.plans.outputs import PlanOutputs
    from hrplanner.ui.shell.pages import UiContext


class PlanFileActions(QWidget):
    """Import, export and print for the plans page."""

    ctx: UiContext
    tree_data: PlanTree | None
    outputs: PlanOutputs
    year_combo: QComboBox

    def refresh(self) -> None:
        raise NotImplementedError

    def make_import_dialog(self) -> ImportDialog:
        kind = ImportKind(
            title=QCoreApplication.translate("PlansPage", "匯入計畫"),
            kind="plan",
            template_file=QCoreApplication.translate("PlansPage", "計畫匯入範本.xlsx"),
            browse_title=QCoreApplication.translate("PlansPage", "選擇計畫活頁簿"),
        )
        return ImportDialog(self.ctx, self, kind)

    def import_plans(self) -> None:
        dialog = self.make_import_dialog()
        if dialog.exec() and dialog.imported is not None:
            self.refresh()

    def import_examples(self) -> None:
        from hrplanner.services.plans import examples

        shipped = examples.examples()
        every = QCoreApplication.translate("PlansPage", "全部四個範例計畫")
        names = [every, *(e.name for e in shipped)]
        title = QCoreApplication.translate("PlansPage", "匯入範例計畫")
        chosen = self.ctx.prompts.choose(
            self,
            title,
            QCoreApplication.translate("PlansPage", "隨附的範例計畫（依原計畫內容建立）："),
            names,
        )
        if chosen is None:
            return
        wanted = None if chosen == every else [chosen]

        def done(reports: list[ImportReport]) -> None:
            self.refresh()
            text = QCoreApplication.translate(
                "PlansPage", "已匯入 %n 個範例計畫。", "", len(reports)
            )
            self.ctx.prompts.info(self, title, text)

        def failed(exc: BaseException) -> None:
            self.ctx.prompts.error(self, title, refusal_text(exc))

        self.ctx.runner.run(
            lambda _p: examples.import_examples(self.ctx.db, wanted),
            on_done=done,
            on_error=failed,
        )

    def export_plan(self) -> None:
        if self.tree_data is None:
            return
        from hrplanner.services.plans.workbook import export_plan_workbook

        code = self.tree_data.plan.code
        title = QCoreApplication.translate("PlansPage", "匯出計畫")
        target = self.ctx.prompts.save_file(
            self,
            title,
            QCoreApplication.translate("PlansPage", "計畫_%1.xlsx").replace("%1", code),
            workbook_filter(),
        )
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")

        def done(count: int) -> None:
            text = QCoreApplication.translate(
                "PlansPage", "已匯出計畫（含 %n 項 KPI）至 %1", "", count
            ).replace("%1", str(target))
            self.ctx.prompts.info(self, title, text)

        self.ctx.runner.run(
            lambda _p: export_plan_workbook(self.ctx.db, code, target),
            on_done=done,
            on_error=lambda exc: self.ctx.prompts.error(self, title, refusal_text(exc)),
        )

    # --- the year's results ---------------------------------------------------------------

    def result_year(self) -> int | None:
        data = self.year_combo.currentData()
        return None if data is None else int(data)

    def export_results(self) -> None:
        year = self.result_year()
        if self.tree_data is None or year is None:
            return
        code = self.tree_data.plan.code
        name = (
            QCoreApplication.translate("PlansPage", "計畫執行成果_%1_%2年度.xlsx")
            .replace("%1", code)
            .replace("%2", str(year - ROC_OFFSET))
        )
        self.outputs.export(
            "plan", code, year, QCoreApplication.translate("PlansPage", "匯出執行成果"), name
        )

    def print_results(self) -> None:
        year = self.result_year()
        if self.tree_data is None or year is None:
            return
        code = self.tree_data.plan.code
        name = (
            QCoreApplication.translate("PlansPage", "執行成果報告_%1_%2年度.pdf")
            .replace("%1", code)
            .replace("%2", str(year - ROC_OFFSET))
        )
        self.outputs.print_report(
            "plan-report",
            code,
            year,
            QCoreApplication.translate("PlansPage", "計畫執行成果報告"),
            name,
        )
