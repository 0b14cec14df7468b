"""The rules of SPEC §2 as pure functions and value types, and the vocabulary: no Qt, no
SQLAlchemy, no clock (``today`` is always a parameter)."""
