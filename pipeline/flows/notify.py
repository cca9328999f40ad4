"""Telling a team that a night failed or was degraded: a JSON POST to a webhook.

Configured in ``rules/pipeline.yaml`` (section ``notify``). The payload carries a ``text`` line, so
Slack / Mattermost / Rocket.Chat incoming webhooks show it as is; a mail gateway or any HTTP
endpoint can read the structured fields (night, run id, status, reason, counts). A notification
that cannot be delivered is logged and never fails the night a second time.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import Field

from pipeline.config import RulesModel

log = logging.getLogger("servicelens.notify")


class NotifyConfig(RulesModel):
    """``notify:`` in rules/pipeline.yaml."""

    webhook_url: str | None = Field(None, description="URL that receives a JSON POST (null = no webhook).")
    webhook_url_env: str = Field("SERVICELENS_NOTIFY_WEBHOOK",
                                 description="Environment variable read when webhook_url is null "
                                             "(keep secret chat-webhook URLs out of the repository).")
    on_status: list[str] = Field(["failed", "degraded"], description="Run statuses that notify.")
    timeout_s: float = Field(10.0, gt=0)

    def url(self) -> str | None:
        return self.webhook_url or os.environ.get(self.webhook_url_env) or None


@dataclass(slots=True)
class NightEvent:
    """What a notification says about one run."""

    night: str
    run_id: str
    status: str
    reason: str = ""
    warehouse: str = ""
    counts: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        line = f"Servicelens night {self.night}: {self.status.upper()} (run {self.run_id})"
        return line + (f": {self.reason}" if self.reason else "")

    def payload(self) -> dict[str, Any]:
        return {"text": self.text(), **asdict(self)}


def notify(config: NotifyConfig, event: NightEvent) -> bool:
    """POST ``event`` when its status is one that notifies and a webhook is configured; True if delivered."""
    url = config.url()
    if not url or event.status not in config.on_status:
        return False
    import httpx

    try:
        response = httpx.post(url, json=event.payload(), timeout=config.timeout_s)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("could not notify %s about night %s (%s): %s", url.split("?")[0], event.night, event.status, exc)
        return False
    log.info("notified %s: %s", url.split("?")[0], event.text())
    return True
