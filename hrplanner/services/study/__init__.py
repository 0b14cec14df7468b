"""Study programmes (進修, SPEC R12): records with the eight-hour week and the yearly quota,
the 進修名冊 import and export, the selection check from appraisal grades, and the
``study_people`` KPI measure."""
