"""The safe-contact protocol: when a number may be rung, and what the worker needs in front of them before
ringing it. Pure rules over the records; no store, no Qt."""
