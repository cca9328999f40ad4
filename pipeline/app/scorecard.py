"""Agent and team scorecard: criteria pass rates beside the team's, QA score per night."""

from __future__ import annotations

from pipeline.app.reader import WarehouseReader


def scorecard_data(reader: WarehouseReader, agent: str | None, team: str | None) -> dict:
    """Without agent or team: one row per agent (volume, average score, team)."""
    if agent:
        info = reader.query_dicts("SELECT agent_id, agent_name, team FROM dim_agent WHERE agent_id = ?", [agent])
        team = info[0]["team"] if info else team
    agents = reader.query_dicts(
        "SELECT agent_id, agent_name, team, max(interactions) AS interactions, max(avg_qa_score) AS avg_qa_score, "
        "max(critical_failures) AS critical_failures FROM agent_scorecard "
        + ("WHERE team = ? " if team and not agent else "WHERE agent_id = ? " if agent else "")
        + "GROUP BY agent_id, agent_name, team ORDER BY team NULLS LAST, agent_id",
        [team] if team and not agent else [agent] if agent else [])
    data: dict = {"agents": agents, "agent": agent, "team": team, "criteria": [], "nights": []}
    if not (agent or team):
        return data
    scope_team = "i.agent_id IN (SELECT agent_id FROM dim_agent WHERE team = ?)"
    team_rates = {r["criterion_id"]: r["pass_rate"] for r in reader.query_dicts(
        "SELECT c.criterion_id, CAST(SUM(CASE WHEN c.result = 'pass' THEN 1 ELSE 0 END) AS DOUBLE PRECISION) / "
        "NULLIF(SUM(CASE WHEN c.result IN ('pass', 'fail') THEN 1 ELSE 0 END), 0) AS pass_rate "
        f"FROM fct_criterion c JOIN fct_interaction i ON i.interaction_id = c.interaction_id WHERE {scope_team} "
        "GROUP BY c.criterion_id", [team])} if team else {}
    if agent:
        rows = reader.query_dicts(
            "SELECT criterion_id, applicable, passed, failed, pass_rate FROM agent_scorecard "
            "WHERE agent_id = ? AND criterion_id IS NOT NULL ORDER BY criterion_id", [agent])
    else:
        rows = [{"criterion_id": k, "pass_rate": v} for k, v in sorted(team_rates.items())]
    for r in rows:
        r["team_rate"] = team_rates.get(r["criterion_id"])
    data["criteria"] = rows
    nights_agent = {str(r[0]): r[1] for r in reader.query(
        "SELECT run_date, AVG(qa_score) FROM fct_interaction WHERE agent_id = ? GROUP BY run_date", [agent])} if agent else {}
    nights_team = {str(r[0]): r[1] for r in reader.query(
        f"SELECT i.run_date, AVG(i.qa_score) FROM fct_interaction i WHERE {scope_team} GROUP BY i.run_date",
        [team])} if team else {}
    data["nights"] = [{"night": n, "agent": nights_agent.get(n), "team": nights_team.get(n)}
                      for n in sorted(set(nights_agent) | set(nights_team))]
    return data


def line_points(values: list[float | None], width: int = 360, height: int = 100, lo: float = 0,
                hi: float = 100) -> str:
    coords = []
    n = len(values)
    for k, v in enumerate(values):
        if v is None:
            continue
        x = 10 + (width - 20) * (k / (n - 1) if n > 1 else 0.5)
        y = height - 8 - (height - 16) * (float(v) - lo) / (hi - lo)
        coords.append(f"{x:.1f},{y:.1f}")
    return " ".join(coords)
