import sys

from resnet_studio.cli import main

sys.exit(main())
