"""Wagtail's database search backend, stemming Danish on SQLite too.

PostgreSQL stems Danish words itself (``SEARCH_CONFIG = "danish"``). SQLite's
full-text index has no Danish stemmer, so on SQLite the title and body are
stored stemmed by the Snowball stemmer and every term of a query is stemmed the
same way: "kommunikationsplaner" then finds "kommunikationsplan" and the other
way round, on both databases. Query terms also match as prefixes on SQLite, so
the first letters of a long compound word find it as well.
"""

import re
from functools import cache

from wagtail.search.backends.database import SearchBackend as database_backend

WORD = re.compile(r"\w+")


def stem_text(text: str) -> str:
    """``text`` with every word lower-cased and replaced by its Danish stem."""
    # Only the Danish stemmer, imported when first needed: the package's
    # top level loads every language's.
    from snowballstemmer.danish_stemmer import DanishStemmer

    stemmer = DanishStemmer()  # not thread-safe: one per call
    return WORD.sub(lambda word: stemmer.stemWord(word.group().lower()), text)


@cache
def _stemming_sqlite_backend_class():
    # The SQLite modules may only be imported when SQLite is the database.
    from modelsearch.backends.database.sqlite.query import (
        Lexeme,
        SearchQueryExpression,
    )
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteIndex,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import Phrase, PlainText
    from modelsearch.utils import get_content_type_pk

    class StemmingSQLiteIndex(SQLiteIndex):
        def add_items(self, model, objs):
            super().add_items(model, objs)
            entries = list(
                self.entries.filter(
                    content_type_id=get_content_type_pk(model),
                    object_id__in=[str(obj.pk) for obj in objs],
                ).only("pk", "title", "body")
            )
            for entry in entries:
                entry.title, entry.body = stem_text(entry.title), stem_text(entry.body)
            self.entries.bulk_update(entries, ["title", "body"])

    class StemmingSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, Phrase):
                return SearchQueryExpression(stem_text(query.query_string))
            if not isinstance(query, PlainText):
                return super().build_search_query_content(query, config=config)
            terms = stem_text(query.query_string).split()
            if not terms:
                return None
            combined = Lexeme(terms[0], prefix=True)
            for term in terms[1:]:
                if query.operator.upper() == "AND":
                    combined &= Lexeme(term, prefix=True)
                else:
                    combined |= Lexeme(term, prefix=True)
            return SearchQueryExpression(combined, config=config)

    class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
        index_class = StemmingSQLiteIndex
        query_compiler_class = StemmingSQLiteSearchQueryCompiler

    return SQLiteSearchBackend, StemmingSQLiteSearchBackend


def SearchBackend(params):  # Wagtail looks up this name
    backend = database_backend(params)
    if type(backend).__name__ != "SQLiteSearchBackend":
        return backend
    sqlite_backend, stemming_backend = _stemming_sqlite_backend_class()
    return stemming_backend(params) if isinstance(backend, sqlite_backend) else backend
