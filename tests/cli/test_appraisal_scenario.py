"""A hand-worked 114 (2025) appraisal of 27 people over three 官等, through the command line
only: ``init``, ``import staff`` (with 離職日期), ``appraisal open 114``, ``import rewards``,
``import leave``, ``import external-hours``, ``import appraisal``, ``export appraisal --year
2025`` and ``appraisal check --year 114``. Every person's answer below was worked out by hand
from 考績法 §3–13 and 細則 §2–4, §16 (SPEC R14), and is compared with the workbook the
export writes and with the check's output; then the refused workbooks of the issue."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hrplanner import cli
from hrplanner.services.appraisal.year_end import year_end_view
from hrplanner.storage.database import Database

# 員工編號, 姓名, 官等, 到職日期, 離職日期
STAFF = [
    ("S1", "簡一", "簡任", "099/03/01", None),
    ("S2", "簡二", "簡任", "114/01/15", None),  # start 15 January: still 年終
    ("S3", "簡三", "簡任", "094/05/01", None),
    ("S4", "簡四", "簡任", "097/02/01", None),
    ("S5", "簡五", "簡任", "089/08/01", None),
    ("J1", "薦一", "薦任", "100/01/01", None),
    ("J2", "薦二", "薦任", "100/01/01", None),
    ("J3", "薦三", "薦任", "100/01/01", None),
    ("J4", "薦四", "薦任", "100/01/01", None),
    ("J5", "薦五", "薦任", "100/01/01", None),
    ("J6", "薦六", "薦任", "100/01/01", None),
    ("J7", "薦七", "薦任", "100/01/01", None),
    ("J8", "薦八", "薦任", "100/01/01", None),
    ("J9", "薦九", "薦任", "100/01/01", None),
    ("J10", "薦十", "薦任", "114/07/31", None),  # 1 day + Aug–Dec = 6 months: 另予
    ("J11", "薦十一", "薦任", "114/08/01", None),  # 5 months: no appraisal
    ("J12", "薦十二", "薦任", "104/01/01", "114/06/30"),  # left 30 June: 6 months, 另予
    ("E1", "委一", "委任", "105/01/01", None),
    ("E2", "委二", "委任", "105/01/01", None),
    ("E3", "委三", "委任", "105/01/01", None),
    ("E4", "委四", "委任", "105/01/01", None),
    ("E5", "委五", "委任", "105/01/01", None),
    ("E6", "委六", "委任", "105/01/01", None),
    ("E7", "委七", "委任", "105/01/01", None),
    ("E8", "委八", "委任", "105/01/01", None),
    ("E9", "委九", "委任", "105/01/01", None),
    ("E10", "委十", "委任", "105/01/01", None),
]
# 員工編號, 發布日期, 獎懲種類, 次數, 文號
REWARDS = [
    ("S2", "114/03/10", "記功", 2, "府人字第1號"),
    ("S3", "114/04/01", "記過", 1, "府人字第2號"),
    ("J3", "114/05/01", "記大功", 1, "府人字第3號"),
    ("J4", "114/05/01", "記大功", 1, "府人字第4號"),
    ("J5", "114/05/02", "記大功", 2, "府人字第5號"),
    ("J6", "114/06/01", "嘉獎", 8, "府人字第6號"),
    ("J7", "114/06/02", "記大過", 1, "府人字第7號"),
    ("J8", "114/06/03", "記大過", 2, "府人字第8號"),
    ("J9", "114/07/01", "記功", 1, "府人字第9號"),
    ("J9", "114/07/02", "記過", 2, "府人字第10號"),
    ("E10", "114/09/01", "嘉獎", 1, "府人字第11號"),
    ("E1", "113/12/31", "記大功", 1, "府人字第12號"),  # the year before: does not count
]
# 員工編號, 事病假日數, 曠職日數, 遲到早退次數 (E3 has none: its 甲 cannot be checked)
LEAVE = [
    ("S1", 2, 0, 0),
    ("S2", 3, 0, 0),
    ("S3", 0, 0, 0),
    ("S4", 15, 0, 0),
    ("S5", 14, 0, 0),
    *((f"J{i}", 0, 0, 0) for i in range(1, 13)),
    ("E1", 1, 1, 0),
    ("E2", 14.5, 0, 0),
    *((f"E{i}", 4, 0, 0) for i in (4, 5, 6, 8, 9, 10)),
    ("E7", 0, 0, 2),
]
# 員工編號 → (項目評分, (工作, 操行, 學識, 才能))
SCORES: dict[str, tuple[int | None, tuple[int, int, int, int] | None]] = {
    "S1": (85, None),
    "S2": (None, (60, 13, 8, 8)),
    "S3": (82, None),
    "S4": (90, None),
    "S5": (88, None),
    "J1": (80, None),
    "J2": (79, None),
    "J3": (75, None),
    "J4": (55, None),
    "J5": (60, None),
    "J6": (95, None),
    "J7": (85, None),
    "J8": (80, None),
    "J9": (86, None),
    "J10": (82, None),
    "J12": (76, None),
    "E1": (88, None),
    "E2": (84, None),
    "E3": (81, None),
    "E4": (55, None),
    "E5": (72, None),
    "E6": (68, None),
    "E7": (90, None),
    "E8": (83, None),
    "E9": (78, (50, 12, 8, 8)),
    "E10": (92, None),
}
# The statute's answer: 員工編號 → (考績種類, 獎懲增減, 考績分數, 等次, problem codes)
EXPECTED: dict[str, tuple[str | None, int, int | None, str | None, tuple[str, ...]]] = {
    "S1": ("年終考績", 0, 85, "甲", ()),
    "S2": ("年終考績", 6, 95, "甲", ()),
    "S3": ("年終考績", -3, 79, "乙", ()),
    "S4": ("年終考績", 0, 90, "甲", ("a_barred_leave",)),  # 事病假 15 > 14 days
    "S5": ("年終考績", 0, 88, "甲", ()),  # exactly 14 days is not over
    "J1": ("年終考績", 0, 80, "甲", ()),  # 80 exactly is 甲
    "J2": ("年終考績", 0, 79, "乙", ()),
    "J3": ("年終考績", 9, 84, "甲", ()),
    "J4": ("年終考績", 9, 64, "丙", ("merits_one_major_below_b",)),
    "J5": ("年終考績", 18, 78, "乙", ("merits_two_major_below_a",)),
    "J6": ("年終考績", 8, 100, "甲", ()),  # 95 + 8 = 103, kept at 100
    "J7": ("年終考績", -9, 76, "乙", ("demerits_one_major_above_c",)),
    "J8": ("年終考績", -18, 62, "丙", ("demerits_two_major_above_d",)),
    "J9": ("年終考績", -3, 83, "甲", ("a_barred_net_penalty",)),  # +3 − 6 = −3
    "J10": ("另予考績", 0, 82, "甲", ()),
    "J11": (None, 0, None, None, ()),
    "J12": ("另予考績", 0, 76, "乙", ()),
    "E1": ("年終考績", 0, 88, "甲", ("a_barred_absence",)),  # last year's 大功 not counted
    "E2": ("年終考績", 0, 84, "甲", ("a_barred_leave",)),  # 14.5 > 14
    "E3": ("年終考績", 0, 81, "甲", ("a_leave_unknown",)),
    "E4": ("年終考績", 0, 55, "丁", ("d_without_ground",)),
    "E5": ("年終考績", 0, 72, "乙", ()),
    "E6": ("年終考績", 0, 68, "丙", ()),
    "E7": ("年終考績", 0, 90, "甲", ()),
    "E8": ("年終考績", 0, 83, "甲", ()),
    "E9": ("年終考績", 0, 78, "乙", ()),
    "E10": ("年終考績", 1, 93, "甲", ()),
}
# Per 官等 of the 年終考績: (people, 甲, 乙, 丙, 丁, share, allowed, over)
RATIO = {
    "簡任": (5, 4, 1, 0, 0, "80%", 3, True),
    "薦任": (9, 4, 3, 2, 0, "44.4%", 6, False),
    "委任": (10, 6, 2, 1, 1, "60%", 7, False),
}


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def run(db: Path, *args: str) -> int:
    return cli.run(["--db", str(db), *args])


@pytest.fixture
def scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "hr.db"
    assert run(db, "init") == 0
    staff = workbook(
        tmp_path / "staff.xlsx",
        ["員工編號", "姓名", "單位", "人員類別", "官等", "到職日期", "在職狀態", "離職日期"],
        [
            [no, name, "人事室", "公務人員", rank, hired, "離職" if left else "在職", left]
            for no, name, rank, hired, left in STAFF
        ]
        + [["T1", "師一", "教務處", "教師", None, "099/08/01", "在職", None]],
    )
    assert run(db, "import", "staff", str(staff)) == 0
    assert run(db, "appraisal", "open", "114", "--date", "114/03/01") == 0
    out = capsys.readouterr().out
    assert "共 27 人" in out and "年終考績 24 人" in out and "另予考績 2 人" in out
    assert "不辦理考績 1 人" in out and "113學年度共 1 人" in out
    rewards = workbook(
        tmp_path / "rewards.xlsx",
        ["員工編號", "發布日期", "獎懲種類", "次數", "事由", "文號"],
        [[no, day, kind, n, "事由", doc] for no, day, kind, n, doc in REWARDS],
    )
    assert run(db, "import", "rewards", str(rewards)) == 0
    leave = workbook(
        tmp_path / "leave.xlsx",
        ["員工編號", "年度", "事病假日數", "曠職日數", "遲到早退次數"],
        [[no, 114, sick, absent, late] for no, sick, absent, late in LEAVE],
    )
    assert run(db, "import", "leave", str(leave)) == 0
    hours = workbook(
        tmp_path / "hours.xlsx",
        ["員工編號", "課程名稱", "日期", "時數", "學習類別"],
        [["E8", "數位學習學程", "114/10/01", 121, "業務相關"]],  # over 120 h: 甲等 evidence
    )
    assert run(db, "import", "external-hours", str(hours)) == 0
    rows = []
    for no, (item, parts) in SCORES.items():
        work, conduct, knowledge, ability = parts or (None, None, None, None)
        rows.append([no, 114, None, work, conduct, knowledge, ability, item, None, None, None])
    rows.append(["T1", 113, None, None, None, None, None, None, "4-1-1", "教學認真", None])
    scores = workbook(
        tmp_path / "scores.xlsx",
        [
            "員工編號",
            "年度",
            "考績種類",
            "工作",
            "操行",
            "學識",
            "才能",
            "項目評分",
            "考核結果",
            "重大優劣事實",
            "備註",
        ],
        rows,
    )
    assert run(db, "import", "appraisal", str(scores)) == 0
    capsys.readouterr()
    return db


def test_the_statutes_answer_for_every_person(
    scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "list.xlsx"
    assert run(scenario, "export", "appraisal", "--year", "2025", "-o", str(out)) == 0
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["年終", "另予", "統計表", "教師成績考核"]
    found: dict[str, tuple[str, ...]] = {}
    rank_order: list[str] = []
    for sheet in ("年終", "另予"):
        rows = list(wb[sheet].iter_rows(values_only=True))
        header = rows[0]
        assert header[:10] == (
            "員工編號",
            "姓名",
            "單位",
            "職稱",
            "官等",
            "考績種類",
            "項目評分",
            "獎懲增減",
            "考績分數",
            "等次",
        )
        for row in rows[1:]:
            found[row[0]] = row
            if sheet == "年終":
                rank_order.append(row[4])
    # Grouped by 官等 in the agency's order.
    assert rank_order == ["簡任"] * 5 + ["薦任"] * 9 + ["委任"] * 10
    db = Database.open(str(scenario))
    try:
        view = {r.employee_no: r for r in year_end_view(db, 2025).rows}
    finally:
        db.close()
    assert set(view) == set(EXPECTED)
    for no, (kind, net, score, grade, codes) in EXPECTED.items():
        row = view[no]
        assert (row.kind, row.net_points, row.score, row.grade) == (kind, net, score, grade), no
        assert tuple(p.code for p in row.problems) == codes, no
        if kind is None:
            assert no not in found
            continue
        cells = found[no]
        assert cells[5] == kind
        assert cells[7] == (f"+{net}" if net > 0 else str(net))
        assert (cells[8], cells[9]) == (score, grade), no
        assert bool(cells[10]) == bool(codes), no
    assert "超過 120 小時" in found["E8"][11]
    assert "記功 2 次" in found["S2"][11]
    stats = {r[0]: r for r in list(wb["統計表"].iter_rows(values_only=True))[1:]}
    for rank, (people, a, b, c, d, share, allowed, over) in RATIO.items():
        assert stats[rank][1:6] == (people, a, b, c, d), rank
        assert stats[rank][7] == share and stats[rank][9] == allowed, rank
        assert stats[rank][10] == ("是" if over else "否"), rank
    teachers = list(wb["教師成績考核"].iter_rows(values_only=True))
    assert teachers[1][0] == "T1" and teachers[1][5] == "4-1-1"
    assert teachers[1][6] == "第四條第一項第一款"

    assert run(scenario, "appraisal", "check", "--year", "114") == 1
    text = capsys.readouterr().out
    assert "共 27 人，其中 10 人有待處理的問題" in text
    assert "簡任年終考績甲等 4 人，占 5 人的 80%，超過 75%；依比例至多 3 人列甲等。" in text
    assert (
        "薦任：9 人，甲 4、乙 3、丙 2、丁 0、未評定 0；甲等比例 44.4%，依比例至多 6 人列甲等"
        in text
    )
    assert "事病假合計 15 日，超過 14 日，不得考列甲等。" in text
    assert "獎懲抵銷後增加 18 分，已達二大功，考績不應低於甲等（目前為乙等）。" in text


def test_a_second_import_changes_nothing(
    scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, name in (
        ("rewards", "rewards.xlsx"),
        ("leave", "leave.xlsx"),
        ("appraisal", "scores.xlsx"),
    ):
        assert run(scenario, "import", kind, str(tmp_path / name)) == 0
        assert "新增 0 筆、更新 0 筆" in capsys.readouterr().out, kind
    assert run(scenario, "appraisal", "open", "114", "--date", "114/03/01") == 0
    assert "新增 0 人" not in capsys.readouterr().out  # nothing added: the line is left out


def _scores(db: Path) -> dict[str, tuple[int | None, int | None]]:
    database = Database.open(str(db))
    try:
        return {r.employee_no: (r.item, r.score) for r in year_end_view(database, 2025).rows}
    finally:
        database.close()


def test_a_bad_appraisal_workbook_is_refused_whole(
    scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _scores(scenario)
    bad = workbook(
        tmp_path / "bad.xlsx",
        ["員工編號", "年度", "工作", "操行", "學識", "才能", "項目評分"],
        [
            ["S1", 114, 60, 10, 5, 5, 85],  # components add up to 80, not 85
            ["S3", 114, 66, 10, 5, 5, None],  # 工作 over 65
            ["J1", 114, None, None, None, None, 101],  # a score over 100
            ["ZZ9", 114, None, None, None, None, 80],  # nobody of that number
            ["J2", 114, None, None, None, None, 90],  # fine, but nothing may be written
        ],
    )
    assert run(scenario, "import", "appraisal", str(bad)) == 1
    err = capsys.readouterr().err
    assert "共 4 個問題" in err
    assert "第 2 列 欄「項目評分」：項目評分 85 分與四項分數合計 80 分不符。" in err
    assert "第 3 列 欄「工作」：工作分數須為 0 至 65 的整數（收到 66）" in err
    assert "第 4 列 欄「項目評分」：項目評分須為 0 至 100 的整數（收到 101）" in err
    assert "第 5 列 欄「員工編號」：找不到員工編號「ZZ9」" in err
    assert _scores(scenario) == before


def test_a_bad_rewards_workbook_is_refused_whole(
    scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _scores(scenario)
    bad = workbook(
        tmp_path / "bad.xlsx",
        ["員工編號", "發布日期", "獎懲種類", "次數", "文號"],
        [
            ["S1", "114/05/01", "記小功", 1, "A1"],  # no such kind
            ["S1", "114/05/01", "嘉獎", 0, "A2"],  # a count of 0
            ["S1", "114/02/30", "嘉獎", 1, "A3"],  # no 30 February
            ["ZZ9", "114/05/01", "嘉獎", 1, "A4"],  # nobody of that number
            ["S5", "114/05/01", "記大功", 1, "A5"],  # fine, but nothing may be written
        ],
    )
    assert run(scenario, "import", "rewards", str(bad)) == 1
    err = capsys.readouterr().err
    assert "共 4 個問題" in err
    assert "第 2 列 欄「獎懲種類」：獎懲種類「記小功」無法辨識" in err
    assert "第 3 列 欄「次數」：獎懲次數須為 1 以上的整數（收到 0）" in err
    assert "第 4 列 欄「發布日期」" in err and "2月只有 28 天" in err
    assert "第 5 列 欄「員工編號」：找不到員工編號「ZZ9」" in err
    assert _scores(scenario) == before
