"""Training: the config, the Trainer and its callbacks, data, devices, checkpoints,
run folders, distributed runs, TensorBoard and the insight into a trained model."""
