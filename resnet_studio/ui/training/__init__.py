"""The training panel: settings form, run control, the worker thread, live plots,
stored runs and the insight views of a trained model."""
