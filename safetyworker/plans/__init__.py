"""Safety plans: sections, templates, versions."""
