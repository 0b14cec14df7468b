"""The appraisal pages (SPEC R13, R14): the interim appraisal of a period and the year-end
appraisal of a year, with their dialogs (opening a year, the committee, the 獎懲 register
and the leave summaries)."""
