"""The core's service API: what the CLI and the desktop client call. Business rules live here, not there.

``open_session``/``create_store`` (services/door.py) give a ``Session``; everything else is a service on it.
"""
