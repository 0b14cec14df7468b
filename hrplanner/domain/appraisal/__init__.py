"""The rules of the performance appraisal area (SPEC R13, R14, R18), pure and Qt-free.

Modules, each small and importable on its own:

- :mod:`.vocabulary` the words (kinds, grades, statuses, 獎懲 kinds and weights, score
  components and limits, protected leave kinds, 官等, teachers' outcomes, 丁等 grounds);
- :mod:`.interim_template` the interim items and level scale, an editable template;
- :mod:`.kind` 年終 / 另予 / none from the service dates;
- :mod:`.rewards` 獎懲 records and their net points;
- :mod:`.leave` the 差勤統計 of a person and year;
- :mod:`.score` item score, 考績分數 and grade;
- :mod:`.checks` the named problems of one appraisal;
- :mod:`.evidence` the 甲等 conditions the data show;
- :mod:`.ratio` the share of 甲 per 官等;
- :mod:`.interim` interim periods, a record's validity, timeliness;
- :mod:`.workflow` the workflow's moves and changes after approval;
- :mod:`.teachers` school years and outcomes;
- :mod:`.notice` what a grade brings, for the 考績通知書;
- :mod:`.problems` the :class:`~.problems.Problem` type and number formats.
"""
