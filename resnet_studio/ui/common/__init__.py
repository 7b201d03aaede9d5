"""Shared by every part of the window: translation, style, icons, number formats,
input fields, dialogs, settings, the Qt compatibility guard and the worker-thread registry."""
