from safetyworker.cli.main import main

raise SystemExit(main())
