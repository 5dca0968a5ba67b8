"""English is written in Latin letters: nothing to romanise."""

TABLE: dict[str, str] = {}
