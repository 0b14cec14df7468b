"""Storage: the ORM models (one module per area), the engine and session factory, the
migration runner and the default reference data. Imports nothing above it."""
