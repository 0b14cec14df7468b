"""The first-run wizard: the agency's settings, then how to begin (SPEC R20, issue 15).

Page 1 asks for what every printed form needs (機關全銜, 簡稱, the head's title and name,
the budgeted headcount, 機關 or 學校) and saves it as the agency settings
(``hrplanner.settings``). Page 2 offers three ways on: import the staff roster (the staff
import dialog with its column mapping), load the demo agency, or start empty. Page 3 does
it: the import dialog opens from its button, the demo is made in the background with a
progress bar (all or nothing), and Finish is offered once it is done. The window opens the
wizard by itself on an empty database and from 設定 → 初次設定精靈….
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hrplanner.services.common import settings_service
from hrplanner.settings import Setting
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Progress

IMPORT, DEMO, EMPTY = "import", "demo", "empty"
AGENCY_PAGE, START_PAGE, RUN_PAGE = 0, 1, 2


class AgencyPage(QWizardPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("機關資料"))
        self.setSubTitle(
            self.tr("這些資料印在簽到表、研習證明書與各式表單上；之後可在「設定 → 機關設定」修改。")
        )
        values = settings_service.get_all(ctx.db)
        self.name_edit = QLineEdit(str(values[Setting.AGENCY_NAME]))
        self.name_edit.setPlaceholderText(self.tr("例：臺北市政府人事處"))
        self.short_edit = QLineEdit(str(values[Setting.AGENCY_SHORT_NAME]))
        self.head_title_edit = QLineEdit(str(values[Setting.HEAD_TITLE]))
        self.head_name_edit = QLineEdit(str(values[Setting.HEAD_NAME]))
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 100000)
        self.headcount.setValue(int(values[Setting.BUDGETED_HEADCOUNT]))
        self.headcount.setToolTip(
            self.tr("每年部分辦公時間及全時進修的名額為其十分之一（至少 1 人）")
        )
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("機關"), "agency")
        self.kind_combo.addItem(self.tr("學校（另辦教師成績考核）"), "school")
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(values[Setting.AGENCY_KIND]))
        )
        # 機關全銜 is required: Next stays disabled until it is filled. (Not a mandatory
        # wizard field: that also counts a name already saved as unfilled until it is
        # edited, as when the wizard is opened again from 設定.)
        self.name_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        form = QFormLayout(self)
        form.addRow(self.tr("機關全銜"), self.name_edit)
        form.addRow(self.tr("簡稱"), self.short_edit)
        form.addRow(self.tr("首長職稱"), self.head_title_edit)
        form.addRow(self.tr("首長姓名"), self.head_name_edit)
        form.addRow(self.tr("編制內預算員額"), self.headcount)
        form.addRow(self.tr("機關類型"), self.kind_combo)

    def values(self) -> dict[Setting, Any]:
        return {
            Setting.AGENCY_NAME: self.name_edit.text().strip(),
            Setting.AGENCY_SHORT_NAME: self.short_edit.text().strip(),
            Setting.HEAD_TITLE: self.head_title_edit.text().strip(),
            Setting.HEAD_NAME: self.head_name_edit.text().strip(),
            Setting.BUDGETED_HEADCOUNT: self.headcount.value(),
            Setting.AGENCY_KIND: self.kind_combo.currentData(),
        }

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def validatePage(self) -> bool:
        if not self.name_edit.text().strip():
            return False
        settings_service.update(self.ctx.db, self.values())
        return True


class StartPage(QWizardPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("開始使用"))
        self.setSubTitle(self.tr("要從哪裡開始？之後也可以從「檔案」選單匯入人員。"))
        self.import_radio = QRadioButton(self.tr("匯入人員名冊（Excel 或 CSV，可對應欄位）"))
        self.demo_radio = QRadioButton(self.tr("載入示範機關（試用各項功能）"))
        self.empty_radio = QRadioButton(self.tr("先不匯入，以空白資料庫開始"))
        self.group = QButtonGroup(self)
        for radio in (self.import_radio, self.demo_radio, self.empty_radio):
            self.group.addButton(radio)
        self.import_radio.setChecked(True)
        self.size_combo = QComboBox()
        self.size_combo.addItem(self.tr("小型：約 60 人、8 個單位"), "small")
        self.size_combo.addItem(self.tr("大型：約 5,000 人、60 個單位（需數分鐘）"), "large")
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_radio)
        layout.addWidget(self.demo_radio)
        layout.addWidget(self.size_combo)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.empty_radio)
        layout.addStretch(1)
        self.demo_radio.toggled.connect(self.size_combo.setEnabled)
        self.size_combo.setEnabled(False)

    def initializePage(self) -> None:
        from hrplanner.services.home.summary import active_staff

        has_staff = active_staff(self.ctx.db) > 0
        self.demo_radio.setEnabled(not has_staff)
        self.demo_note.setText(
            self.tr("資料庫已有人員：示範資料只能建立在空的資料庫。") if has_staff else ""
        )
        self.demo_note.setVisible(has_staff)
        if has_staff and self.demo_radio.isChecked():  # back here after the demo was made
            self.import_radio.setChecked(True)

    def choice(self) -> str:
        if self.demo_radio.isChecked():
            return DEMO
        if self.empty_radio.isChecked():
            return EMPTY
        return IMPORT

    def demo_size(self) -> str:
        return str(self.size_combo.currentData())


class RunPage(QWizardPage):
    """Does what page 2 chose; complete once it is done (or at once for an empty start)."""

    def __init__(self, ctx: UiContext, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.ctx = ctx
        self.owner = wizard
        self.done = False
        self.running = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_text = QLabel()
        self.import_button = QPushButton(self.tr("選擇名冊檔案並匯入…"))
        self.import_button.clicked.connect(lambda _checked=False: self.open_import())
        self.import_dialog: QWidget | None = None
        self.setSubTitle(self.tr("完成這一步就可以開始使用 HR Planner。"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.import_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(button_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        choice = self.owner.start_page.choice()
        self.done = False
        self.import_button.setVisible(choice == IMPORT)
        self.progress.setVisible(choice == DEMO)
        self.progress_text.setVisible(choice == DEMO)
        if choice == IMPORT:
            self.setTitle(self.tr("匯入人員名冊"))
            self.text.setText(
                self.tr(
                    "按下方按鈕選擇名冊檔案：先對應欄位並試算，沒有問題才匯入。"
                    "需要格式時，可在對話框中下載匯入範本。"
                )
            )
        elif choice == DEMO:
            self.setTitle(self.tr("載入示範機關"))
            self.text.setText(self.tr("正在建立示範機關的人員、班期與十年的紀錄…"))
            self.start_demo()
        else:
            self.setTitle(self.tr("完成"))
            self.text.setText(
                self.tr(
                    "資料庫已可使用。之後可從「檔案 → 匯入人員…」匯入名冊，"
                    "或從「設定 → 初次設定精靈…」再開啟本精靈。"
                )
            )
            self.done = True
            self.owner.outcome = self.tr("機關資料已儲存")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done

    # --- the demo, in the background ------------------------------------------------------

    def start_demo(self) -> None:
        from hrplanner.services.demo.loading import load_demo

        db, size = self.ctx.db, self.owner.start_page.demo_size()
        school = self.owner.agency_page.kind_combo.currentData() == "school"
        self.running = True
        self.progress.setValue(0)
        self.owner.button(QWizard.WizardButton.BackButton).setEnabled(False)

        def work(progress: Progress) -> Any:
            return load_demo(
                db, size, progress=lambda pct, text: progress.report(pct, 100, text), school=school
            )

        def on_progress(done: int, total: int, text: str) -> None:
            self.progress.setValue(done)
            self.progress_text.setText(text)

        def finished(summary: Any) -> None:
            self.running = False
            self.progress.setValue(100)
            text = self.tr("已建立示範機關：%1 個單位、%2 人。按「完成」開始使用。")
            self.text.setText(
                text.replace("%1", str(summary.units)).replace("%2", str(summary.employees))
            )
            self.progress_text.setText("")
            self.owner.outcome = self.tr("已載入示範機關")
            self.done = True
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            from hrplanner.ui.training.models import is_refusal, refusal_text

            self.running = False
            self.owner.button(QWizard.WizardButton.BackButton).setEnabled(True)
            if not is_refusal(exc):
                raise exc
            self.text.setText(self.tr("無法建立示範機關：%1").replace("%1", refusal_text(exc)))

        self.ctx.runner.run(work, on_done=finished, on_error=failed, on_progress=on_progress)

    # --- the roster import ------------------------------------------------------------------

    def open_import(self) -> None:
        """The staff import dialog (column mapping, dry run, import), window-modal; the page
        is complete once it has imported."""
        from hrplanner.ui.shell.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        self.import_dialog = dialog

        def closed(_result: int) -> None:
            if dialog.imported is not None:
                self.text.setText(dialog.summary.text() + "\n" + self.tr("按「完成」開始使用。"))
                self.owner.outcome = dialog.summary.text()
                self.done = True
                self.completeChanged.emit()

        dialog.finished.connect(closed)
        dialog.open()


class FirstRunWizard(QWizard):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome = ""  # what the wizard did, for the window's status bar
        self.setWindowTitle(self.tr("初次設定精靈"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        # In the office's words, not Qt's own (下一個(N) is no Taiwanese wizard's button).
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< 上一步")),
            (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
            (QWizard.WizardButton.FinishButton, self.tr("完成")),
            (QWizard.WizardButton.CancelButton, self.tr("取消")),
        ):
            self.setButtonText(button, text)
        self.agency_page = AgencyPage(ctx, self)
        self.start_page = StartPage(ctx, self)
        self.run_page = RunPage(ctx, self)
        self.setPage(AGENCY_PAGE, self.agency_page)
        self.setPage(START_PAGE, self.start_page)
        self.setPage(RUN_PAGE, self.run_page)
        self.resize(640, 440)

    def reject(self) -> None:
        if self.run_page.running:  # the demo is one transaction: let it finish
            return
        super().reject()
