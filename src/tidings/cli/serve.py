"""``tidings serve``: the HTTP API (``tidings.api``) under uvicorn."""

from __future__ import annotations

import click

from .common import run_guarded


def register(group: click.Group) -> None:
    group.add_command(serve)


@click.command()
@click.option("--db", "db", envvar="TIDINGS_DB", default=None,
              help="Database the query endpoints read and POST /documents writes (SQLite path or postgresql:// URL). "
                   "Without it only / and /analyze answer.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the HTTP API: POST /analyze, POST /documents, GET /events /statements /claims /ledger /stats.

    Needs the api extra: pip install 'tidings[api]'. Interactive docs at /docs.
    """

    def run() -> None:
        try:
            from ..api.app import serve as run_server
        except ImportError as e:
            from ..errors import TidingsError

            raise TidingsError("the HTTP server needs the api extra: pip install 'tidings[api]'") from e
        run_server(db, host, port)

    run_guarded(run)
