"""The QA workspace: a FastAPI app with server-rendered Jinja2 pages (``servicelens app``)."""

from __future__ import annotations

import logging
import secrets
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from pipeline.app import auth, calibration, disputes
from pipeline.app.interaction import load_detail, sentiment_svg_coords, sentiment_svg_points
from pipeline.app.queue import QueueFilter, filter_choices, queue_page
from pipeline.app.reader import Refresher, WarehouseReader
from pipeline.app.scorecard import line_points, scorecard_data
from pipeline.app.store import Store
from pipeline.app.sync import sync_to_warehouse
from pipeline.app.verdicts import RESULTS, VerdictInput, agreement, all_verdicts, record_verdicts

HERE = Path(__file__).parent
SESSION_COOKIE = "sl_session"
LOGIN_CSRF_COOKIE = "sl_login_csrf"
log = logging.getLogger("servicelens.app")


@dataclass
class AppSettings:
    warehouse_url: str
    store_path: str
    snapshot_dir: str | None = None
    refresh_every_s: float = 10.0
    snapshot_every_s: float = 120.0
    secure_cookies: bool = False
    background: bool = True
    rules_dir: str | None = None


class Denied(Exception):
    """Raised for a signed-in user without the right (403) or to hide an item (404)."""

    def __init__(self, status: int = 403, message: str = "You may not open this page."):
        self.status, self.message = status, message


