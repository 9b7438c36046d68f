"""Extractors: one module per mention family, and the pipeline that runs them."""
