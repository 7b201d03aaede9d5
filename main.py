"""Open ResNet Studio: ``python main.py [DESIGN.json]``."""

import sys

from resnet_studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
