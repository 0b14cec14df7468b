"""Plans and KPIs (實施計畫、關鍵績效指標, SPEC R15): the pure rules.

- :mod:`.targets` — yearly targets and actuals as officers write them (``80%``, ``≦20``,
  ``2場次``), units and direction, and the KPI sheet's year headers (``108年`` → 2019);
- :mod:`.achievement` — met, 達成度 (capped for display), the light, and what keeps a
  year's report from being final (落後原因 and 因應策略 of KPIs below target);
- :mod:`.schedule` — 辦理期程 text read into months where possible, kept as text always;
- :mod:`.measures` — the catalogue of measures an actual can be bound to, bindings and
  the rules the services share when computing them (filters, defaults, units);
- :mod:`.binding_text` — the 資料來源 text of a binding
  (``classes_held(類別=公務倫理,標題含=核心價值)``), parsed and rendered.
"""
