"""Settings shared by the ingest adapters (``rules/pipeline.yaml``, section ``ingest``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator, model_validator

from pipeline.config import RulesModel


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=64)
def _window(night: date, days_before: int, days_after: int, zone: str) -> tuple[datetime, datetime] | None:
    """[start, end) of the timestamps allowed around ``night`` (local midnight in ``zone``)."""
    start = datetime.combine(night, datetime.min.time(), tzinfo=_zone(zone))
    try:
        return start - timedelta(days=days_before), start + timedelta(days=1 + days_after)
    except OverflowError:
        return None


class IngestLimits(RulesModel):
    """Size limits: the item over a limit is quarantined with a reason, the rest is read."""

    max_record_chars: int = Field(default=200_000, ge=1_000)  # one chat line / CSV row / sidecar row
    max_email_bytes: int = Field(default=25 * 2**20, ge=10_000)  # one raw email, attachments included
    max_file_bytes: int = Field(default=512 * 2**20, ge=10_000)  # one input file


class TimestampWindow(RulesModel):
    """Timestamps allowed around the night being run: [night - days_before, night + 1 day + days_after)."""

    days_before: int = Field(default=400, ge=0, le=36_500)
    days_after: int = Field(default=2, ge=0, le=3_650)


class IngestConfig(RulesModel):
    """How sources are read.

    ``company_domains`` decide email direction (from a company domain = agent);
    ``default_region`` is used for phone numbers written without a country code;
    ``timezone`` is applied to timestamps that carry no offset.
    """

    company_domains: list[str] = Field(default_factory=list)
    default_region: str = "RU"
    timezone: str = "Europe/Moscow"
    limits: IngestLimits = Field(default_factory=IngestLimits)
    timestamp_window: TimestampWindow = Field(default_factory=TimestampWindow)

    @model_validator(mode="after")
    def _known_zone(self) -> "IngestConfig":
        try:
            _zone(self.timezone)
        except Exception as exc:  # ZoneInfoNotFoundError, ValueError for odd names
            raise ValueError(f"unknown time zone {self.timezone!r}") from exc
        return self

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
        try:
            if raw[0].isdigit() and raw.replace(".", "", 1).isdigit():
                return datetime.fromtimestamp(float(raw), tz=timezone.utc)
            if raw.endswith("Z"):
                raw = raw[:-1] + "+00:00"
            try:
                parsed = datetime.fromisoformat(raw)
            except ValueError as exc:  # its message repeats the value: it may be anything
                raise ValueError("not an ISO-8601 timestamp or Unix seconds") from exc
            return self.to_utc(parsed)
        except (OverflowError, OSError) as exc:  # year 0 / 10000 after the offset, huge unix seconds
            raise ValueError(f"out of range: {exc}") from exc

    def window_problem(self, value: datetime, night: date | None) -> str | None:
        """Why ``value`` (aware UTC) is outside the allowed window around ``night``; None when fine."""
        if night is None:
            return None
        window = self.timestamp_window
        bounds = _window(night, window.days_before, window.days_after, self.timezone)
        if bounds is None:
            return None
        low, high = bounds
        if low <= value < high:
            return None
        return (f"timestamp {value.isoformat()} is outside the window {low.date()}..{high.date()} around night "
                f"{night} (ingest.timestamp_window in rules/pipeline.yaml)")
