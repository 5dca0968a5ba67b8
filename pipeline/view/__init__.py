"""The linguists' view: a static HTML site of a run (``tilmash view OUT``)."""

from pipeline.view.write import write_view

__all__ = ["write_view"]
