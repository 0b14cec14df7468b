"""The plans and KPI pages (SPEC R15)."""
