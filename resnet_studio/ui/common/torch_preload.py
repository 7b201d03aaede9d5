"""Load torch's shared libraries on a background thread without holding the interpreter
lock, so that the window keeps answering while torch loads.

``import torch`` loads about 1 GB of shared libraries (libtorch_cpu, libtorch_cuda and, in
a CUDA build, the CUDA runtime's wheels). Their relocation and static initialisers
(operator registration) take 0.3-0.6 s, all of it inside ``dlopen``. Python's own loaders
(``ctypes.CDLL`` and the extension-module import) keep the interpreter lock during
``dlopen``, so the GUI thread cannot run meanwhile. Calling libc's ``dlopen`` as a ctypes
*foreign function* lets go of the lock. Once a library is loaded, torch's own ``dlopen``
of it only finds it again.

The order is torch's own (torch/__init__.py, ``_load_global_deps``): first
libtorch_global_deps with RTLD_GLOBAL; in a CUDA build, then the CUDA wheels' libraries
that torch preloads from ``sys.path`` (so that they win the soname lookups of the
libraries after them, as torch intends); then the libraries torch._C needs. Anything that
does not load stops the preloading, and ``import torch`` does the rest as it always does:
this can make loading smoother, never different (a test compares the mapped libraries).
"""

from __future__ import annotations

import ctypes
import glob
import importlib.util
import os
import sys

# (folder under nvidia/, file pattern) in the order torch/__init__.py preloads them
CUDA_WHEEL_LIBRARIES = (
    ("cublas", "libcublasLt.so.*[0-9]"),
    ("cublas", "libcublas.so.*[0-9]"),
    ("cudnn", "libcudnn.so.*[0-9]"),
    ("cuda_nvrtc", "libnvrtc.so.*[0-9]"),
    ("cuda_nvrtc", "libnvrtc-builtins.so.*[0-9]"),
    ("cuda_runtime", "libcudart.so.*[0-9]"),
    ("cuda_cupti", "libcupti.so.*[0-9]"),
    ("cufft", "libcufft.so.*[0-9]"),
    ("curand", "libcurand.so.*[0-9]"),
    ("nvjitlink", "libnvJitLink.so.*[0-9]"),
    ("cusparse", "libcusparse.so.*[0-9]"),
    ("cusparselt", "libcusparseLt.so.*[0-9]"),
    ("cusolver", "libcusolver.so.*[0-9]"),
    ("nccl", "libnccl.so.*[0-9]"),
    ("nvshmem", "libnvshmem_host.so.*[0-9]"),
    ("cufile", "libcufile.so.*[0-9]"),
    ("nvtx", "libnvToolsExt.so.*[0-9]"),
)

# what torch._C needs, dependencies first (libtorch pulls libtorch_cuda in a CUDA build)
TORCH_LIBRARIES = ("libc10.so", "libtorch_cpu.so", "libtorch.so", "libshm.so",
                   "libtorch_python.so")


def _dlopen():
    """libc's dlopen as a foreign function (ctypes releases the lock around the call)."""
    libc = ctypes.CDLL(None)
    dlopen = libc.dlopen
    dlopen.restype = ctypes.c_void_p
    dlopen.argtypes = (ctypes.c_char_p, ctypes.c_int)
    return dlopen


def _cuda_wheel_library(cuda_major: str | None, folder: str, pattern: str) -> str | None:
    """The first file torch would preload for this library (its ``_get_cuda_dep_paths``
    over ``sys.path``), or None."""
    for path in sys.path:
        found = glob.glob(os.path.join(path, "nvidia", folder, "lib", pattern))
        if cuda_major:
            found += glob.glob(os.path.join(path, "nvidia", f"cu{cuda_major}", "lib", pattern))
        found += glob.glob(os.path.join(path, folder, "lib", pattern))
        if found:
            return found[0]
    return None


def _cuda_major(torch_dir: str) -> str | None:
    """torch.version.cuda's major number, read from the file (importing it imports torch)."""
    try:
        with open(os.path.join(torch_dir, "version.py"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("cuda"):
                    value = line.split("=", 1)[1].split("#")[0].strip().strip("'\"")
                    return None if value in ("None", "") else value.split(".")[0]
    except OSError:
        pass
    return None


def _mapped(fragment: str) -> bool:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            return fragment in f.read()
    except OSError:
        return False


def preload_torch_libraries() -> list[str]:
    """Load torch's libraries in torch's order without the interpreter lock (Linux; a
    no-op elsewhere, when torch is already imported or not installed). Returns the files
    loaded; stops at the first that does not load."""
    loaded: list[str] = []
    if not sys.platform.startswith("linux") or "torch" in sys.modules:
        return loaded
    try:
        spec = importlib.util.find_spec("torch")
    except (ImportError, ValueError):
        return loaded
    if spec is None or spec.origin is None:
        return loaded
    torch_dir = os.path.dirname(spec.origin)
    lib = os.path.join(torch_dir, "lib")
    try:
        dlopen = _dlopen()
    except (OSError, AttributeError):
        return loaded

    def load(path: str, mode: int) -> bool:
        if not os.path.isfile(path) or not dlopen(os.fsencode(path), mode):
            return False
        loaded.append(path)
        return True

    if not load(os.path.join(lib, "libtorch_global_deps.so"), os.RTLD_NOW | os.RTLD_GLOBAL):
        return loaded  # torch falls back to preloading the CUDA wheels itself: leave it to it
    if _mapped("libcudart.so"):  # a CUDA build: torch preloads the CUDA wheels next
        cuda_major = _cuda_major(torch_dir)
        for folder, pattern in CUDA_WHEEL_LIBRARIES:
            path = _cuda_wheel_library(cuda_major, folder, pattern)
            if path is not None and not load(path, os.RTLD_NOW):
                return loaded
    for name in TORCH_LIBRARIES:
        if not load(os.path.join(lib, name), os.RTLD_NOW):
            return loaded
    return loaded
