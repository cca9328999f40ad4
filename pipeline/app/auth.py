"""Users, password hashing (argon2id), server-side sessions, CSRF tokens and the login rate limit."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pipeline.app.store import Store, utcnow

ROLES = ("reviewer", "lead", "agent", "admin")
SESSION_HOURS = 12
LOGIN_WINDOW_MIN = 5
LOGIN_MAX_FAILURES = 5

_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    username: str
    role: str
    agent_id: str | None = None
    team: str | None = None

    @property
    def is_agent(self) -> bool:
        return self.role == "agent"

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS.get(permission, ())


# who may do what; an agent additionally sees only their own interactions (pipeline.app.access)
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "queue": ("reviewer", "lead", "agent", "admin"),
    "verdict": ("reviewer", "lead", "admin"),
    "calibrate": ("reviewer", "lead", "admin"),
    "calibration_admin": ("lead", "admin"),
    "dispute_open": ("agent", "lead"),
    "dispute_resolve": ("lead", "admin"),
    "scorecard": ("reviewer", "lead", "agent", "admin"),
    "trends": ("reviewer", "lead", "admin"),
    "admin": ("admin",),
}


class AuthError(ValueError):
    """Wrong credentials, unknown role or too many attempts."""


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(store: Store, username: str, role: str, password: str, agent_id: str | None = None,
             team: str | None = None) -> User:
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    if role == "agent" and not agent_id:
        raise AuthError("an agent account needs --agent-id (the agent_id the warehouse uses)")
    if len(password) < 8:
        raise AuthError("the password must have at least 8 characters")
    with store.transaction() as con:
        con.execute(
            "INSERT INTO app_user (username, role, agent_id, team, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (username) DO UPDATE SET role = excluded.role, agent_id = excluded.agent_id, "
            "team = excluded.team, password_hash = excluded.password_hash, active = 1",
            (username, role, agent_id, team, _hasher.hash(password), utcnow()))
        store.audit(None, "user_add", username, f"role={role}", con=con)
    return User(username, role, agent_id, team)


def get_user(store: Store, username: str) -> User | None:
    rows = store.query("SELECT username, role, agent_id, team FROM app_user WHERE username = ? AND active = 1",
                       (username,))
    return User(*rows[0]) if rows else None


def _recent_failures(store: Store, key: str) -> int:
    since = (datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(minutes=LOGIN_WINDOW_MIN)).isoformat()
    return store.query("SELECT count(*) FROM app_login_attempt WHERE key = ? AND at >= ? AND ok = 0",
                       (key, since))[0][0]


def login(store: Store, username: str, password: str, client: str) -> tuple[User, str, str]:
    """Check a password; returns (user, session token, CSRF token). Rate-limited per user and client."""
    keys = [f"user:{username.lower()}", f"client:{client}"]
    if any(_recent_failures(store, k) >= LOGIN_MAX_FAILURES for k in keys):
        store.audit(username, "login_throttled", client)
        raise AuthError(f"too many failed logins: wait {LOGIN_WINDOW_MIN} minutes")
    rows = store.query("SELECT password_hash FROM app_user WHERE username = ? AND active = 1", (username,))
    ok = False
    if rows:
        try:
            ok = _hasher.verify(rows[0][0], password)
        except (VerificationError, InvalidHashError):
            ok = False
    with store.transaction() as con:
        for k in keys:
            con.execute("INSERT INTO app_login_attempt (key, at, ok) VALUES (?, ?, ?)", (k, utcnow(), int(ok)))
        store.audit(username, "login" if ok else "login_failed", client, con=con)
    if not ok:
        raise AuthError("wrong user name or password")
    user = get_user(store, username)
    if user is None:  # deactivated between the password check and now
        raise AuthError("wrong user name or password")
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = (datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(hours=SESSION_HOURS)).isoformat()
    store.execute("INSERT INTO app_session (token_hash, username, csrf_token, created_at, expires_at) "
                  "VALUES (?, ?, ?, ?, ?)", (_token_hash(token), username, csrf, utcnow(), expires))
    return user, token, csrf


def session_user(store: Store, token: str | None) -> tuple[User, str] | None:
    """The user and CSRF token of a live session cookie, or None."""
    if not token:
        return None
    rows = store.query("SELECT username, csrf_token, expires_at FROM app_session WHERE token_hash = ?",
                       (_token_hash(token),))
    if not rows or rows[0][2] < utcnow():
        return None
    user = get_user(store, rows[0][0])
    return (user, rows[0][1]) if user else None


def logout(store: Store, token: str | None) -> None:
    if token:
        store.execute("DELETE FROM app_session WHERE token_hash = ?", (_token_hash(token),))


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected and given and hmac.compare_digest(expected, given))
