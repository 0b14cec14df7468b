"""The services: one package per area (staff, training, hours, certificates, calendar,
exports, demo; appraisal, study, survey, plans and home as they come), each call one unit of
work returning plain dataclasses; ``common`` and ``imports`` are shared, and ``catalogue``
declares every kind of file once."""
