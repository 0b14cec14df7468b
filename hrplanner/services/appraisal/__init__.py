"""The appraisal area's services (SPEC R13, R14, R18): opening a year, interim records,
year-end appraisals with their checks and the 甲等 ratio, 獎懲 and leave summaries, the
teachers' 成績考核, the imports, exports and printed forms, and the agenda's items. The
rules themselves are ``hrplanner.domain.appraisal``; these modules read, write and
gather in bulk."""
