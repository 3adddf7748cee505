"""The progress bar of `claimcheck batch` on stderr: input read (by bytes, so
streaming inputs need no counting pass), articles done, articles per second and
the time left. Silent with --quiet or when stderr is not a terminal (cron)."""
from __future__ import annotations

import sys
import time
from typing import Optional

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress as RichProgress, TextColumn, TimeRemainingColumn


class Progress:
    def __init__(self, total_bytes: Optional[int], quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.articles = 0
        self.started = time.monotonic()
        self.bar: Optional[RichProgress] = None
        if self.enabled:
            self.bar = RichProgress(
                TextColumn("[bold]checking"), BarColumn(), DownloadColumn(),
                TextColumn("{task.fields[articles]} records · {task.fields[rate]}/s"),
                TimeRemainingColumn(), console=Console(stderr=True), transient=False)
            self.task = self.bar.add_task("batch", total=total_bytes, articles=0, rate="–")

    def __enter__(self) -> "Progress":
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def advance(self, size: int, articles: int) -> None:
        self.articles += articles
        if self.bar:
            elapsed = max(time.monotonic() - self.started, 1e-6)
            self.bar.update(self.task, advance=size, articles=self.articles, rate=f"{self.articles / elapsed:.0f}")
