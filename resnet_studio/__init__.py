"""ResNet Studio: design ResNets, trace their shapes, train them.

The public API (torch only)::

    import resnet_studio as rs
    d = rs.preset("d2l-resnet18")
    t = rs.trace(d, (1, 1, 224, 224))
    model = rs.build(d)

Names load on first access: importing the package (and designing, tracing) does not
import torch; ``rs.build`` and ``rs.Trainer`` do.
"""

from __future__ import annotations

from typing import Any

from resnet_studio import core as _core

__version__ = "0.1.0"
__all__ = list(_core.__all__)


def __getattr__(name: str) -> Any:
    """The core's public names, loaded when first used (see resnet_studio.core)."""
    if name in _core.__all__:
        value = getattr(_core, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
