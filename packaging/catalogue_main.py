"""Entry point of the frozen app: the same `catalogue` command as the installed package."""

import sys

from catalogue.cli import main

if __name__ == "__main__":
    sys.exit(main())