def create_app(settings: AppSettings) -> FastAPI:
    store = Store(settings.store_path)
    reader = WarehouseReader(settings.warehouse_url, settings.snapshot_dir, settings.snapshot_every_s)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["sentiment_svg_points"] = sentiment_svg_points
    templates.env.globals["sentiment_svg_coords"] = sentiment_svg_coords
    templates.env.globals["line_points"] = line_points

    def sync() -> dict:
        return sync_to_warehouse(store, settings.warehouse_url)

    refresher = Refresher(reader, sync, settings.refresh_every_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if settings.background:
            refresher.start()
        yield
        refresher.stop()

    app = FastAPI(title="Servicelens QA workspace", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.store, app.state.reader, app.state.settings = store, reader, settings
    app.state.sync, app.state.refresher = sync, refresher
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    choices_cache: dict = {}

    @app.middleware("http")
    async def timing_and_headers(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
            "object-src 'none'; frame-ancestors 'none'; form-action 'self'")
        return response

    @app.exception_handler(Denied)
    async def _denied(request: Request, exc: Denied):
        return templates.TemplateResponse(request, "error.html", {"user": None, "message": exc.message},
                                          status_code=exc.status)

    # --- helpers -------------------------------------------------------------------------------
    def current(request: Request) -> tuple[auth.User, str]:
        found = auth.session_user(store, request.cookies.get(SESSION_COOKIE))
        if found is None:
            raise HTTPException(status_code=303, headers={"Location": f"/login?next={request.url.path}"})
        return found

    def require(request: Request, permission: str) -> tuple[auth.User, str]:
        user, csrf = current(request)
        if not user.can(permission):
            store.audit(user.username, "denied", str(request.url.path))
            raise Denied(403, f"Your role ({user.role}) may not open this page.")
        return user, csrf

    async def form(request: Request, csrf: str | None, user: str | None = None) -> dict[str, list[str]]:
        data = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
        tokens = data.get("csrf_token")
        given = tokens[0] if tokens else None
        if not auth.csrf_ok(csrf, given):
            store.audit(user, "csrf_refused", str(request.url.path))
            raise Denied(403, "The form was refused: its security token is missing or stale. Reload the page.")
        return data

    def one(data: dict[str, list[str]], name: str, default: str = "") -> str:
        return (data.get(name) or [default])[0].strip()

    def render(request: Request, name: str, user: auth.User | None, csrf: str | None, **context) -> HTMLResponse:
        context.update(user=user, csrf_token=csrf, snapshot_at=reader.snapshot_at)
        return templates.TemplateResponse(request, name, context)

    def visible_interaction(user: auth.User, interaction_id: str) -> dict:
        rec = load_detail(reader, interaction_id)
        # an agent gets the same answer for another agent's interaction as for one that does not exist
        if rec is None or (user.is_agent and rec.get("agent_id") != user.agent_id):
            if rec is not None:
                store.audit(user.username, "denied", f"interaction {interaction_id}")
            raise Denied(404, "No such interaction.")
        return rec

    def choices() -> dict:
        key = reader.snapshot_at
        if choices_cache.get("key") != key:
            choices_cache.update(key=key, value=filter_choices(reader))
        return choices_cache["value"]

    # --- sign-in -------------------------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/queue", error: str | None = None):
        token = secrets.token_urlsafe(24)
        response = render(request, "login.html", None, token, next=next if next.startswith("/") else "/queue",
                          error=error)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=settings.secure_cookies)
        return response

    @app.post("/login")
    async def login_submit(request: Request):
        data = await form(request, request.cookies.get(LOGIN_CSRF_COOKIE))
        target = one(data, "next", "/queue")
        target = target if target.startswith("/") and not target.startswith("//") else "/queue"
        client = request.client.host if request.client else "?"
        try:
            user, token, _csrf = auth.login(store, one(data, "username"), one(data, "password"), client)
        except auth.AuthError as exc:
            status = 429 if "too many" in str(exc) else 401
            response: Response = render(request, "login.html", None, request.cookies.get(LOGIN_CSRF_COOKIE),
                                        next=target, error=str(exc))
            response.status_code = status
            return response
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", secure=settings.secure_cookies,
                            max_age=auth.SESSION_HOURS * 3600)
        response.delete_cookie(LOGIN_CSRF_COOKIE)
        return response

    @app.post("/logout")
    async def logout(request: Request):
        user, csrf = current(request)
        await form(request, csrf, user.username)
        auth.logout(store, request.cookies.get(SESSION_COOKIE))
        store.audit(user.username, "logout")
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    @app.get("/")
    def home(request: Request):
        current(request)
        return RedirectResponse("/queue", status_code=303)

    # --- queue ---------------------------------------------------------------------------------
    @app.get("/queue", response_class=HTMLResponse)
    def queue_view(request: Request):
        user, csrf = require(request, "queue")
        try:
            f = QueueFilter.model_validate(dict(request.query_params))
        except ValidationError as exc:
            return render(request, "error.html", user, csrf,
                          message="Bad filter: " + "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors()))
        reviewed_ids = [r[0] for r in store.query("SELECT DISTINCT interaction_id FROM qa_review")] if f.reviewed else []
        rows, total = queue_page(reader, f, user.agent_id if user.is_agent else None, reviewed_ids)
        in_store = {r[0] for r in store.query("SELECT DISTINCT interaction_id FROM qa_review")}
        for r in rows:
            r["reviewed"] = r["n_verdicts"] > 0 or r["interaction_id"] in in_store
        pages = max(1, -(-total // f.per_page))
        return render(request, "queue.html", user, csrf, f=f, rows=rows, total=total, pages=pages,
                      choices=choices())

    # --- one interaction -----------------------------------------------------------------------
    @app.get("/i/{interaction_id}", response_class=HTMLResponse)
    def interaction_view(request: Request, interaction_id: str, saved: int = 0):
        user, csrf = require(request, "queue")
        rec = visible_interaction(user, interaction_id)
        verdicts = all_verdicts(store, reader, interaction_id)
        return render(request, "interaction.html", user, csrf, rec=rec, verdicts=verdicts, results=RESULTS,
                      disputes=disputes.disputes(store, interaction_id=interaction_id), saved=saved,
                      has_audio=bool(rec.get("audio_path")) and Path(str(rec.get("audio_path"))).is_file())

    @app.post("/i/{interaction_id}/verdicts")
    async def verdict_submit(request: Request, interaction_id: str):
        user, csrf = require(request, "verdict")
        data = await form(request, csrf, user.username)
        visible_interaction(user, interaction_id)
        given = []
        for key, values in data.items():
            if key.startswith("v_") and values and values[0] in ("agree", "disagree"):
                cid = key[2:]
                given.append(VerdictInput(cid, values[0], one(data, f"r_{cid}") or None, one(data, f"c_{cid}") or None))
        if not given:
            raise Denied(400, "Choose agree or disagree for at least one criterion.")
        try:
            record_verdicts(store, reader, interaction_id, user.username, given)
        except ValueError as exc:
            raise Denied(400, str(exc)) from exc
        return RedirectResponse(f"/i/{interaction_id}?saved={len(given)}", status_code=303)

    @app.get("/audio/{interaction_id}")
    def audio(request: Request, interaction_id: str):
        user, _ = require(request, "queue")
        rec = visible_interaction(user, interaction_id)
        path = Path(str(rec.get("audio_path") or ""))
        if not rec.get("audio_path") or not path.is_file():
            raise Denied(404, "No audio for this interaction.")
        media = {".flac": "audio/flac", ".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg"}
        return FileResponse(path, media_type=media.get(path.suffix.lower(), "application/octet-stream"))

    @app.get("/agreement", response_class=HTMLResponse)
    def agreement_view(request: Request):
        user, csrf = require(request, "verdict")
        rows = agreement(all_verdicts(store, reader))
        total = sum(r["verdicts"] for r in rows)
        agreed = sum(r["agreed"] for r in rows)
        return render(request, "agreement.html", user, csrf, rows=rows, total=total, agreed=agreed)

    # --- disputes ------------------------------------------------------------------------------
    @app.post("/i/{interaction_id}/disputes")
    async def dispute_open(request: Request, interaction_id: str):
        user, csrf = require(request, "dispute_open")
        data = await form(request, csrf, user.username)
        rec = visible_interaction(user, interaction_id)
        review_id = one(data, "review_id") or None
        if review_id and review_id not in {v["review_id"] for v in all_verdicts(store, reader, interaction_id)}:
            raise Denied(400, "That verdict does not belong to this interaction.")
        try:
            dispute_id = disputes.open_dispute(store, interaction_id, review_id, rec.get("agent_id"), user.username,
                                               one(data, "reason"))
        except ValueError as exc:
            raise Denied(400, str(exc)) from exc
        return RedirectResponse(f"/disputes/{dispute_id}", status_code=303)

    @app.get("/disputes", response_class=HTMLResponse)
    def dispute_list(request: Request):
        user, csrf = require(request, "queue")
        items = disputes.disputes(store, agent_id=user.agent_id if user.is_agent else None)
        return render(request, "disputes.html", user, csrf, items=items)

    @app.get("/disputes/{dispute_id}", response_class=HTMLResponse)
    def dispute_view(request: Request, dispute_id: str):
        user, csrf = require(request, "queue")
        found = [d for d in disputes.disputes(store, agent_id=user.agent_id if user.is_agent else None)
                 if d["dispute_id"] == dispute_id]
        if not found:
            raise Denied(404, "No such dispute.")
        return render(request, "dispute.html", user, csrf, d=found[0])

    @app.post("/disputes/{dispute_id}/resolve")
    async def dispute_resolve(request: Request, dispute_id: str):
        user, csrf = require(request, "dispute_resolve")
        data = await form(request, csrf, user.username)
        try:
            disputes.resolve_dispute(store, dispute_id, user.username, one(data, "outcome"), one(data, "comment") or None)
        except ValueError as exc:
            raise Denied(400, str(exc)) from exc
        return RedirectResponse(f"/disputes/{dispute_id}", status_code=303)

    # --- calibration ---------------------------------------------------------------------------
    @app.get("/calibration", response_class=HTMLResponse)
    def calibration_list(request: Request, ids: str = ""):
        user, csrf = require(request, "calibrate")
        if user.can("calibration_admin"):
            sessions = store.query_dicts("SELECT * FROM qa_calibration_session ORDER BY created_at DESC")
        else:
            sessions = store.query_dicts(
                "SELECT s.* FROM qa_calibration_session s JOIN qa_calibration_reviewer r USING (session_id) "
                "WHERE r.reviewer = ? ORDER BY s.created_at DESC", (user.username,))
        reviewers = [r[0] for r in store.query(
            "SELECT username FROM app_user WHERE role IN ('reviewer', 'lead') AND active = 1 ORDER BY 1")]
        return render(request, "calibration_list.html", user, csrf, sessions=sessions, reviewers=reviewers,
                      picked=" ".join(x for x in ids.replace(",", " ").split() if x))

    @app.post("/calibration")
    async def calibration_create(request: Request):
        user, csrf = require(request, "calibration_admin")
        data = await form(request, csrf, user.username)
        ids = [x for x in one(data, "interactions").replace(",", " ").split() if x]
        known = {r[0] for r in reader.query("SELECT interaction_id FROM fct_interaction WHERE list_contains(?, "
                                            "interaction_id)" if reader.dialect == "duckdb" else
                                            "SELECT interaction_id FROM fct_interaction WHERE interaction_id = ANY(?)",
                                            [ids])}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise Denied(400, "Unknown interactions: " + ", ".join(unknown))
        try:
            sid = calibration.create_session(store, one(data, "title") or "Calibration", ids,
                                             data.get("reviewers", []), user.username)
        except ValueError as exc:
            raise Denied(400, str(exc)) from exc
        return RedirectResponse(f"/calibration/{sid}", status_code=303)

    def calibration_session(user: auth.User, sid: str) -> dict:
        s = calibration.session(store, sid)
        if s is None or not (user.can("calibration_admin") or user.username in s["reviewers"]):
            raise Denied(404, "No such calibration session.")
        return s

    @app.get("/calibration/{sid}", response_class=HTMLResponse)
    def calibration_view(request: Request, sid: str):
        user, csrf = require(request, "calibrate")
        s = calibration_session(user, sid)
        is_reviewer = user.username in s["reviewers"]
        done = calibration.answered_items(store, sid, user.username) if is_reviewer else set()
        finished = is_reviewer and set(s["items"]) <= done
        # blind: a reviewer sees the report only after submitting every item; a lead who is not a reviewer sees it
        show_report = finished or (user.can("calibration_admin") and not is_reviewer)
        rep = calibration.report(store, s) if show_report else None
        progress = {r: len(calibration.answered_items(store, sid, r)) for r in s["reviewers"]}
        return render(request, "calibration.html", user, csrf, s=s, done=done, is_reviewer=is_reviewer,
                      report=rep, progress=progress)

    @app.get("/calibration/{sid}/item/{interaction_id}", response_class=HTMLResponse)
    def calibration_item(request: Request, sid: str, interaction_id: str):
        user, csrf = require(request, "calibrate")
        s = calibration_session(user, sid)
        if user.username not in s["reviewers"] or interaction_id not in s["items"]:
            raise Denied(404, "Not an item of yours in this session.")
        if interaction_id in calibration.answered_items(store, sid, user.username):
            return RedirectResponse(f"/calibration/{sid}", status_code=303)
        rec = load_detail(reader, interaction_id)
        return render(request, "calibration_item.html", user, csrf, s=s, rec=rec, results=RESULTS)

    @app.post("/calibration/{sid}/item/{interaction_id}")
    async def calibration_answer(request: Request, sid: str, interaction_id: str):
        user, csrf = require(request, "calibrate")
        data = await form(request, csrf, user.username)
        s = calibration_session(user, sid)
        if user.username not in s["reviewers"] or interaction_id not in s["items"]:
            raise Denied(404, "Not an item of yours in this session.")
        auto = {r[0]: r[1] for r in reader.query(
            "SELECT criterion_id, result FROM fct_criterion WHERE interaction_id = ?", [interaction_id])}
        answers = {k[2:]: v[0] for k, v in data.items() if k.startswith("a_") and v and k[2:] in auto}
        if len(answers) < len(auto):
            raise Denied(400, "Give a result for every criterion.")
        calibration.submit_answers(store, sid, interaction_id, user.username, answers, auto)
        return RedirectResponse(f"/calibration/{sid}", status_code=303)

    # --- scorecard, trends ---------------------------------------------------------------------
    @app.get("/scorecard", response_class=HTMLResponse)
    def scorecard_view(request: Request, agent: str | None = None, team: str | None = None):
        user, csrf = require(request, "scorecard")
        if user.is_agent:
            if agent not in (None, "", user.agent_id) or team:
                raise Denied(404, "Agents see their own scorecard only.")
            agent = user.agent_id
        data = scorecard_data(reader, agent or None, team or None)
        return render(request, "scorecard.html", user, csrf, data=data, agent=agent, team=team)

    @app.get("/trends", response_class=HTMLResponse)
    def trends_view(request: Request, date_from: str | None = None, date_to: str | None = None,
                    topic: str | None = None):
        user, csrf = require(request, "trends")
        from pipeline.app.trends_page import trends_data

        try:
            data = trends_data(reader, date_from, date_to, topic, settings.rules_dir)
        except ValueError as exc:
            raise Denied(400, str(exc)) from exc
        return render(request, "trends.html", user, csrf, data=data)

    # --- admin ---------------------------------------------------------------------------------
    @app.get("/admin/users", response_class=HTMLResponse)
    def admin_users(request: Request):
        user, csrf = require(request, "admin")
        users = store.query_dicts("SELECT username, role, agent_id, team, created_at, active FROM app_user ORDER BY 1")
        return render(request, "admin_users.html", user, csrf, users=users, roles=auth.ROLES)

    @app.post("/admin/users")
    async def admin_users_add(request: Request):
        user, csrf = require(request, "admin")
        data = await form(request, csrf, user.username)
        try:
            auth.add_user(store, one(data, "username"), one(data, "role"), one(data, "password"),
                          one(data, "agent_id") or None, one(data, "team") or None)
        except (auth.AuthError, ValueError) as exc:
            raise Denied(400, str(exc)) from exc
        store.audit(user.username, "user_add_web", one(data, "username"), one(data, "role"))
        return RedirectResponse("/admin/users", status_code=303)

    @app.get("/admin/audit", response_class=HTMLResponse)
    def admin_audit(request: Request):
        user, csrf = require(request, "admin")
        rows = store.query_dicts("SELECT * FROM app_audit ORDER BY audit_id DESC LIMIT 500")
        return render(request, "admin_audit.html", user, csrf, rows=rows)

    @app.get("/healthz")
    def health() -> Response:
        return Response("ok", media_type="text/plain")

    return app
