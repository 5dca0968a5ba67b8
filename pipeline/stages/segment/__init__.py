"""Segment: blocks, line shapes and front matter cut into typed sections."""
