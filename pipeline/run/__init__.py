"""Running the flow: the per-document chain, workers, Prefect flow, outputs, command line."""
