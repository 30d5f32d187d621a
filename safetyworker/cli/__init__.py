"""The command-line front end: thin over the core services, for scripting and for the office."""
