"""Sync metadata and, later, bundles between laptops and the office."""
