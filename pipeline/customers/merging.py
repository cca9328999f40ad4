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

The steps are SQL files of ``pipeline/warehouse/sql/transforms`` (``merge_*.sql``); this module
runs them in order and loops the label propagation until no label changes.

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
from pipeline.warehouse.transforms import drop_scratch, query_transform, row_count, run_transform

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


MERGE_SCRATCH = ("_sl_carried", "_sl_edge", "_sl_node", "_sl_step", "_sl_map")
REPOINTED_TABLES = ("fct_interaction", "dim_customer_identity", "fct_survey", "fct_repeat_link")


def merge_customers(wh: Warehouse, config: IdentityConfig | None, run_id: str | None) -> dict[str, Any]:
    """Merge customers linked by shared identities. Creates temp table ``_sl_merged(customer_id)``.

    Each step is one SQL file of ``pipeline/warehouse/sql/transforms`` (``merge_*.sql``)."""
    config = config or IdentityConfig()
    run_transform(wh, "merge_merged_customers")
    if not config.enabled:
        return {"edges": 0, "merged_customers": 0, "iterations": 0}
    if not config.kinds or not config.link_channels:
        raise ConfigError("rules/identity.yaml: kinds and link_channels must not be empty")
    run_transform(wh, "merge_carried_identities", kinds=list(config.kinds), link_channels=list(config.link_channels))
    run_transform(wh, "merge_register_identities")
    run_transform(wh, "merge_edges", max_customers_per_identity=config.max_customers_per_identity)
    n_edges = row_count(wh, "_sl_edge")
    if not n_edges:
        return {"edges": 0, "merged_customers": 0, "iterations": 0}
    run_transform(wh, "merge_nodes")
    iterations = 0
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (read after the loop)
        run_transform(wh, "merge_label_step")
        if not query_transform(wh, "merge_label_changes")[0][0]:
            break
        run_transform(wh, "merge_label_apply")
    run_transform(wh, "merge_map")
    for table in REPOINTED_TABLES:
        run_transform(wh, "merge_repoint_customer", identifiers={"table": table})
    for step in ("merge_customer_span", "merge_customer_drop", "merge_audit_repoint", "merge_audit_clear"):
        run_transform(wh, step)
    run_transform(wh, "merge_audit_insert", run_id=run_id)
    run_transform(wh, "merge_merged_customers_fill")
    merged = row_count(wh, "_sl_map")
    drop_scratch(wh, MERGE_SCRATCH)
    return {"edges": n_edges, "merged_customers": merged, "iterations": iterations}
