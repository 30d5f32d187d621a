"""PyInstaller entry script for the ``safetyworker`` command line (the same function as the wheel's script)."""

from safetyworker.cli.main import main

raise SystemExit(main())
