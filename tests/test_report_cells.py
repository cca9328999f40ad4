"""Reports never print Python's None / nan (issue 17, item 6): the trends report over a period whose
previous period is empty (the README example before the fix)."""

import re
from datetime import timedelta

from click.testing import CliRunner

from pipeline.commands.trends import trends
from pipeline.warehouse import Warehouse

from test_trends import START, build


def test_trends_report_with_an_empty_previous_period_prints_no_none(duckdb_url, tmp_path):
    with Warehouse.connect(duckdb_url) as wh:
        build(wh)
    out = tmp_path / "reports"
    res = CliRunner().invoke(trends, ["--from", str(START), "--to", str(START + timedelta(days=6)),
                                      "--warehouse", duckdb_url, "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "None" not in res.output
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", html)
    assert cells and not [c for c in cells if c.strip() in ("None", "nan", "NaN", "<NA>", "inf")]
