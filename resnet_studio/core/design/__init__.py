"""A design and everything computed from it without training: presets, files,
validation (problems with codes), the analytic shape trace and the torch builder."""
