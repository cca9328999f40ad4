"""The same loader and schema on PostgreSQL: chosen by URL, stages untouched."""

from datetime import date, datetime, timezone

from pipeline.model import Channel, CustomerRef, Interaction, Speaker, Turn
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_interactions


def _night() -> list[Interaction]:
    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    return [Interaction(f"chat:{i}", Channel.CHAT, t0, customer=CustomerRef(phone="+79165550101"), agent_id="A-101",
                        turns=[Turn(0, Speaker.CUSTOMER, "Здравствуйте", started_at=t0),
                               Turn(1, Speaker.AGENT, "Добрый день!", started_at=t0.replace(second=30))])
            for i in range(3)]


def test_schema_and_idempotent_load_on_postgres(postgres_url: str):
    with Warehouse.connect(postgres_url) as wh:
        assert wh.dialect == "postgresql"
        ensure_schema(wh)
        ensure_schema(wh)  # idempotent
        run = RunInfo("r1", date(2026, 11, 20), sla_seconds={"chat": 60.0})
        first = load_interactions(wh, _night(), [], run)
        second = load_interactions(wh, _night(), [], RunInfo("r2", date(2026, 11, 20), sla_seconds={"chat": 60.0}))
        assert (first.new, second.unchanged, second.written) == (3, 3, 0)
        assert wh.query("SELECT count(*), min(first_response_s), bool_and(sla_met) FROM fct_interaction")[0] == (3, 30.0, True)
        assert wh.query("SELECT count(DISTINCT customer_id) FROM fct_interaction")[0][0] == 1
        assert wh.query("SELECT count(*) FROM fct_turn")[0][0] == 6
    with Warehouse.connect(postgres_url, read_only=True) as ro:
        try:
            ro.execute("DELETE FROM fct_turn")
            raise AssertionError("read-only connection accepted a DELETE")
        except Exception as exc:  # psycopg ReadOnlySqlTransaction
            assert "read-only" in str(exc)
