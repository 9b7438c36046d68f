import sys

from claimtrack.cli.main import main

sys.exit(main())
