"""The architecture drawing: boxes sized by resolution and channels, shortcut paths."""
