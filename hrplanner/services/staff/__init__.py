"""The staff roster (人員): search, edit and validate people, and the staff import."""
