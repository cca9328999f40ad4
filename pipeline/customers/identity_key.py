"""The per-deployment secret key of identity hashes (HMAC), never stored in the repository.

Where the key comes from, first match wins:

1. the environment variable named by ``key_env`` in ``rules/identity.yaml``
   (default ``SERVICELENS_IDENTITY_KEY``);
2. the key file ``key_file`` (default ``outputs/secrets/identity.key``, git-ignored), created with
   a random key and mode 0600 on the first run.

The bundled demo (a source under ``demo/``) always uses :data:`DEMO_IDENTITY_KEY`, a public key
so that demo warehouses are reproducible. A run on any other source that would use the demo key
refuses to start: its hashes could be reversed by anyone who has read this file.

Rotating the key (a new file or variable) changes every identity hash: contacts after the
rotation no longer match customers before it (repeat contacts, FCR and customer merges do not
link across it), and surveys are matched by the new hashes only. See README "Personal data".
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import DEFAULT_DEMO_DIR, PROJECT_ROOT, ConfigError
from pipeline.runtime.secret_files import DEFAULT_SECRETS_DIR, secret_from_env_or_file

DEMO_IDENTITY_KEY = "servicelens-demo-identity-key-PUBLIC-do-not-use-in-production"
DEFAULT_IDENTITY_KEY_ENV = "SERVICELENS_IDENTITY_KEY"
DEFAULT_IDENTITY_KEY_FILE = DEFAULT_SECRETS_DIR / "identity.key"
DEMO_SOURCE_DIR = DEFAULT_DEMO_DIR
MIN_KEY_LENGTH = 16


class DemoKeyRefused(ConfigError):
    """A run on real data was about to hash identities with the public demo key."""


def is_demo_source(source: str | Path) -> bool:
    """Whether ``source`` is the bundled demo data (a folder under the project's ``demo/``)."""
    try:
        return Path(source).resolve().is_relative_to(DEMO_SOURCE_DIR.resolve())
    except (OSError, ValueError):
        return False


def resolve_identity_key(key_env: str = DEFAULT_IDENTITY_KEY_ENV, key_file: str | Path | None = None,
                         demo: bool = False) -> tuple[str, str]:
    """(key, where it came from) for a run; raises :class:`DemoKeyRefused` / ``ConfigError``."""
    if demo:
        return DEMO_IDENTITY_KEY, "the public demo key (demo data)"
    path = Path(key_file) if key_file else DEFAULT_IDENTITY_KEY_FILE
    if not path.is_absolute():
        path = PROJECT_ROOT / path
    key, origin = secret_from_env_or_file(key_env, path)
    if key == DEMO_IDENTITY_KEY:
        raise DemoKeyRefused(
            f"refusing to start: the identity key from {origin} is the public demo key, and this run's "
            f"source is not the bundled demo. Identity hashes made with it can be reversed by anyone. "
            f"Unset {key_env} (a random key file is then created) or set it to a secret of your own.")
    if len(key) < MIN_KEY_LENGTH:
        raise ConfigError(f"the identity key from {origin} is too short ({len(key)} characters, "
                          f"at least {MIN_KEY_LENGTH}): use a long random secret")
    return key, origin
