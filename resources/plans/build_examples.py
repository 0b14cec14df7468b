"""Write the example plan workbooks shipped in this folder (SPEC §3.1 計畫).

The four plans HR Planner was designed from, typed from the source texts (shared/sources):

- 臺中市西區大勇國民小學推動文官核心價值實施計畫 (99年): 推動策略 and the 具體作法 of the
  five core values;
- 臺南縣政府推動核心價值實施計畫 (94年): 附件1 策略 → 具體作法 and 附件2 推動途徑 → 推動作法
  with 承辦單位 and 預定達成目標, and KPIs for its numbered targets;
- 嘉義市政府推動型塑文官優質組織文化實施計畫 (103–104年): 策略 → 具體作法 with 辦理期程,
  績效指標 and units, and KPIs for the 績效指標 the data can answer;
- 嘉義市政府人事處中程（108至111年度）施政計畫: the six 關鍵策略目標 with their 施政重點 as
  actions and all 19 KPIs of its table with their 108–111 targets.

Run ``python resources/plans/build_examples.py`` after changing the data below; the
workbooks are read by ``hrplanner.services.plans.examples`` and imported like any user file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from example_data import PLANS  # noqa: E402

PLAN_HEADERS = ("計畫代碼", "計畫名稱", "訂定日期", "依據", "目標", "實施對象", "起始年度",
                "結束年度", "主辦單位")  # fmt: skip
STRATEGY_HEADERS = ("計畫代碼", "策略編號", "策略名稱")
ACTION_HEADERS = ("計畫代碼", "策略編號", "作法編號", "具體作法", "辦理期程", "績效指標",
                  "推動單位", "實施單位")  # fmt: skip


def write(plan: dict, path: Path) -> None:  # type: ignore[type-arg]
    wb = Workbook()
    ws = wb.active
    ws.title = "計畫"
    ws.append(PLAN_HEADERS)
    ws.append([plan["code"], plan["name"], plan.get("date", ""), plan.get("basis", ""),
               plan.get("goals", ""), plan.get("target_group", ""), plan["first_year"],
               plan["last_year"], plan.get("unit", "")])  # fmt: skip
    strategies = wb.create_sheet("策略")
    strategies.append(STRATEGY_HEADERS)
    actions = wb.create_sheet("具體作法")
    actions.append(ACTION_HEADERS)
    for number, name, items in plan["strategies"]:
        strategies.append([plan["code"], number, name])
        for item in items:
            no, text, schedule, indicators, promoting, implementing = (*item, "", "", "", "")[:6]
            actions.append([plan["code"], number, no, text, schedule, indicators, promoting,
                            implementing])  # fmt: skip
    years = list(range(plan["first_year"], plan["last_year"] + 1))
    kpis = wb.create_sheet("KPI")
    kpis.append(["計畫代碼", "KPI編號", "策略編號", "指標名稱", "衡量標準", "單位",
                 *(f"{y}年" for y in years), "資料來源"])  # fmt: skip
    for kpi in plan.get("kpis", ()):
        targets = kpi["targets"]
        row = [plan["code"], kpi["no"], kpi["strategy"], kpi["name"], kpi["standard"],
               kpi.get("unit", ""), *(targets.get(y, "") for y in years),
               kpi.get("measure", "手動")]  # fmt: skip
        kpis.append(row)
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cell.number_format = "@"  # years and targets stay text, as typed
        sheet.freeze_panes = "A2"
    wb.save(path)


def main() -> None:
    for plan in PLANS:
        path = HERE / plan["file"]
        write(plan, path)
        print(
            f"{path.name}: {len(plan['strategies'])} strategies, {len(plan.get('kpis', ()))} KPIs"
        )


if __name__ == "__main__":
    main()
