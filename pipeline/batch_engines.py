"""Where `check_records` runs: in this process, on a local process pool, or on
a Dask cluster. Every engine takes chunks of plain-dict records (never mixing
two input files), keeps a bounded number of chunks in flight so memory stays
flat however long the archive, and yields the results in input order, so all
engines write the same output byte for byte."""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from typing import Callable, Iterable, Iterator, Optional

Chunk = list  # of record dicts
IN_FLIGHT_PER_WORKER = 3  # enough to keep a worker busy while the writer catches up


class Engine:
    workers = 1

    def submit(self, fn: Callable, chunk: Chunk):
        """A handle with .result()."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def map_ordered(self, fn: Callable[[Chunk], list], chunks: Iterable[Chunk]) -> Iterator[list]:
        window: deque = deque()
        limit = max(2, self.workers * IN_FLIGHT_PER_WORKER)
        for chunk in chunks:
            window.append(self.submit(fn, chunk))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class InProcess(Engine):
    """One core, no pool: what the single-core benchmark measures."""

    def submit(self, fn, chunk):
        return _Done(fn(chunk))


class _PoolResult:
    def __init__(self, async_result):
        self.async_result = async_result

    def result(self):
        return self.async_result.get()


def _ignore_interrupt() -> None:
    # Ctrl-C goes to the whole process group; the parent decides what to keep.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class LocalPool(Engine):
    def __init__(self, workers: int):
        self.workers = workers
        # fork: workers start in milliseconds and share the parent's imported modules
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pool = multiprocessing.get_context(method).Pool(workers, initializer=_ignore_interrupt)

    def submit(self, fn, chunk):
        return _PoolResult(self.pool.apply_async(fn, (chunk,)))

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


class DaskEngine(Engine):
    """The same function on dask.distributed: a scheduler you name, or a LocalCluster."""

    def __init__(self, scheduler: Optional[str], workers: int):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError("--engine dask needs the batch extra: pip install 'claimcheck[batch]'") from None
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="30s")
            except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address ("garbage", no port)
                raise RuntimeError(f"--scheduler: cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def submit(self, fn, chunk):
        return self.client.submit(fn, chunk, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(name: str, jobs: Optional[int], scheduler: Optional[str] = None) -> Engine:
    workers = jobs or os.cpu_count() or 1
    if name == "dask":
        return DaskEngine(scheduler, workers)
    return InProcess() if workers == 1 else LocalPool(workers)
