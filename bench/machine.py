"""How fast the machine is right now, printed beside a benchmark's figures.

The development machines share their cores with others: the same code can run
half again as long from one minute to the next. The time of a fixed Python loop
before and after a run says whether its figures came from a fast or a slow minute.
"""

import time


def loop_seconds(steps: int = 10_000_000) -> float:
    """Seconds a ``steps``-step Python loop takes (about 0.35 s when the
    development machine is quick)."""
    started = time.perf_counter()
    total = 0
    for step in range(steps):
        total += step
    return time.perf_counter() - started


def report(when: str) -> None:
    print(f"Machine speed {when}: a 10-million-step loop took {loop_seconds():.2f} s")
