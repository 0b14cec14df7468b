"""The machinery every import shares (SPEC §3.1): reading .xlsx/.csv tables all or nothing with
row-level problems, and the import templates."""
