"""Analyst access that cannot write, by construction of the connection (never by filtering SQL text).

* DuckDB: a read-only connection opened with the engine's own switches: ``access_mode=READ_ONLY``,
  ``enable_external_access=false`` (no ATTACH, COPY TO/FROM, ``read_text``/``read_csv``/``glob``,
  extension install or load, replacement scans), no extension autoload/autoinstall, no persistent
  secrets, and ``lock_configuration=true`` so that no ``SET``/``RESET`` can switch any of it back.
* PostgreSQL: a session read-only flag is not enough (``BEGIN READ WRITE`` overrides it), so analyst
  SQL runs only as a role that can do nothing but SELECT: :func:`write_privileges` lists what the
  connected role could change and ``servicelens query`` refuses to run as a role that could;
  :func:`grant_readonly_statements` creates such a role (``servicelens grant-readonly``).
"""

from __future__ import annotations

from typing import Any

DUCKDB_READER_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "allow_persistent_secrets": False,
    "lock_configuration": True,  # last: once locked, nothing above can be changed by a query
}


def write_privileges(con: Any) -> list[str]:
    """What the current PostgreSQL role could change (empty for a SELECT-only role).

    ``con`` is a psycopg connection. Checks superuser, membership of the server-file roles, CREATE on
    the database and on the schemas in the search path, and any write privilege on their tables.
    """
    found: list[str] = []
    row = con.execute(
        "SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, "
        "pg_has_role(current_user, 'pg_write_server_files', 'MEMBER'), "
        "pg_has_role(current_user, 'pg_read_server_files', 'MEMBER'), "
        "pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER'), "
        "has_database_privilege(current_database(), 'CREATE') "
        "FROM pg_roles r WHERE r.rolname = current_user").fetchone()
    name, superuser, createrole, createdb, write_files, read_files, program, create_db_obj = row
    for flag, what in ((superuser, "is a superuser"), (createrole, "may create roles"),
                       (createdb, "may create databases"), (write_files, "may write server files"),
                       (read_files, "may read server files"), (program, "may run server programs"),
                       (create_db_obj, "may create schemas in this database")):
        if flag:
            found.append(f"role {name} {what}")
    for (schema,) in con.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname = ANY (current_schemas(false)) "
            "AND has_schema_privilege(nspname, 'CREATE')").fetchall():
        found.append(f"role {name} may create objects in schema {schema}")
    for schema, table in con.execute(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' "
            "AND (has_table_privilege(c.oid, 'INSERT') OR has_table_privilege(c.oid, 'UPDATE') "
            "OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') "
            "OR has_table_privilege(c.oid, 'TRIGGER') OR pg_has_role(c.relowner, 'USAGE')) "
            "ORDER BY 1, 2 LIMIT 5").fetchall():
        found.append(f"role {name} may change {schema}.{table}")
    return found


def grant_readonly_statements(role: str, password: str | None, database: str, schema: str = "public") -> list[Any]:
    """SQL (as ``psycopg.sql`` objects, identifiers and literals quoted by psycopg) that creates or
    refreshes a LOGIN role able only to SELECT the tables and views of ``schema``."""
    from psycopg import sql

    r, s = sql.Identifier(role), sql.Identifier(schema)
    create = sql.SQL(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {name}) THEN "
        "CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT; END IF; END $$"
    ).format(name=sql.Literal(role), role=r)
    statements: list[Any] = [create]
    if password is not None:
        statements.append(sql.SQL("ALTER ROLE {role} PASSWORD {pw}").format(role=r, pw=sql.Literal(password)))
    statements += [
        sql.SQL("ALTER ROLE {role} SET default_transaction_read_only = on").format(role=r),
        sql.SQL("GRANT CONNECT ON DATABASE {db} TO {role}").format(db=sql.Identifier(database), role=r),
        sql.SQL("GRANT USAGE ON SCHEMA {schema} TO {role}").format(schema=s, role=r),
        sql.SQL("REVOKE CREATE ON SCHEMA {schema} FROM {role}").format(schema=s, role=r),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}").format(schema=s, role=r),
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {role}").format(schema=s, role=r),
    ]
    return statements
