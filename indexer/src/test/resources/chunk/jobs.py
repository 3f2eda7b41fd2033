"""Background job runner with retries.

Jobs are plain functions registered with @job.
"""

import logging
import time
from dataclasses import dataclass, field

log = logging.getLogger(__name__)
REGISTRY = {}


def job(name=None, retries=3):
    """Register a function as a job under ``name``."""

    def wrap(fn):
        REGISTRY[name or fn.__name__] = (fn, retries)
        return fn

    return wrap


@dataclass
class Result:
    """Outcome of one run."""

    ok: bool
    attempts: int = 1
    errors: list = field(default_factory=list)

    class Error(Exception):
        """Raised when a job exhausts its retries."""

        def __init__(self, name, errors):
            super().__init__(f"{name} failed after {len(errors)} attempts")
            self.errors = errors


# Runs a job until it succeeds or runs out of attempts.
@job("runner")
@timed
def run(name, *args, backoff=0.5):
    fn, retries = REGISTRY[name]
    result = Result(ok=False, attempts=0)
    for attempt in range(retries):
        result.attempts += 1
        try:
            fn(*args)
            return Result(ok=True, attempts=result.attempts)
        except Exception as e:  # noqa: BLE001 - jobs may raise anything
            log.warning("job %s failed: %s", name, e)
            result.errors.append(e)
            time.sleep(backoff * 2**attempt)
    raise Result.Error(name, result.errors)


square = lambda x: x * x

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run("runner"))
