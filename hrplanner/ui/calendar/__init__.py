"""The 辦公日曆 page: the office calendar and its overrides."""
