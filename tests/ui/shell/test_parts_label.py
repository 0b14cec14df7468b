"""PartsLabel: the 官等 statements share a line while they fit and go one per line when they
do not, never split inside one; their text is escaped (rank names are the agency's data)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hrplanner.ui.shell.widgets import PartsLabel

PARTS = [
    ("簡任：甲 78／216 人（36.1%），上限 75% 可列 162 人", ""),
    ("薦任：甲 576／1726 人（33.4%），上限 75% 可列 1294 人 ⚠", "color:#b00020"),
]


def test_parts_share_a_line_while_they_fit_else_one_per_line(qtbot: QtBot) -> None:
    label = PartsLabel()
    qtbot.addWidget(label)
    label.resize(2000, 40)
    label.show()
    label.set_parts(PARTS)
    assert "<br>" not in label.text() and PartsLabel.GAP in label.text()
    label.resize(300, 40)  # narrower than both: one per line, on resizing alone
    qtbot.waitUntil(lambda: "<br>" in label.text())
    assert label.text().count("<br>") == 1
    assert "<span style='color:#b00020'>" in label.text()


def test_the_data_is_escaped(qtbot: QtBot) -> None:
    label = PartsLabel()
    qtbot.addWidget(label)
    label.set_parts([("<b>委任</b> & co", "")])
    assert "&lt;b&gt;委任&lt;/b&gt; &amp; co" in label.text()
