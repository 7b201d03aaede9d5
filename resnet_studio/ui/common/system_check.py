"""Before the window opens on Linux: is there a display, and are the system libraries
Qt's xcb (X11) plugin loads installed? Without them Qt aborts (exit 134) with a
cryptic message; here the user gets the exact install command instead."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# The shared libraries Qt 6's xcb platform plugin (libqxcb.so and libQt6XcbQpa) links
# to (ldd), outside Qt and the C/C++ runtime: soname -> (apt package, dnf package).
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}

HEADLESS = ("The commands without a window work as they are:\n"
            "  resnet-studio summary d2l-resnet18     the shape trace as a table\n"
            "  resnet-studio train d2l-resnet18       train with a progress bar\n"
            "  resnet-studio export DESIGN --format py\n"
            "To open the window without a screen, run it under a virtual display: "
            "xvfb-run resnet-studio")


def loadable(soname: str) -> bool:
    """Can the dynamic linker load this library (as Qt's plugin loader would)?"""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    """The xcb plugin's libraries the system lacks (sonames)."""
    load = loadable if load is None else load
    return [name for name in XCB_LIBRARIES if not load(name)]


def _platform(env: Mapping[str, str], qt_args: list[str]) -> str:
    """The Qt platform asked for (-platform or QT_QPA_PLATFORM), "" if none."""
    if "-platform" in qt_args[:-1]:
        return qt_args[qt_args.index("-platform") + 1]
    return env.get("QT_QPA_PLATFORM", "")


def display_problem(qt_args: list[str] | None = None, env: Mapping[str, str] | None = None,
                    system: str | None = None,
                    load: Callable[[str], bool] | None = None) -> str:
    """What stops the window from opening (a message with the fix), or "" if nothing.

    Only Linux with the default or the xcb platform is checked; with both Wayland and X11
    available and the xcb libraries missing, Qt is pointed at Wayland instead."""
    env = os.environ if env is None else env
    if not (sys.platform if system is None else system).startswith("linux"):
        return ""
    platform = _platform(env, list(qt_args or []))
    if platform and not platform.startswith("xcb"):
        return ""  # offscreen, wayland, vnc, ...: not the xcb plugin's business
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if not x11 and not wayland:
        return ("error: no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the studio "
                "window cannot open (a server or ssh session without X forwarding?).\n"
                "  fix: open it from a desktop session (or 'ssh -X'), or use it without "
                f"a window.\n{HEADLESS}")
    if not x11:
        return ""  # Wayland only: Qt uses its wayland plugin
    missing = missing_libraries(load)
    if not missing:
        return ""
    if wayland and not platform:
        os.environ["QT_QPA_PLATFORM"] = "wayland"  # X11 cannot work; Wayland can
        return ""
    apt = sorted({XCB_LIBRARIES[m][0] for m in missing})
    dnf = sorted({XCB_LIBRARIES[m][1] for m in missing})
    return ("error: the studio window needs system libraries that are not installed: "
            f"{', '.join(missing)} (Qt's X11 plugin loads them).\n"
            f"  fix (Debian/Ubuntu): sudo apt-get install {' '.join(apt)}\n"
            f"  fix (Fedora/RHEL):   sudo dnf install {' '.join(dnf)}\n"
            f"Then run resnet-studio again.\n{HEADLESS}")
