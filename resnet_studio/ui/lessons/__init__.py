"""The Lessons panel: the ResNet chapter, run and seen."""
