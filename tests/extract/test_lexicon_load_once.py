"""A lexicon's files are read and compiled once, whatever number of languages ask for its matcher."""

from nexos.assess import lexicon


def test_each_language_matcher_shares_one_compiled_lexicon(monkeypatch):
    calls = []
    real = lexicon.load_entries

    def counting(name):
        calls.append(name)
        return real(name)

    monkeypatch.setattr(lexicon, "load_entries", counting)
    lexicon.matcher.cache_clear()
    lexicon._entries.cache_clear()
    try:
        en, es, both = lexicon.matcher("opinion", "en"), lexicon.matcher("opinion", "es"), lexicon.matcher("opinion", "und")
        assert calls == ["opinion"]
        assert en.entries and es.entries
        assert both.entries == en.entries + es.entries or both.entries == es.entries + en.entries
        # the same compiled entry serves every matcher that holds it
        assert any(e is f for e in both.entries for f in en.entries[:1])
    finally:
        lexicon.matcher.cache_clear()
        lexicon._entries.cache_clear()


def test_settings_read_each_file_once(monkeypatch):
    calls = []
    real = lexicon.read_yaml

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(lexicon, "read_yaml", counting)
    lexicon.settings.cache_clear()
    lexicon._files.cache_clear()
    try:
        en, es = lexicon.settings("sourcing", "en"), lexicon.settings("sourcing", "es")
        assert en and es and en != es
        assert len(calls) == len(set(calls))  # both languages from one reading of each file
    finally:
        lexicon.settings.cache_clear()
        lexicon._files.cache_clear()
