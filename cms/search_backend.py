"""Wagtail's database search backend, with prefix matching on SQLite.

PostgreSQL stems Danish words (``SEARCH_CONFIG = "danish"``). SQLite's full-text
index has no Danish stemmer, so there every term of a plain search also matches
as a prefix: "kommunikationsplan" then finds "kommunikationsplaner" on both.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText
from wagtail.search.backends.database import SearchBackend as database_backend


class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText) or not query.query_string.split():
            return super().build_search_query_content(query, config=config)
        lexemes = [Lexeme(term, prefix=True) for term in query.query_string.split()]
        combined = lexemes[0]
        for lexeme in lexemes[1:]:
            if query.operator.upper() == "AND":
                combined &= lexeme
            else:
                combined |= lexeme
        return SearchQueryExpression(combined, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteSearchQueryCompiler


def SearchBackend(params):  # Wagtail looks up this name
    backend = database_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return PrefixSQLiteSearchBackend(params)
    return backend
