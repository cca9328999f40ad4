"""Settings shared by the ingest adapters (``rules/pipeline.yaml``, section ``ingest``)."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator

from pipeline.config import RulesModel


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


class IngestConfig(RulesModel):
    """How sources are read.

    ``company_domains`` decide email direction (from a company domain = agent);
    ``default_region`` is used for phone numbers written without a country code;
    ``timezone`` is applied to timestamps that carry no offset.
    """

    company_domains: list[str] = Field(default_factory=list)
    default_region: str = "RU"
    timezone: str = "Europe/Moscow"

    @field_validator("company_domains")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [d.lower().lstrip("@") for d in v]

    def is_company_address(self, address: str | None) -> bool:
        if not address or "@" not in address:
            return False
        domain = address.rsplit("@", 1)[1].lower()
        return any(domain == d or domain.endswith("." + d) for d in self.company_domains)

    def to_utc(self, value: datetime) -> datetime:
        """Aware UTC datetime; naive values are read in the configured time zone."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=_zone(self.timezone))
        return value.astimezone(timezone.utc)

    def parse_timestamp(self, text: str) -> datetime:
        """ISO-8601 (``2026-11-20T09:15:02+03:00``, ``...Z``, ``2026-11-20 09:15:02``) or unix seconds."""
        raw = str(text).strip()
        if not raw:
            raise ValueError("empty timestamp")
        if raw[0].isdigit() and raw.replace(".", "", 1).isdigit():
            return datetime.fromtimestamp(float(raw), tz=timezone.utc)
        if raw.endswith("Z"):
            raw = raw[:-1] + "+00:00"
        return self.to_utc(datetime.fromisoformat(raw))
