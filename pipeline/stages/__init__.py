"""The per-document stages in flow order: ingest, normalize, segment, language, extract."""
