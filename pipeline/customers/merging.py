"""Cross-identity customer merging, set-based over the warehouse.

The loader gives every contact a customer: the known customer of one of its identities, else its
strongest identity (``pipeline.warehouse.load.resolve_customers``). Two customers that were first
seen apart (a phone in a call, an email in an email) stay apart until a contact carries identities
of both, e.g. a chat with a phone and an email. ``fct_interaction_identity`` records which
identities each contact carried (rows from :func:`interaction_identity_rows`); here every such
contact whose identity belongs to another customer is an edge between two customers, the
connected components are found by label propagation in SQL, and each component becomes the
customer seen first (earliest contact, then smallest id). ``fct_interaction``,
``dim_customer_identity``, ``dim_customer``, ``fct_survey`` and ``fct_repeat_link`` are re-pointed,
``dim_customer_merge`` keeps the audit trail, and the temp table ``_sl_merged`` lists the surviving
customers so that repeat linking recomputes them.

``rules/identity.yaml`` chooses which identity kinds and which channels may link customers and
ignores identities shared by too many customers (a switchboard number, a family mailbox).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from pydantic import Field, model_validator

from pipeline.config import ConfigError, DEFAULT_RULES_DIR, load_rules
from pipeline.config import RulesModel
from pipeline.customers.identity import identities
from pipeline.model import Interaction
from pipeline.warehouse.backend import Warehouse

IDENTITY_COLUMNS = ("interaction_id", "identity", "identity_type", "run_id")
MAX_ITERATIONS = 64


class IdentityConfig(RulesModel):
    """``rules/identity.yaml``: where the secret identity key comes from (:mod:`pipeline.customers.identity_key`)
    and which identities may merge customers. The key itself is never in the rules."""

    key_env: str = "SERVICELENS_IDENTITY_KEY"
    key_file: str = "outputs/secrets/identity.key"  # relative to the project root; created 0600
    enabled: bool = True
    kinds: list[str] = Field(default_factory=lambda: ["id", "phone", "email"])
    link_channels: list[str] = Field(default_factory=lambda: ["call", "chat", "email", "webform"])
    max_customers_per_identity: int = Field(5, ge=2)

    @model_validator(mode="before")
    @classmethod
    def _no_salt(cls, data):
        if isinstance(data, dict) and "salt" in data:
            raise ValueError("salt: identity hashes no longer use a salt from the rules; they are keyed with "
                             "a secret deployment key (environment variable key_env or key_file). Remove "
                             "`salt:` from identity.yaml and see README 'Personal data' for key rotation")
        return data


def load_identity_config(rules_dir: str | Path | None = None) -> IdentityConfig:
    path = Path(rules_dir or DEFAULT_RULES_DIR) / "identity.yaml"
    if not path.exists():
        return IdentityConfig()
    return load_rules(rules_dir, "identity", IdentityConfig)


def interaction_identity_rows(interactions: Iterable[Interaction], salt: str, run_id: str | None) -> list[tuple]:
    """Rows of ``fct_interaction_identity`` (``IDENTITY_COLUMNS``) for the loader to write."""
    return [(ix.interaction_id, h, kind, run_id)
            for ix in interactions for kind, h in identities(ix.customer, salt)]


def _placeholders(values: list[str]) -> str:
    if not values:
        raise ConfigError("rules/identity.yaml: kinds and link_channels must not be empty")
    return ", ".join("?" for _ in values)


def merge_customers(wh: Warehouse, config: IdentityConfig | None, run_id: str | None) -> dict[str, Any]:
    """Merge customers linked by shared identities. Creates temp table ``_sl_merged(customer_id)``."""
    config = config or IdentityConfig()
    wh.execute("DROP TABLE IF EXISTS _sl_merged")
    wh.execute("CREATE TEMP TABLE _sl_merged (customer_id TEXT)")
    if not config.enabled:
        return {"edges": 0, "merged_customers": 0, "iterations": 0}
    kinds, channels = list(config.kinds), list(config.link_channels)
    # carried identities with the contact's customer, limited to trusted kinds and channels
    wh.execute("DROP TABLE IF EXISTS _sl_carried")
    wh.execute(f"""
        CREATE TEMP TABLE _sl_carried AS
        SELECT ii.identity, ii.identity_type, i.customer_id, i.started_at, i.interaction_id
        FROM fct_interaction_identity ii JOIN fct_interaction i ON i.interaction_id = ii.interaction_id
        WHERE i.customer_id IS NOT NULL AND ii.identity_type IN ({_placeholders(kinds)})
          AND i.channel IN ({_placeholders(channels)})""", kinds + channels)
    # identities never registered (a loader that did not register them): the first carrier's customer
    wh.execute("""
        INSERT INTO dim_customer_identity (identity, identity_type, customer_id, first_seen_at)
        SELECT identity, identity_type, customer_id, started_at FROM (
            SELECT c.*, row_number() OVER (PARTITION BY c.identity ORDER BY c.started_at, c.interaction_id) AS rn
            FROM _sl_carried c
            WHERE c.identity NOT IN (SELECT identity FROM dim_customer_identity)) s
        WHERE rn = 1""")
    wh.execute("DROP TABLE IF EXISTS _sl_edge")
    wh.execute("""
        CREATE TEMP TABLE _sl_edge AS
        WITH pair AS (
            SELECT c.customer_id AS a, d.customer_id AS b, c.identity
            FROM _sl_carried c JOIN dim_customer_identity d ON d.identity = c.identity
            WHERE c.customer_id <> d.customer_id
        ), crowded AS (
            SELECT identity FROM (SELECT identity, customer_id FROM _sl_carried
                                  UNION SELECT identity, customer_id FROM dim_customer_identity) u
            GROUP BY identity HAVING count(DISTINCT customer_id) > ?
        )
        SELECT DISTINCT a, b FROM pair WHERE identity NOT IN (SELECT identity FROM crowded)
        UNION SELECT DISTINCT b, a FROM pair WHERE identity NOT IN (SELECT identity FROM crowded)""",
               [config.max_customers_per_identity])
    n_edges = wh.query("SELECT count(*) FROM _sl_edge")[0][0]
    if not n_edges:
        return {"edges": 0, "merged_customers": 0, "iterations": 0}
    # nodes ordered by first contact: the smallest order in a component is its surviving customer
    wh.execute("DROP TABLE IF EXISTS _sl_node")
    wh.execute("""
        CREATE TEMP TABLE _sl_node AS
        SELECT customer_id, ord, ord AS label FROM (
            SELECT n.customer_id,
                   row_number() OVER (ORDER BY min(i.started_at) NULLS LAST, n.customer_id) AS ord
            FROM (SELECT DISTINCT a AS customer_id FROM _sl_edge) n
            LEFT JOIN fct_interaction i ON i.customer_id = n.customer_id
            GROUP BY n.customer_id) s""")
    iterations = 0
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (read after the loop)
        wh.execute("DROP TABLE IF EXISTS _sl_step")
        wh.execute("""
            CREATE TEMP TABLE _sl_step AS
            SELECT e.a AS customer_id, min(n.label) AS label
            FROM _sl_edge e JOIN _sl_node n ON n.customer_id = e.b
            GROUP BY e.a""")
        changed = wh.query("""
            SELECT count(*) FROM _sl_step s JOIN _sl_node n ON n.customer_id = s.customer_id
            WHERE s.label < n.label""")[0][0]
        if not changed:
            break
        wh.execute("""
            UPDATE _sl_node SET label = s.label FROM _sl_step s
            WHERE _sl_node.customer_id = s.customer_id AND s.label < _sl_node.label""")
    wh.execute("DROP TABLE IF EXISTS _sl_map")
    wh.execute("""
        CREATE TEMP TABLE _sl_map AS
        SELECT n.customer_id AS old_id, c.customer_id AS new_id
        FROM _sl_node n JOIN _sl_node c ON c.ord = n.label
        WHERE n.customer_id <> c.customer_id""")
    for table in ("fct_interaction", "dim_customer_identity", "fct_survey", "fct_repeat_link"):
        wh.execute(f"""
            UPDATE {table} SET customer_id = m.new_id FROM _sl_map m
            WHERE {table}.customer_id = m.old_id""")
    wh.execute("""
        UPDATE dim_customer SET first_seen_at = x.first_seen_at, last_seen_at = x.last_seen_at
        FROM (SELECT m.new_id, min(c.first_seen_at) AS first_seen_at, max(c.last_seen_at) AS last_seen_at
              FROM (SELECT new_id, old_id FROM _sl_map UNION SELECT new_id, new_id FROM _sl_map) m
              JOIN dim_customer c ON c.customer_id = m.old_id GROUP BY m.new_id) x
        WHERE dim_customer.customer_id = x.new_id""")
    wh.execute("DELETE FROM dim_customer WHERE customer_id IN (SELECT old_id FROM _sl_map)")
    wh.execute("UPDATE dim_customer_merge SET customer_id = m.new_id FROM _sl_map m "
               "WHERE dim_customer_merge.customer_id = m.old_id")
    wh.execute("DELETE FROM dim_customer_merge WHERE merged_customer_id IN (SELECT old_id FROM _sl_map)")
    wh.execute("INSERT INTO dim_customer_merge (merged_customer_id, customer_id, run_id, merged_at) "
               "SELECT old_id, new_id, ?, now() FROM _sl_map", [run_id])
    wh.execute("INSERT INTO _sl_merged SELECT DISTINCT new_id FROM _sl_map")
    merged = wh.query("SELECT count(*) FROM _sl_map")[0][0]
    for name in ("_sl_carried", "_sl_edge", "_sl_node", "_sl_step", "_sl_map"):
        wh.execute(f"DROP TABLE IF EXISTS {name}")
    return {"edges": n_edges, "merged_customers": merged, "iterations": iterations}
