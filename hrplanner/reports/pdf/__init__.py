"""Printed forms (SPEC §3.3) as PDF with reportlab: plain data in (data.py), file out.

Modules: fonts (find, check and register the embedded Traditional Chinese TrueType font),
data (input records), text (CJK line fitting; ROC dates, hours and masking are the domain's),
layout (shared page furniture), signin (簽到表), certificate (研習證明書), roster (班期成績冊) and
questionnaire (滿意度調查表). Nothing is imported here, so that importing the package does
not pull reportlab onto the application's start-up path.
"""
