"""Customers: identity hashes, cross-identity merging and repeat contacts, set-based over the warehouse.

Modules:

- ``identity``  Customer identity: normalised phones (E.164) and emails, and the keyed hashes stored for them.
- ``identity_key``  The per-deployment secret key of identity hashes (HMAC), never stored in the repository.
- ``merging``  Cross-identity customer merging, set-based over the warehouse.
- ``repeat``  Repeat contacts and first-contact resolution, set-based over the warehouse.
"""
