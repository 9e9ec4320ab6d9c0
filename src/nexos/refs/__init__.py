"""Reference lists (sanctions and watch lists) and an explainable name matcher.

``load`` reads OFAC's SDN CSV and followthemoney JSON lines into
``RefEntry`` records; ``match`` indexes them and scores actor names
against them. A match is a lead for review, never a finding.
"""

from nexos.refs.load import RefEntry, load_ftm_entities, load_ofac_sdn, load_reference
from nexos.refs.match import Match, RefIndex, build_index

__all__ = [
    "Match",
    "RefEntry",
    "RefIndex",
    "build_index",
    "load_ftm_entities",
    "load_ofac_sdn",
    "load_reference",
]
