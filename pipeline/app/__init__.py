"""The QA workspace in the browser (issue 10): see pipeline.app.server."""
