"""The open design as a document (undo stack, path, dirty flag, trace, selection),
its undo commands, autosave and the File menu actions."""
