"""The QA workspace in the browser (issue 10): see pipeline.app.server.

Modules:

- ``auth``  Users, password hashing (argon2id), server-side sessions, CSRF tokens and the login rate limit.
- ``calibration``  Blind calibration sessions and their report: agreement between reviewers (Cohen's kappa for two, Fleiss' kappa for more) and between each reviewer and the automatic check, plus the disagreements.
- ``disputes``  Disputes of verdicts: an agent or team lead opens one with a reason, a lead accepts or rejects it; every step is an event kept as history (and copied to the warehouse's ``qa_dispute_event``).
- ``interaction``  One interaction for its page: transcript split into evidence-marked pieces, criteria, flags, topics, the customer's sentiment as chart points, the repeat-contact chain and call metrics.
- ``queue``  The review queue as a web page: filters from the URL, sorting and paging over ``qa_review_queue``.
- ``reader``  Read access to the warehouse for the web workspace, safe while a night is loading.
- ``redact``  Free text typed in the workspace (verdict comments, dispute reasons) is redacted like transcripts before it is stored, so no page, log line, warehouse row or export carries personal data.
- ``scorecard``  Agent and team scorecard: criteria pass rates beside the team's, QA score per night.
- ``server``  The QA workspace: a FastAPI app with server-rendered Jinja2 pages (``servicelens app``).
- ``store``  The QA workspace's own store: users, sessions, audit log, verdicts, calibration, disputes.
- ``sync``  Copy the workspace's verdicts, calibration answers and dispute events into the warehouse.
- ``trends_page``  Complaint trends as a page: the statistical test of ``servicelens trends`` with drill-down.
- ``verdicts``  Reviewer verdicts from the workspace and the agreement figures of ``servicelens review --agreement``.
"""
