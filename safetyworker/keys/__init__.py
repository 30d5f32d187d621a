"""Key hierarchy: a random data key for the database, wrapped in key slots (see DESIGN.md)."""
