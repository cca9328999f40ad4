"""Reports for people: HTML pages with matplotlib PNGs, written into ``outputs/reports/``.

Modules:

- ``themes_section``  The trends report's section on emerging complaint themes: the latest night's emerging themes in the period, their size per day as a plot, keywords, why they are emerging and redacted examples.
- ``trends_report``  The trends report: one HTML page plus the PNGs it shows, written into ``outputs/reports/``.
"""
