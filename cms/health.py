"""Health checks for the web health endpoint and `manage.py healthcheck`: each
returns None when healthy, otherwise a one-line reason."""

import logging
import time
import uuid
from datetime import timedelta
from pathlib import Path

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Count, Min, Q
from django.utils import timezone

logger = logging.getLogger(__name__)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def database_problem() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return f"the database is unreachable: {_one_line(error)}"
    return None


def cache_problem() -> str | None:
    """Write, read back and delete a key of this check's own, so that checks
    running at the same time do not disturb each other."""
    key, value = f"health-check:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        read = cache.get(key)
        cache.delete(key)
    except Exception as error:  # the Redis client raises its own errors
        return f"the cache is unreachable: {_one_line(error)}"
    if read != value:
        return "the cache did not return what was stored in it"
    return None


def web_status() -> dict[str, str]:
    """What /health/ answers: "ok" or "unavailable" for the database and the
    cache, and "ok" or "error" as the status. A problem is logged with its
    reason, which the answer leaves out."""
    status = {"status": "ok"}
    for part, check in [("database", database_problem), ("cache", cache_problem)]:
        problem = check()
        if problem:
            logger.warning("Health check: %s", problem)
            status["status"] = "error"
        status[part] = "unavailable" if problem else "ok"
    return status


def waiting_tasks_problem(max_wait: int) -> str | None:
    """Whether any queued background task has been due for longer than
    ``max_wait`` seconds, i.e. `manage.py db_worker` is not keeping up."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    cutoff = timezone.now() - timedelta(seconds=max_wait)
    try:
        overdue = DBTaskResult.objects.filter(
            Q(run_after=get_date_max()) | Q(run_after__lt=cutoff),
            status=TaskResultStatus.READY,
            enqueued_at__lt=cutoff,
        ).aggregate(count=Count("pk"), oldest=Min("enqueued_at"))
    except DatabaseError as error:
        return f"the task queue cannot be read: {_one_line(error)}"
    if not overdue["count"]:
        return None
    oldest = timezone.localtime(overdue["oldest"])
    return (
        f"{overdue['count']} background task(s) waiting longer than {max_wait} s "
        f"to run, the oldest queued at {oldest:%Y-%m-%d %H:%M:%S %Z}; is "
        "`manage.py db_worker` running?"
    )


def heartbeat_problem(path: Path, max_age: int) -> str | None:
    """Whether the scheduler has touched its heartbeat file within ``max_age``
    seconds (cms/scheduler.py)."""
    try:
        touched = path.stat().st_mtime
    except FileNotFoundError:
        return f"no scheduler heartbeat at {path}: has the scheduler started?"
    except OSError as error:
        return f"the scheduler heartbeat {path} cannot be read: {_one_line(error)}"
    age = time.time() - touched
    if age > max_age:
        return (
            f"the scheduler heartbeat {path} is {age:.0f} s old, more than {max_age} s"
        )
    return None
