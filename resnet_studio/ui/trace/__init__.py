"""The live shape trace: a tree of stages, blocks and layers with shapes, params, MACs."""
