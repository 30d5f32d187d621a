"""Domain records: types, validation, the interchange format, and their tables."""
