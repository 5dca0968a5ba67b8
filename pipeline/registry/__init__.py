"""The registry of research organisations (ROR), offline: a compact index shipped with the
package (``data/ror.json.gz``), rebuilt by ``tilmash registry build``, and the matching of
names and affiliation lines against it in English, Kazakh and Russian."""

from pipeline.registry.index import Index, Record, RegistryError, get_index, load_index
from pipeline.registry.match import Match, match_line

__all__ = ["Index", "Match", "Record", "RegistryError", "get_index", "load_index", "match_line"]
