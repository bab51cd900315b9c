from fpdesk.cli import main

raise SystemExit(main())
