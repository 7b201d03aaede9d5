"""ResNet Studio: design ResNets, trace their shapes, train them.

The public API (torch only)::

    import resnet_studio as rs
    d = rs.preset("d2l-resnet18")
    t = rs.trace(d, (1, 1, 224, 224))
    model = rs.build(d)
"""

from resnet_studio.core import *  # noqa: F403
from resnet_studio.core import __all__ as _core_all

__version__ = "0.1.0"
__all__ = list(_core_all)
