"""Servicelens: nightly conversation analytics for customer-service teams."""

__version__ = "0.1.0"
