"""Risk assessment: checklist templates (data files) and the rules that score them. No storage, no Qt."""
