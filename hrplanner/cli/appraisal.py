"""``appraisal open YEAR`` and ``appraisal check --year Y`` (SPEC §4, R13–R14).

``open`` sets up the year's interim periods and due dates, who is in scope and the
suggested kind of each person (run it again after new hires: it only adds and refreshes).
``check`` prints every named problem of the year's appraisals and the 甲等 share per 官等
with its warning; it exits 1 when there is anything to attend to, so scripts can tell.
"""

from __future__ import annotations

import argparse
from typing import Any

from hrplanner.cli.common import EXIT_OK, EXIT_REFUSED, Handler, UsageError, _open_db, date_arg
from hrplanner.i18n import _, ngettext


def _year(text: str) -> int:
    from hrplanner.domain.rocdate import parse_year

    try:
        return parse_year(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def cmd_open(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.appraisal.config import split_categories
    from hrplanner.services.appraisal.cycle import open_year
    from hrplanner.services.appraisal.teachers import school_year_label

    year = _year(args.year)
    school_year = _year(args.school_year) if args.school_year else None
    categories = split_categories(args.categories) if args.categories else None
    today = date_arg(args.date, "--date")
    db = _open_db(args)
    report = open_year(
        db,
        year,
        today=today,
        categories=categories,
        teachers=False if args.no_teachers else None,
        school_year=school_year,
    )
    kinds = "、".join(
        ngettext("{kind} {n} 人", "{kind} {n} 人", n).format(kind=kind, n=n)
        for kind, n in report.kinds.items()
    )
    print(
        _("已開辦 {year} 年度考績：{categories}共 {n} 人（{kinds}）").format(
            year=year - 1911, categories="、".join(report.categories), n=report.people, kinds=kinds
        )
    )
    if report.added or report.removed:
        print(
            _("  新增 {added} 人、移除不在範圍且尚未評分者 {removed} 人").format(
                added=report.added, removed=report.removed
            )
        )
    periods = "、".join(
        _("第 {number} 期截止 {due}").format(number=n, due=format_roc(due))
        for n, due in report.periods
    )
    print(
        _("  平時考核：{periods}；新增紀錄 {n} 筆").format(periods=periods, n=report.interim_added)
    )
    print(_("  年終考績應完成日期：{due}").format(due=format_roc(report.due)))
    if report.school_year is not None:
        print(
            _("  教師成績考核：{label}共 {n} 人").format(
                label=school_year_label(report.school_year), n=report.teachers
            )
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from hrplanner.domain.appraisal.problems import percent_text
    from hrplanner.domain.appraisal.vocabulary import Grade
    from hrplanner.services.appraisal.check import check_year
    from hrplanner.services.appraisal.teachers import school_year_label

    if args.year is None:
        raise UsageError(_("appraisal check 需要指定 --year 年度"))
    year = _year(args.year)
    db = _open_db(args)
    report = check_year(db, year)
    roc = year - 1911
    if not report.opened:
        print(_("{year} 年度考績尚未開辦（請先執行 appraisal open {year}）").format(year=roc))
        return EXIT_REFUSED
    print(
        _("{year} 年度考績檢核：共 {n} 人，其中 {bad} 人有待處理的問題").format(
            year=roc, n=report.people, bad=len(report.with_problems)
        )
    )
    for row in report.with_problems:
        result = (
            _("{score} 分{grade}等").format(score=row.score, grade=row.grade)
            if row.grade
            else _("尚未評分")
        )
        print(
            _("  {no} {name}（{rank}，{kind}，{result}）").format(
                no=row.employee_no,
                name=row.name,
                rank=row.rank_group or _("未填官等"),
                kind=row.kind or _("不辦理考績"),
                result=result,
            )
        )
        for problem in row.problems:
            print(f"    - {problem.message}")
    if report.ratio:
        print(
            _("甲等比例（年終考績，每一官等上限 {limit}）：").format(
                limit=percent_text(report.ratio[0].limit)
            )
        )
        for r in report.ratio:
            mark = _("（超過上限）") if r.over else ""
            print(
                _(
                    "  {group}：{people} 人，甲 {a}、乙 {b}、丙 {c}、丁 {d}、未評定 {u}；"
                    "甲等比例 {share}，依比例至多 {allowed} 人列甲等{mark}"
                ).format(
                    group=r.rank_group or _("未填官等"),
                    people=r.people,
                    a=r.a_count,
                    b=r.counts[Grade.B],
                    c=r.counts[Grade.C],
                    d=r.counts[Grade.D],
                    u=r.ungraded,
                    share=percent_text(r.share),
                    allowed=r.allowed,
                    mark=mark,
                )
            )
    for warning in report.ratio_warnings:
        print(_("警告：{warning}").format(warning=warning.message))
    if report.teachers_with_problems:
        print(_("教師成績考核（{label}）：").format(label=school_year_label(report.school_year)))
        for t in report.teachers_with_problems:
            for problem in t.problems:
                print(f"  {t.employee_no} {t.name}：{problem.message}")
    if report.clean:
        print(_("沒有發現問題"))
        return EXIT_OK
    print(
        ngettext("共 {n} 個問題", "共 {n} 個問題", report.problem_count).format(
            n=report.problem_count
        )
    )
    return EXIT_REFUSED


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("appraisal", help=_("考核：開辦年度、檢核考績"))
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = actions.add_parser("open", help=_("開辦年度：平時考核期別、截止日期、考績名單與種類"))
    a.add_argument("year", metavar="YEAR", help=_("年度：西元（2025）或民國（114）"))
    a.add_argument(
        "--categories", metavar="A,B", help=_("列入考核的人員類別（預設依設定，通常為公務人員）")
    )
    a.add_argument(
        "--school-year", metavar="SY", help=_("教師成績考核的學年度（預設為該年 7 月結束的學年度）")
    )
    a.add_argument("--no-teachers", action="store_true", help=_("不開辦教師成績考核"))
    a.add_argument("--date", metavar="D", help=_("開辦日期（預設今天）"))
    a = actions.add_parser("check", help=_("列出考績的所有問題與各官等甲等比例"))
    a.add_argument("--year", metavar="Y", help=_("年度：西元（2025）或民國（114）"))
    return {"appraisal": _dispatch}


def _dispatch(args: argparse.Namespace) -> int:
    if args.action == "open":
        return cmd_open(args)
    return cmd_check(args)
