"""The 報表匯出 page: every export, the import templates and the portal registration list."""
