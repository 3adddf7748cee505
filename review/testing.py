"""The real desk on a free loopback port, in a thread: for tests and demos.

    with running_desk(DeskSettings(store=path, reviewer="test")) as url:
        urllib.request.urlopen(url + "/")
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import uvicorn

from review.app import DeskSettings, create_app

START_TIMEOUT = 15.0


@contextmanager
def running_desk(settings: DeskSettings) -> Iterator[str]:
    """Serve the desk with uvicorn on 127.0.0.1 (whatever `settings.host` says, which only
    decides the token rule and host check); yields the base URL, stops the server after."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the review desk did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)
        sock.close()
