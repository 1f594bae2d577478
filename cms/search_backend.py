"""Wagtail's database search backend, with prefix matching on SQLite.

PostgreSQL stems Danish words (``SEARCH_CONFIG = "danish"``). SQLite's full-text
index has no Danish stemmer, so there every term of a plain search also matches
as a prefix: "kommunikationsplan" then finds "kommunikationsplaner" on both.
"""

from functools import cache

from wagtail.search.backends.database import SearchBackend as database_backend


@cache
def _prefix_sqlite_backend_class():
    # The SQLite modules may only be imported when SQLite is the database.
    from modelsearch.backends.database.sqlite.query import (
        Lexeme,
        SearchQueryExpression,
    )
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import PlainText

    class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            terms = query.query_string.split() if isinstance(query, PlainText) else []
            if not terms:
                return super().build_search_query_content(query, config=config)
            combined = Lexeme(terms[0], prefix=True)
            for term in terms[1:]:
                if query.operator.upper() == "AND":
                    combined &= Lexeme(term, prefix=True)
                else:
                    combined |= Lexeme(term, prefix=True)
            return SearchQueryExpression(combined, config=config)

    class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = PrefixSQLiteSearchQueryCompiler

    return SQLiteSearchBackend, PrefixSQLiteSearchBackend


def SearchBackend(params):  # Wagtail looks up this name
    backend = database_backend(params)
    if type(backend).__name__ != "SQLiteSearchBackend":
        return backend
    sqlite_backend, prefix_backend = _prefix_sqlite_backend_class()
    return prefix_backend(params) if isinstance(backend, sqlite_backend) else backend
