"""Per-deployment secrets kept in files that only the owner can read (mode 0600).

A secret comes from an environment variable when it is set, else from a key file that is created
on first use with ``os.open(..., O_CREAT | O_EXCL, 0o600)`` (so it is never readable by others,
not even for a moment). Secrets never live in the repository: the default files are under the
git-ignored ``outputs/secrets/``.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from pipeline.config import DEFAULT_OUTPUTS_DIR, ConfigError

DEFAULT_SECRETS_DIR = DEFAULT_OUTPUTS_DIR / "secrets"


def read_or_create_secret(path: str | Path, nbytes: int = 32) -> str:
    """The secret in ``path``; a fresh random one (hex) is written there, mode 0600, when it is missing."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it first: use theirs
            return read_or_create_secret(path, nbytes)
        text = secrets.token_hex(nbytes)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        return text
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigError(f"{path}: key file is readable by others (mode {mode:o}); run `chmod 600 {path}`")
    if not text:
        raise ConfigError(f"{path}: key file is empty; delete it to create a new key (see README: key rotation)")
    return text


def secret_from_env_or_file(env_var: str, path: str | Path) -> tuple[str, str]:
    """(secret, where it came from): ``env_var`` when set and not empty, else the key file."""
    value = os.environ.get(env_var, "").strip()
    if value:
        return value, f"environment variable {env_var}"
    return read_or_create_secret(path), f"key file {Path(path).expanduser()}"
