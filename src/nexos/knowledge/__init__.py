"""Knowledge of the region's actors, and the shared vocabulary, as data.

from nexos.knowledge import load_kb, fold
kb = load_kb()
kb.lookup("Ejército de Liberación Nacional")[0].id   # 'eln'
"""

from nexos.knowledge.folding import fold
from nexos.knowledge.kb import KBEntry, KnowledgeBase, KnowledgeBaseError, load_kb
from nexos.knowledge.vocabulary import RelationType, Vocabulary, vocabulary

__all__ = [
    "KBEntry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "RelationType",
    "Vocabulary",
    "fold",
    "load_kb",
    "vocabulary",
]
