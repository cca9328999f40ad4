"""Serve the nightly flow on a schedule (02:00 every night) against a running Prefect server.

``serve`` refuses to start on Prefect's temporary server: that server lives only as long as the
process, so a schedule registered there would never fire for anyone else (and is gone after a
restart). It registers as ``nightly/nightly-0200-serve``, beside (never over) the worker deployment
``nightly/nightly-0200`` of ``prefect.yaml``.
"""

from __future__ import annotations

from pipeline.flows import prefect_env

DEFAULT_CRON = "0 2 * * *"
SERVE_DEPLOYMENT = "nightly-0200-serve"


class NoPrefectServer(RuntimeError):
    """No Prefect server is configured or reachable: a schedule would never fire."""


NO_SERVER_HELP = (
    "`servicelens serve` needs a running Prefect server, or the 02:00 run would never fire: "
    "start one (`prefect server start`) and point the CLI at it with "
    "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api` (or export PREFECT_API_URL)."
)


def require_server(timeout_s: float = 5.0) -> str:
    """The configured Prefect API URL, after checking that the server answers; raises NoPrefectServer."""
    prefect_env.configure()
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise NoPrefectServer(f"no Prefect server configured (PREFECT_API_URL is not set). {NO_SERVER_HELP}")
    import httpx

    try:
        response = httpx.get(url.rstrip("/") + "/health", timeout=timeout_s)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise NoPrefectServer(f"the Prefect server at {url} does not answer ({exc}). {NO_SERVER_HELP}") from exc
    return url


def serve(source: str, warehouse_url: str | None = None, cron: str = DEFAULT_CRON, timezone: str = "Europe/Moscow") -> None:
    require_server()
    from prefect.schedules import Cron

    from pipeline.flows.nightly import nightly

    nightly.serve(name=SERVE_DEPLOYMENT, schedules=[Cron(cron, timezone=timezone)],
                  parameters={"source": source, "warehouse_url": warehouse_url})
