"""The block editor pane: input, stem, stage cards with per-block overrides, head."""
