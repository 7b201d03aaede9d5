"""File > Export in the window: the formats of core.export, run in a worker thread."""
