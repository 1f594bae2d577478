# syntax=docker/dockerfile:1
# The site's container image: one image for the web, worker, scheduler and
# one-off commands (compose.yaml, docs/deployment.md).

# --- build: locked dependencies, bytecode, static files ----------------------
FROM python:3.11-slim-trixie AS build

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# The same uv as ./dev uses.
RUN pip install --no-cache-dir uv==0.13.9

WORKDIR /app
# Dependencies first, so that a code change reuses this layer.
COPY pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project --compile-bytecode

COPY . .
RUN .venv/bin/python -m compileall -q manage.py cms home partnerships \
    && DJANGO_SETTINGS_MODULE=cms.settings.production \
       SECRET_KEY=collectstatic-only ALLOWED_HOSTS=build.invalid \
       .venv/bin/python manage.py collectstatic --no-input -v 0

# --- runtime ----------------------------------------------------------------
FROM python:3.11-slim-trixie

# pg_dump and pg_restore for `manage.py backup` and `manage.py restore`.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin byg \
    && mkdir -p /data/media /data/private-media /backups \
    && chown byg:byg /data/media /data/private-media /backups

COPY --from=build --chown=root:root /app /app
WORKDIR /app

ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    MEDIA_ROOT=/data/media \
    PRIVATE_MEDIA_ROOT=/data/private-media \
    BACKUP_DIR=/backups \
    FORWARDED_ALLOW_IPS="*" \
    PORT=8000

# The code is owned by root and read-only to the site; it writes only to the
# media, private media and backup volumes.
USER byg
EXPOSE 8000
VOLUME ["/data/media", "/data/private-media", "/backups"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/health/\", timeout=4)"]

CMD ["gunicorn", "--config", "python:cms.gunicorn", "cms.wsgi"]
