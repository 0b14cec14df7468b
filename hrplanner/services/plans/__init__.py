"""Plans and KPIs (SPEC R15): editing, the plan workbook, KPI actuals and measures, outputs.

- :mod:`.editing` — plans, strategies, actions, progress entries and linked classes;
- :mod:`.workbook` — the plan workbook of SPEC §3.1 (import all or nothing, export);
- :mod:`.kpis` — the KPI table of a plan (targets, actuals, 達成度, lights), typing actuals,
  computing bound actuals, and marking a year's report final;
- :mod:`.actuals_import` — the KPI實績 workbook;
- :mod:`.measures` — the ONE table of measure providers, and computing a binding;
- :mod:`.class_measures` — the measures this package provides itself;
- :mod:`.outputs` — the KPI 報表 and 計畫執行成果 exports and the two printed reports;
- :mod:`.examples` — the example plan workbooks shipped in ``resources/plans``;
- :mod:`.agenda` — KPIs still without an actual or a reason after year-end.
"""
