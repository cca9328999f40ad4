"""Process-level helpers every stage may use: GC pause around bulk work, degradation warnings, secret files.

Modules:

- ``degradation``  Warnings that weaken a night without stopping it: recorded so the run is marked ``degraded``.
- ``gc_pause``  Pausing Python's cyclic garbage collector around bulk work.
- ``memory``  This process's memory, for the night's record of where its peak came from (docs/SCALE.md).
- ``rules_cache``  One process-wide cache for what is built from the rules and models folders.
- ``secret_files``  Per-deployment secrets kept in files that only the owner can read (mode 0600).
"""
