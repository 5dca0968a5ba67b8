"""Extract: entities, organisations, figures and programmes of each section."""
