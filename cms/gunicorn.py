"""gunicorn's settings for the web processes:
``gunicorn -c python:cms.gunicorn cms.wsgi``. Logs as Django's do
(LOG_FORMAT, LOG_LEVEL); the access log is one record per request on stdout."""

import os

from gunicorn import glogging

from cms.env import env_choice, env_int
from cms.observability import LOG_FORMATS, LOG_LEVELS, logging_config

bind = f"0.0.0.0:{env_int('PORT', 8000, minimum=1)}"
workers = env_int("WEB_CONCURRENCY", 2, minimum=1)
threads = 1
# Workers' heartbeat files in memory: a container's disk may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
timeout = 60
graceful_timeout = 30
# The reverse proxy's address, whose X-Forwarded-* headers gunicorn trusts.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1"

# No runtime control socket (gunicornc): it would be made in the home folder,
# which is read-only in the image and shared between processes elsewhere.
control_socket_disable = True

logconfig_dict = logging_config(
    env_choice("LOG_FORMAT", "json", LOG_FORMATS),
    env_choice("LOG_LEVEL", "INFO", LOG_LEVELS),
)
logger_class = "cms.gunicorn.AccessLogger"


def access_fields(resp, request: dict, request_time) -> dict:
    """What the access log records about one request (``request``: its WSGI
    environ)."""
    status = resp.status
    if isinstance(status, str):
        status = status.split(None, 1)[0]
    fields = {
        "method": request.get("REQUEST_METHOD"),
        "path": request.get("PATH_INFO"),
        "status": int(status),
        "duration_ms": round(request_time.total_seconds() * 1000, 1),
        "remote_addr": request.get("REMOTE_ADDR"),
        "bytes": getattr(resp, "sent", None),
        "user_agent": request.get("HTTP_USER_AGENT"),
    }
    # The client as the reverse proxy saw it.
    if request.get("HTTP_X_FORWARDED_FOR"):
        fields["forwarded_for"] = request["HTTP_X_FORWARDED_FOR"]
    return fields


class AccessLogger(glogging.Logger):
    """Logs each request as a record whose fields (method, path, status,
    duration_ms, ...) the JSON formatter writes out. Successful health probes,
    several a minute, are left out."""

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        fields = access_fields(resp, environ, request_time)
        if fields["path"] == "/health/" and fields["status"] == 200:
            return
        self.access_log.info(
            "%s %s %s", fields["method"], fields["path"], fields["status"], extra=fields
        )
