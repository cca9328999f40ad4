"""Packaging glue that pyproject.toml cannot express (everything else is in pyproject.toml).

The project keeps ``rules/``, ``models/`` and ``demo/`` at its root (the fixed layout). A wheel
carries them inside the package as ``pipeline/defaults/{rules,models,demo}``, so a non-editable
``pip install .`` finds its rules and models; ``pipeline.config`` says which folder wins.
"""

from setuptools import find_packages, setup

BUNDLED = {"pipeline.defaults.rules": "rules", "pipeline.defaults.models": "models",
           "pipeline.defaults.demo": "demo"}

setup(
    packages=find_packages(include=["pipeline", "pipeline.*"]) + list(BUNDLED),
    package_dir=BUNDLED,
    package_data={
        "pipeline": ["warehouse/sql/**/*.sql", "warehouse/sql/**/*.yaml", "app/templates/*.html",
                     "app/static/*"],
        **{name: ["**/*"] for name in BUNDLED},
    },
)
