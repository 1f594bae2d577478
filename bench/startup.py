"""Start-up cost of this project, alone or side by side with another Django
project (Wagtail's bakerydemo), on the same machine.

    .venv/bin/python bench/startup.py                      # this project only
    .venv/bin/python bench/startup.py --runs 5 \\
        --other-project ../bakerydemo \\
        --other-python ../bakerydemo/.venv/bin/python

For each project, alternating between them run by run, it measures:

- ``python manage.py check``: wall time and the peak RSS of that process
  (``os.wait4``'s rusage of the child itself);
- ``python -m gunicorn --workers 2 --bind 127.0.0.1:PORT <wsgi module>`` on a
  free port, the same plain command line for both (not this project's
  ``cms/gunicorn.py``): the time from start until the first 200 answer to
  ``--url`` (``--other-url``), then the RSS (VmRSS) of each worker after that
  first page and again after ``--requests`` more requests; then SIGTERM.

It prints a markdown table: median and min–max per project, and the ratio
this/other of the medians.

Settings: both projects run with their production settings (DEBUG off) on a
temporary SQLite file, which is the fair like-for-like, since bakerydemo's
production settings also take the database from DATABASE_URL. This project:
``cms.settings.production`` with SECRET_KEY, ALLOWED_HOSTS,
SECURE_SSL_REDIRECT=false, a temporary MEDIA_ROOT, and a two-line settings
module in the temporary folder that only moves STATIC_ROOT there (production
static files are a manifest, so ``collectstatic`` must run, and not into the
work tree). The database is migrated and ``load_demo`` run once, with
``cms.settings.dev`` (the demo app lives only there), before timing.
bakerydemo: ``bakerydemo.settings.production`` with DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS, a temporary SQLite DATABASE_URL; ``migrate``,
``load_initial_data`` (skipped with a note if it fails: then the page is
Wagtail's own welcome page from the migrations) and ``collectstatic`` once.
Bytecode as installed: dependencies of both should be installed with it
compiled (``./dev setup``, ``uv pip install --compile-bytecode``); each
project's own packages are compiled with ``compileall`` before timing, as the
Dockerfile does (this machine sets PYTHONDONTWRITEBYTECODE, so nothing else
would write them).
"""

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Project:
    """One project under test: where it is, its Python and how to run it."""

    def __init__(self, name, directory, python, url, tmp):
        self.name = name
        self.dir = Path(directory).resolve()
        self.python = str(python)
        self.url = url
        self.tmp = Path(tmp)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.notes = []
        self.kind = "cms" if (self.dir / "cms" / "wsgi.py").exists() else "bakerydemo"
        db = self.tmp / "db.sqlite3"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "DATABASE_", "VIRTUAL_ENV"))
        }
        if self.kind == "cms":
            (self.tmp / "bench_settings.py").write_text(
                "from cms.settings.production import *  # noqa\n"
                f"STATIC_ROOT = {str(self.tmp / 'static')!r}\n"
            )
            self.wsgi = "cms.wsgi"
            self.env.update(
                DJANGO_SETTINGS_MODULE="bench_settings",
                PYTHONPATH=os.pathsep.join([str(self.tmp), str(self.dir)]),
                DATABASE_URL=f"sqlite:///{db}",
                SECRET_KEY="bench-startup-not-secret",
                ALLOWED_HOSTS="127.0.0.1,localhost",
                SECURE_SSL_REDIRECT="false",
                MEDIA_ROOT=str(self.tmp / "media"),
                PRIVATE_MEDIA_ROOT=str(self.tmp / "private-media"),
                LOG_LEVEL="WARNING",
            )
        else:
            self.wsgi = "bakerydemo.wsgi"
            self.env.update(
                DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
                DATABASE_URL=f"sqlite:///{db}",
                DJANGO_SECRET_KEY="bench-startup-not-secret",
                DJANGO_ALLOWED_HOSTS="127.0.0.1;localhost",
                DJANGO_LOG_LEVEL="WARNING",
            )

    def manage(self, *args, env=None, check=True):
        return subprocess.run(
            [self.python, "manage.py", *args],
            cwd=self.dir,
            env=env or self.env,
            capture_output=True,
            text=True,
            check=check,
        )

    def prepare(self):
        """Migrate the temporary database, load content, collect static."""
        print(f"preparing {self.name} in {self.tmp} ...", file=sys.stderr)
        if self.kind == "cms":
            dev = dict(self.env, DJANGO_SETTINGS_MODULE="cms.settings.dev")
            self.manage("migrate", "--no-input", env=dev)
            self.manage("load_demo", env=dev)
        else:
            self.manage("migrate", "--no-input")
            done = self.manage("load_initial_data", check=False)
            if done.returncode:
                last = (done.stderr.strip().splitlines() or ["?"])[-1]
                self.notes.append(f"load_initial_data failed ({last})")
        self.manage("collectstatic", "--no-input", "--verbosity", "0")
        # The project's own modules compiled as the Dockerfile does
        # (dependencies are compiled at install).
        sources = [
            path.name
            for path in sorted(self.dir.iterdir())
            if (path / "__init__.py").exists()
        ]
        subprocess.run(
            [self.python, "-m", "compileall", "-q", "manage.py", *sources],
            cwd=self.dir,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def timed(command, cwd, env):
    """Run ``command``; return (seconds, peak RSS in MB of that process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{command} failed: {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024  # kB on Linux


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children(pid):
    """Process ids whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name in parentheses may hold spaces: split after it.
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def get(url, timeout=10.0):
    """HTTP status of a GET, or None if nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def gunicorn_run(project, requests, log):
    """Seconds until the first 200, worker RSS (MB) after it and after
    ``requests`` more requests."""
    port = free_port()
    url = f"http://127.0.0.1:{port}{project.url}"
    command = [
        project.python,
        "-m",
        "gunicorn",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        project.wsgi,
    ]
    start = time.perf_counter()
    master = subprocess.Popen(
        command, cwd=project.dir, env=project.env, stdout=log, stderr=log
    )
    try:
        status = None
        while status != 200:
            if master.poll() is not None:
                raise SystemExit(f"gunicorn for {project.name} exited, see {log.name}")
            if time.perf_counter() - start > 120:
                raise SystemExit(f"{url} gave no 200 in 120 s (last: {status})")
            status = get(url)
            if status not in (None, 200):
                raise SystemExit(f"{url} answered {status}, see {log.name}")
            if status is None:
                time.sleep(0.02)
        first = time.perf_counter() - start
        workers = children(master.pid)
        after_first = [rss_mb(pid) for pid in workers]
        for _ in range(requests):
            if get(url) != 200:
                raise SystemExit(f"{url} stopped answering 200")
        after_more = [rss_mb(pid) for pid in workers]
    finally:
        master.send_signal(signal.SIGTERM)
        try:
            master.wait(30)
        except subprocess.TimeoutExpired:
            master.kill()
            master.wait()
    return first, after_first, after_more


def summary(values, unit, digits):
    """Median and min–max as table text."""
    fmt = f"{{:.{digits}f}}"
    median = statistics.median(values)
    return (
        f"{fmt.format(median)} {unit} ({fmt.format(min(values))}–"
        f"{fmt.format(max(values))})",
        median,
    )


METRICS = [
    ("`manage.py check`, wall time", "check_s", "s", 2),
    ("`manage.py check`, peak RSS", "check_mb", "MB", 0),
    ("gunicorn start to first 200", "first_s", "s", 2),
    ("worker RSS after the first page", "rss_first", "MB", 0),
    ("worker RSS after more requests", "rss_more", "MB", 0),
]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--project", default=str(ROOT))
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--url", default="/")
    parser.add_argument("--other-project")
    parser.add_argument("--other-python")
    parser.add_argument("--other-url", help="defaults to --url")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--requests", type=int, default=20, help="requests after the first page"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folders"
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    projects = [
        Project("this", args.project, args.python, args.url, tmp / "this"),
    ]
    if args.other_project:
        projects.append(
            Project(
                Path(args.other_project).name,
                args.other_project,
                args.other_python or sys.executable,
                args.other_url or args.url,
                tmp / "other",
            )
        )
    try:
        for project in projects:
            project.prepare()
        results = {p.name: {m[1]: [] for m in METRICS} for p in projects}
        loads = [os.getloadavg()[0]]
        for run in range(args.runs):
            for project in projects:
                res = results[project.name]
                seconds, mb = timed(
                    [project.python, "manage.py", "check"], project.dir, project.env
                )
                res["check_s"].append(seconds)
                res["check_mb"].append(mb)
                with open(project.tmp / "gunicorn.log", "ab") as log:
                    first, rss1, rss2 = gunicorn_run(project, args.requests, log)
                res["first_s"].append(first)
                res["rss_first"].extend(rss1)
                res["rss_more"].extend(rss2)
                print(
                    f"run {run + 1} {project.name}: check {seconds:.2f} s "
                    f"{mb:.0f} MB; first 200 {first:.2f} s; workers "
                    f"{', '.join(f'{r:.0f}' for r in rss1)} MB, after "
                    f"{args.requests} more {', '.join(f'{r:.0f}' for r in rss2)} MB",
                    file=sys.stderr,
                )
            loads.append(os.getloadavg()[0])
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    names = [p.name for p in projects]
    header = ["", *names]
    if len(projects) == 2:
        header.append(f"ratio {names[0]}/{names[1]}")
    print(
        f"{args.runs} runs each, alternating; worker RSS over both workers of every "
        f"run, after the first page and after {args.requests} more requests; load "
        f"average (1 min) {min(loads):.2f}–{max(loads):.2f} during the run"
    )
    print()
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for label, key, unit, digits in METRICS:
        cells, medians = [], []
        for name in names:
            text, median = summary(results[name][key], unit, digits)
            cells.append(text)
            medians.append(median)
        if len(projects) == 2:
            cells.append(f"{medians[0] / medians[1]:.2f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    for project in projects:
        print(f"\n{project.name}: {project.dir}, {project.wsgi}, {project.url}")
        for note in project.notes:
            print(f"  note: {note}")


if __name__ == "__main__":
    main()
