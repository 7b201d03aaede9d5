"""Multi-process training under ``torchrun``: who this process is, and the process group.

torchrun sets RANK, LOCAL_RANK and WORLD_SIZE; with more than one process the engine
joins a process group (NCCL on GPUs, gloo on CPU), wraps the model in
DistributedDataParallel and lets rank 0 alone log and write checkpoints.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

import torch
import torch.distributed as dist

from resnet_studio.core.training.config import TrainingError


@dataclass
class DistEnv:
    """This process's place in a torchrun job (a lone process: rank 0 of 1)."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    backend: str | None = None
    owns_group: bool = False  # True where the engine created the group (and destroys it)

    @property
    def active(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def from_env() -> DistEnv:
    """Read torchrun's variables; a plain ``python`` run is rank 0 of 1."""
    try:
        world = int(os.environ.get("WORLD_SIZE", "1"))
        rank = int(os.environ.get("RANK", "0"))
        local = int(os.environ.get("LOCAL_RANK", str(rank)))
    except ValueError as e:
        raise TrainingError("distributed_failed", rank="?", world_size="?",
                            reason=f"bad torchrun environment ({e})") from None
    return DistEnv(rank=rank, world_size=max(world, 1), local_rank=local)


def start(env: DistEnv, device: torch.device) -> DistEnv:
    """Join (or reuse) the process group for ``device``: NCCL on CUDA, gloo otherwise."""
    if not env.active:
        return env
    backend = "nccl" if device.type == "cuda" else "gloo"
    if dist.is_available() and dist.is_initialized():
        return DistEnv(env.rank, env.world_size, env.local_rank, dist.get_backend(), False)
    try:
        if device.type == "cuda":
            torch.cuda.set_device(device)
        dist.init_process_group(backend=backend, timeout=timedelta(minutes=30))
    except Exception as e:  # bad rendezvous, missing MASTER_ADDR, backend not built
        raise TrainingError("distributed_failed", rank=env.rank, world_size=env.world_size,
                            reason=str(e).strip().splitlines()[0][:200]) from None
    return DistEnv(env.rank, env.world_size, env.local_rank, backend, True)


@contextmanager
def main_first(env: DistEnv):
    """Run a block on rank 0 before the others (a download, an unpack into a shared
    folder), so processes never write the same files at once."""
    if env.active and not env.is_main:
        dist.barrier()
    yield
    if env.active and env.is_main:
        dist.barrier()


def all_reduce_sum(tensor: torch.Tensor, env: DistEnv) -> torch.Tensor:
    """Sum a tensor over all processes, in place (no-op for a lone process)."""
    if env.active:
        dist.all_reduce(tensor, op=dist.ReduceOp.SUM)
    return tensor


def stop(env: DistEnv) -> None:
    """Leave the process group if the engine created it."""
    if env.owns_group and dist.is_initialized():
        dist.destroy_process_group()
