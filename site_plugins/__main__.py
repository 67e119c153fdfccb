"""``python -m site_plugins`` runs the ``portal`` command."""

import sys

from site_plugins.authoring.cli import main

sys.exit(main())
