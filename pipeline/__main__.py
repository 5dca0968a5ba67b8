"""``python -m pipeline`` is the same as ``tilmash``."""

import sys

from pipeline.run.cli import main

sys.exit(main())
