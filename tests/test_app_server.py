"""The QA workspace over HTTP (Starlette's test client): sign-in, roles, CSRF, queue filters, verdicts
and their agreement figures, calibration kappa, disputes, and the copy of verdicts into the warehouse."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from qa_app_warehouse import (CALL_ID, PASSWORD, XSS_CHAT, add_users, copy_warehouse, shared_warehouse)

from pipeline.app.server import AppSettings, create_app


@pytest.fixture(scope="module")
def app_env(tmp_path_factory):
    url, rules = shared_warehouse(tmp_path_factory)
    base = tmp_path_factory.mktemp("qa-app-server")
    url = copy_warehouse(url, base / "wh")
    settings = AppSettings(warehouse_url=url, store_path=str(base / "store.sqlite"), background=False,
                           rules_dir=str(rules))
    app = create_app(settings)
    add_users(app.state.store)
    yield app, url, rules
    app.state.reader.close()


def client(app, user: str | None = None) -> TestClient:
    c = TestClient(app, follow_redirects=False)
    if user:
        page = c.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        r = c.post("/login", data={"csrf_token": token, "username": user, "password": PASSWORD, "next": "/queue"})
        assert r.status_code == 303, r.text
    return c


def csrf_of(page_text: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page_text).group(1)


def test_login_sets_httponly_samesite_cookie_and_wrong_password_is_refused(app_env):
    app, *_ = app_env
    c = TestClient(app, follow_redirects=False)
    token = csrf_of(c.get("/login").text)
    bad = c.post("/login", data={"csrf_token": token, "username": "rita", "password": "nope-nope"})
    assert bad.status_code == 401 and "wrong user name or password" in bad.text
    ok = c.post("/login", data={"csrf_token": token, "username": "rita", "password": PASSWORD})
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"]
    assert "sl_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert c.get("/queue").status_code == 200
    assert TestClient(app, follow_redirects=False).get("/queue").status_code == 303  # not signed in


def test_login_rate_limit_after_five_failures(app_env):
    app, *_ = app_env
    app.state.store.execute("DELETE FROM app_login_attempt")
    c = TestClient(app, follow_redirects=False)
    token = csrf_of(c.get("/login").text)
    codes = [c.post("/login", data={"csrf_token": token, "username": "roman", "password": f"bad-{i}xxxx"}).status_code
             for i in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    # even the right password waits now
    assert c.post("/login", data={"csrf_token": token, "username": "roman", "password": PASSWORD}).status_code == 429
    app.state.store.execute("DELETE FROM app_login_attempt")
    audit = [r[0] for r in app.state.store.query("SELECT action FROM app_audit WHERE username = 'roman'")]
    assert audit.count("login_failed") == 5 and "login_throttled" in audit


def test_queue_filters_live_in_the_url(app_env):
    app, *_ = app_env
    c = client(app, "rita")
    all_rows = c.get("/queue")
    assert CALL_ID in all_rows.text and "chat:c-001" in all_rows.text
    calls = c.get("/queue?channel=call")
    assert CALL_ID in calls.text and "chat:c-001" not in calls.text
    assert "1 interaction " in calls.text
    ru = c.get("/queue?language=ru&sort=qa_score")
    assert "chat:c-001" in ru.text and CALL_ID not in ru.text
    low = c.get("/queue?score_max=50")
    assert "chat:c-003" in low.text and "chat:c-001" not in low.text
    failed = c.get("/queue?failed=empathy")  # c-001 offers no empathy
    assert "chat:c-001" in failed.text
    team = c.get("/queue?team=ru-1")
    assert "chat:c-001" in team.text and "chat:c-003" not in team.text
    paged = c.get("/queue?per_page=2&page=2&sort=started_at")
    assert paged.text.count('class="row-link"') == 2 and "page 2 of 3" in paged.text
    assert c.get("/queue?score_min=abc").status_code == 200  # a bad filter is explained, not a crash
    assert "Bad filter" in c.get("/queue?score_min=abc").text


def test_agent_sees_only_own_interactions_even_by_url(app_env):
    app, *_ = app_env
    c = client(app, "olga")
    page = c.get("/queue")
    assert "chat:c-001" in page.text and CALL_ID not in page.text and "chat:c-003" not in page.text
    assert c.get("/i/chat:c-001").status_code == 200
    other = c.get(f"/i/{CALL_ID}")
    assert other.status_code == 404 and "No such interaction" in other.text
    assert c.get(f"/audio/{CALL_ID}").status_code == 404
    assert c.get("/queue?agent=A-201").text.count('class="row-link"') == 0 or CALL_ID not in c.get("/queue?agent=A-201").text
    assert c.get("/scorecard?agent=A-201").status_code == 404


def test_reviewer_cannot_open_admin_pages(app_env):
    app, *_ = app_env
    c = client(app, "rita")
    assert c.get("/admin/users").status_code == 403
    assert c.get("/admin/audit").status_code == 403
    assert client(app, "adam").get("/admin/audit").status_code == 200


def test_post_without_csrf_token_is_refused(app_env):
    app, *_ = app_env
    c = client(app, "rita")
    r = c.post("/i/chat:c-001/verdicts", data={"v_empathy": "agree"})
    assert r.status_code == 403 and "security token" in r.text
    r = c.post("/i/chat:c-001/verdicts", data={"v_empathy": "agree", "csrf_token": "forged"})
    assert r.status_code == 403
    n = app.state.store.query("SELECT count(*) FROM qa_review WHERE interaction_id = 'chat:c-001' AND reviewer = 'rita'")
    assert n[0][0] == 0


def test_script_in_chat_is_shown_as_text(app_env):
    app, *_ = app_env
    page = client(app, "rita").get(f"/i/{XSS_CHAT.replace('-1', ':xss-1').replace('chat:xss:', 'chat:xss-')}")
    page = client(app, "rita").get("/i/chat:xss-1")
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page.text
    assert "<script>window" not in page.text and "<img src=x" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_verdicts_and_agreement_match_the_review_command(app_env):
    from pipeline.commands.review import review

    app, url, rules = app_env
    c = client(app, "rita")
    page = c.get("/i/chat:c-001")
    r = c.post("/i/chat:c-001/verdicts", data={
        "csrf_token": csrf_of(page.text), "v_empathy": "disagree", "r_empathy": "pass", "c_empathy": "she apologised",
        "v_complaint_handling": "agree", "v_*": "agree"})
    assert r.status_code == 303
    shown = c.get(r.headers["location"])
    assert "3 verdicts saved" in shown.text and "she apologised" in shown.text
    row = app.state.store.query_dicts("SELECT * FROM qa_review WHERE criterion_id = 'empathy'")[0]
    assert row["auto_result"] == "fail" and row["corrected_result"] == "pass" and row["reviewer"] == "rita"
    app_page = c.get("/agreement").text
    # copy to the warehouse, then the CLI's figures
    assert app.state.sync()["reviews"] == 3
    assert app.state.sync()["reviews"] == 0  # nothing twice
    out = CliRunner(env={"COLUMNS": "200"}).invoke(review, ["--warehouse", url, "--rules-dir", str(rules),
                                                            "--agreement"]).output
    assert "Overall: 2/3 verdicts agree (67%)." in out
    assert "Overall: 2/3 verdicts agree (67%)." in app_page
    from pipeline.app.verdicts import agreement, all_verdicts
    from pipeline.warehouse import Warehouse

    with Warehouse.connect(url, read_only=True) as wh:
        view = [(r[0], r[1], r[2], r[3], float(r[4]), r[5], r[6]) for r in wh.query(
            "SELECT criterion_id, verdicts, agreed, disagreed, agreement_rate, false_fails, false_passes "
            "FROM qa_review_agreement ORDER BY criterion_id")]
    mine = [(r["criterion_id"], r["verdicts"], r["agreed"], r["disagreed"], r["agreement_rate"], r["false_fails"],
             r["false_passes"]) for r in agreement(all_verdicts(app.state.store, app.state.reader))]
    assert view == mine and ("empathy", 1, 0, 1, 0.0, 1, 0) in mine
    app.state.reader.refresh()
    assert "Overall: 2/3 verdicts agree (67%)." in c.get("/agreement").text  # same after the copy: no doubles


def test_calibration_with_two_reviewers_gives_cohens_kappa(app_env):
    from sklearn.metrics import cohen_kappa_score

    app, *_ = app_env
    lead = client(app, "lena")
    picked = lead.get("/queue?score_max=50&sort=started_at")  # the lead picks from a filtered queue page
    link = re.search(r'id="calibrate-page" href="([^"]+)"', picked.text).group(1).replace("&amp;", "&")
    page = lead.get(link)
    items = ["chat:c-001", "chat:c-003"]
    assert "chat:c-003" in re.search(r'<textarea id="cal-items"[^>]*>([^<]*)<', page.text).group(1)
    r = lead.post("/calibration", data={"csrf_token": csrf_of(page.text), "title": "Week 47",
                                        "interactions": " ".join(items), "reviewers": ["rita", "roman"]})
    assert r.status_code == 303
    sid = r.headers["location"].rsplit("/", 1)[1]
    auto = {iid: dict(app.state.reader.query("SELECT criterion_id, result FROM fct_criterion WHERE interaction_id = ? "
                                             "ORDER BY 1", [iid])) for iid in items}
    answers = {"rita": {}, "roman": {}}
    for reviewer in ("rita", "roman"):
        c = client(app, reviewer)
        for iid in items:
            form = c.get(f"/calibration/{sid}/item/{iid}")
            assert form.status_code == 200
            assert 'class="crit' not in form.text and "Show evidence" not in form.text  # blind: no automatic results
            data = {"csrf_token": csrf_of(form.text)}
            for k, (cid, res) in enumerate(sorted(auto[iid].items())):
                mine = res if reviewer == "rita" or k % 3 else ("pass" if res != "pass" else "fail")
                data[f"a_{cid}"] = mine
                answers[reviewer][(iid, cid)] = mine
            assert c.post(f"/calibration/{sid}/item/{iid}", data=data).status_code == 303
        if reviewer == "rita":
            assert "report opens once" not in c.get(f"/calibration/{sid}").text
    keys = sorted(answers["rita"])
    expected = cohen_kappa_score([answers["rita"][k] for k in keys], [answers["roman"][k] for k in keys],
                                 labels=["pass", "fail", "na"])
    report = lead.get(f"/calibration/{sid}").text
    shown = re.search(r'id="kappa-overall">Cohen&#39;s kappa between reviewers, all criteria: <strong>([-0-9.]+)</strong>', report).group(1)
    assert float(shown) == pytest.approx(expected, abs=5e-4)
    assert 0 < expected < 1
    assert 'id="cal-disagreements"' in report and "chat:c-001" in report


def test_blind_reviewer_cannot_see_report_before_submitting(app_env):
    app, *_ = app_env
    lead = client(app, "lena")
    r = lead.post("/calibration", data={"csrf_token": csrf_of(lead.get("/calibration").text), "title": "Blind",
                                        "interactions": "chat:c-002", "reviewers": ["rita", "roman"]})
    sid = r.headers["location"].rsplit("/", 1)[1]
    page = client(app, "roman").get(f"/calibration/{sid}")
    assert "report opens once" in page.text and "kappa" not in page.text


def test_dispute_filed_by_agent_and_resolved_by_lead_keeps_history(app_env):
    app, *_ = app_env
    reviewer = client(app, "rita")
    page = reviewer.get(f"/i/{CALL_ID}")
    reviewer.post(f"/i/{CALL_ID}/verdicts", data={"csrf_token": csrf_of(page.text), "v_*": "disagree",
                                                  "c_*": "rude ending"})
    agent = client(app, "james")
    page = agent.get(f"/i/{CALL_ID}")
    review_id = re.search(r'<option value="([0-9a-f]{16})">', page.text).group(1)
    r = agent.post(f"/i/{CALL_ID}/disputes", data={"csrf_token": csrf_of(page.text), "review_id": review_id,
                                                  "reason": "The customer hung up first"})
    assert r.status_code == 303
    dispute_url = r.headers["location"]
    assert client(app, "olga").get(dispute_url).status_code == 404  # another agent's dispute
    assert client(app, "rita").post(dispute_url + "/resolve", data={"csrf_token": "x", "outcome": "accepted"}).status_code == 403
    lead = client(app, "lena")
    page = lead.get(dispute_url)
    assert lead.post(dispute_url + "/resolve", data={"csrf_token": csrf_of(page.text), "outcome": "accepted",
                                                     "comment": "agreed, recording shows it"}).status_code == 303
    history = agent.get(dispute_url).text
    assert "accepted" in re.search(r'id="dispute-status">(\w+)<', history).group(1)
    assert "The customer hung up first" in history and "agreed, recording shows it" in history
    actions = [r[0] for r in app.state.store.query("SELECT action FROM app_audit ORDER BY audit_id")]
    assert "dispute_open" in actions and "dispute_accepted" in actions and "verdict" in actions
    app.state.sync()
    # the snapshot may be stale: read the warehouse itself
    from pipeline.warehouse import Warehouse
    with Warehouse.connect(app_env[1], read_only=True) as wh:
        assert [r[0] for r in wh.query("SELECT action FROM qa_dispute_event ORDER BY event_id")] == ["opened", "accepted"]


def test_call_page_has_audio_and_turn_times(app_env):
    app, *_ = app_env
    c = client(app, "rita")
    page = c.get(f"/i/{CALL_ID}").text
    assert 'id="player"' in page and f'src="/audio/{CALL_ID}"' in page
    assert 'data-start="7.08"' in page and "call metrics" not in page and 'id="call-metrics"' in page
    audio = c.get(f"/audio/{CALL_ID}")
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/flac" and audio.content[:4] == b"fLaC"


def test_scorecard_and_trends_pages(app_env):
    app, *_ = app_env
    lead = client(app, "lena")
    card = lead.get("/scorecard?agent=A-201")
    assert card.status_code == 200 and "Team average" in card.text and "failed ones" in card.text
    assert re.search(r'<polyline points="[0-9.]+,[0-9.]+', card.text)  # QA score over nights, agent and team
    assert "A-201" in client(app, "james").get("/scorecard").text
    trends = lead.get("/trends?date_from=2026-11-14&date_to=2026-11-20")
    assert trends.status_code == 200 and 'id="trend-topics"' in trends.text
    topic = re.search(r'topic=([^"&]+)"', trends.text)
    if topic:
        drill = lead.get(f"/trends?date_from=2026-11-14&date_to=2026-11-20&topic={topic.group(1)}")
        assert 'id="trend-examples"' in drill.text and "/i/" in drill.text
    assert client(app, "james").get("/trends").status_code == 403


def test_live_queue_sql_matches_the_materialised_snapshot(app_env):
    """PostgreSQL reads the live view (no snapshot): both SQL paths give the same pages."""
    from pipeline.app.queue import QueueFilter, queue_page

    app, *_ = app_env
    reader = app.state.reader
    for params in ({}, {"channel": "chat"}, {"failed": "empathy"}, {"flag": "low_qa_score"}, {"team": "ru-1"},
                   {"night": "2026-11-20", "sort": "qa_score", "desc": "1"}, {"topic": "refund_return"},
                   {"reviewed": "no", "per_page": "2", "page": "2"}, {"score_min": "50", "score_max": "90"}):
        f = QueueFilter.model_validate(params)
        reader.materialized = True
        fast = queue_page(reader, f, None, ["chat:c-002"])
        reader.materialized = False
        try:
            live = queue_page(reader, f, None, ["chat:c-002"])
        finally:
            reader.materialized = True
        assert fast == live, params
        assert fast[1] >= 0
