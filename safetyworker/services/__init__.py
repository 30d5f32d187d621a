"""The core's service API: what the CLI and the desktop client call. Business rules live here, not there."""
