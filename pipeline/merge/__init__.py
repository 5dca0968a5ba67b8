"""Merge: evidence that mentions name one thing, and one record per thing."""
