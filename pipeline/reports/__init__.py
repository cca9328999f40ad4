"""Reports for people: HTML pages with matplotlib PNGs, written into ``outputs/reports/``."""
