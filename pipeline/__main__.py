"""``python -m pipeline`` is the ``seda`` command."""

import sys

from pipeline.cli import main

sys.exit(main())
