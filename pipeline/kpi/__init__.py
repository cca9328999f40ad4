"""KPIs: contact timings, SLA thresholds and rising complaint topics.

Modules:

- ``config``  ``rules/kpi.yaml`` as typed settings, and the one place SLA thresholds are read from.
- ``timings``  Contact timings derived from turns: handle time and first response time.
- ``trends``  Rising complaint topics between two periods, by a statistical test rather than raw deltas.
"""
