"""Ingest: files found, decoded (text or PDF) and read into a Document."""
