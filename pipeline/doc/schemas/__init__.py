"""JSON Schemas of the output files (draft 2020-12)."""
