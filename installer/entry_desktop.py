"""PyInstaller entry script for ``safetyworker-desktop`` (the same function as the wheel's gui-script)."""

from safetyworker.ui.app import main

raise SystemExit(main())
