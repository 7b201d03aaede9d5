"""The training panel's run state: an Enum, the moves allowed between its values, and
the clock of active (unpaused) time that the ETA is computed from.

The panel asks the controller what may happen now (start, pause, stop, continue)
instead of comparing strings; every change is one signal that the buttons follow.
"""

from __future__ import annotations

import time
from enum import Enum

from PySide6.QtCore import QObject, Signal


class RunState(Enum):
    """Where the panel's run is."""

    IDLE = "idle"  # nothing going on: a run may start
    ESTIMATING = "estimating"  # timing a few batches before a long run
    STARTING = "starting"  # asked the worker to train; data loading, no batch yet
    RUNNING = "running"
    PAUSED = "paused"
    STOPPING = "stopping"  # asked to stop; the worker ends at the next batch


ACTIVE = frozenset({RunState.ESTIMATING, RunState.STARTING, RunState.RUNNING,
                    RunState.PAUSED, RunState.STOPPING})
TRAINING = frozenset({RunState.STARTING, RunState.RUNNING, RunState.PAUSED, RunState.STOPPING})

_MOVES: dict[RunState, frozenset[RunState]] = {
    RunState.IDLE: frozenset({RunState.ESTIMATING, RunState.STARTING}),
    RunState.ESTIMATING: frozenset({RunState.STARTING, RunState.STOPPING, RunState.IDLE}),
    RunState.STARTING: frozenset({RunState.RUNNING, RunState.STOPPING, RunState.IDLE}),
    RunState.RUNNING: frozenset({RunState.PAUSED, RunState.STOPPING, RunState.IDLE}),
    RunState.PAUSED: frozenset({RunState.RUNNING, RunState.STOPPING, RunState.IDLE}),
    RunState.STOPPING: frozenset({RunState.IDLE}),
}


class RunClock:
    """Active training time: counts while running, not while paused or stopped."""

    def __init__(self) -> None:
        self._banked = 0.0
        self._since: float | None = None

    def restart(self) -> None:
        self._banked, self._since = 0.0, time.monotonic()

    def hold(self) -> None:
        """Stop counting (pause, stop, end)."""
        if self._since is not None:
            self._banked += time.monotonic() - self._since
            self._since = None

    def go_on(self) -> None:
        if self._since is None:
            self._since = time.monotonic()

    def seconds(self) -> float:
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self._banked + running


class RunController(QObject):
    """The state machine of one panel's runs; ``changed`` carries the new RunState."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._state = RunState.IDLE
        self.clock = RunClock()
        self.stop_wanted = False  # a stop asked before the run's first batch

    @property
    def state(self) -> RunState:
        return self._state

    def move(self, new: RunState) -> bool:
        """Go to ``new`` if that move is allowed from here; True when it happened."""
        if new is self._state:
            return True
        if new not in _MOVES[self._state]:
            return False
        self._state = new
        if new is RunState.RUNNING:
            self.clock.go_on()
        elif new is RunState.STARTING:
            self.clock.restart()
            self.stop_wanted = False
        else:
            self.clock.hold()
        self.changed.emit(new)
        return True

    def is_active(self) -> bool:
        return self._state in ACTIVE

    def is_training(self) -> bool:
        """A worker run exists (starting, running, paused or stopping)."""
        return self._state in TRAINING

    def can_start(self) -> bool:
        return self._state is RunState.IDLE

    def can_pause(self) -> bool:
        return self._state in (RunState.RUNNING, RunState.PAUSED)

    def can_stop(self) -> bool:
        return self._state in (RunState.ESTIMATING, RunState.STARTING, RunState.RUNNING,
                               RunState.PAUSED)
