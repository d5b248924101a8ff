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
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; anything but loopback is reachable from other machines (a warning says so).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="TIDINGS_TOKEN", default=None,
              help="Writes (POST /documents) need 'Authorization: Bearer TOKEN'. Without a token the server is read-only. "
                   "Prefer the TIDINGS_TOKEN variable: a command line is visible to other users of the machine.")
@click.option("--no-analyze", is_flag=True, help="Turn POST /analyze off (it stores nothing but costs CPU).")
@click.option("--cors-origin", "cors", multiple=True,
              help="An origin allowed to call the API from a browser (repeatable). None: no CORS headers at all.")
@click.option("--max-body", type=click.IntRange(1), default=10_000_000, show_default=True,
              help="Largest request body in bytes; a larger one gets 413 before it is read.")
@click.option("--body-timeout", type=click.FloatRange(0.1), default=30.0, show_default=True,
              help="Seconds for a request body to arrive; a slower one gets 408.")
@click.option("--header-timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds for a request's headers to arrive; a slower connection is closed.")
def serve(db: str | None, host: str, port: int, token: str | None, no_analyze: bool, cors: tuple[str, ...],
          max_body: int, body_timeout: float, header_timeout: float) -> None:
    """Serve the HTTP API: POST /analyze, POST /documents, GET /events /statements /claims /ledger /stats.

    Needs the api extra: pip install 'tidings[api]'. Endpoint list at /docs (no CDN needed).
    """

    def run() -> None:
        try:
            from ..api.app import serve as run_server
            from ..api.guard import ServeOptions
        except ImportError as e:
            from ..errors import TidingsError

            raise TidingsError("the HTTP server needs the api extra: pip install 'tidings[api]'") from e
        if not _loopback(host):
            click.echo(f"warning: listening on {host}, not loopback: anyone who can reach this address can read the store"
                       f"{' and, with the token, write to it' if token else ''}; put a TLS proxy in front", err=True)
        options = ServeOptions(token=token or None, analyze=not no_analyze, cors_origins=cors, max_body=max_body,
                               body_timeout=body_timeout, header_timeout=header_timeout)
        run_server(db, host, port, options)

    run_guarded(run)


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
