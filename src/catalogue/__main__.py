"""`python -m catalogue` is the same as the `catalogue` command."""

import sys

from catalogue.cli import main

sys.exit(main())
