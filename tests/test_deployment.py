"""The 02:00 deployment in prefect.yaml points at the real flow with a valid schedule."""

import importlib
from pathlib import Path

import yaml
from prefect.schedules import Cron

PROJECT = Path(__file__).resolve().parent.parent


def test_prefect_yaml_schedules_the_nightly_flow_at_two():
    config = yaml.safe_load((PROJECT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = config["deployments"]
    module_path, flow_name = deployment["entrypoint"].split(":")
    module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
    flow = getattr(module, flow_name)
    assert flow.name == "nightly"
    (schedule,) = deployment["schedules"]
    assert schedule["cron"] == "0 2 * * *"
    Cron(schedule["cron"], timezone=schedule["timezone"])  # valid cron and zone
    assert set(deployment["parameters"]) <= set(flow.parameters.properties)
