"""Named-entity recognition: dataset readers, training, backends and the flow stage."""
