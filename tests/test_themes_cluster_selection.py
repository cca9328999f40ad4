"""``cluster_selection`` (rules/themes.yaml) reaches HDBSCAN: excess of mass keeps a problem whose wordings
form sub-groups as one cluster, leaf splits it into its sub-groups."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from pipeline.themes import ThemeConfig, load_theme_config
from pipeline.themes.cluster import cluster


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _two_problems_of_three_wordings(seed: int = 5) -> tuple[np.ndarray, np.ndarray]:
    rnd = np.random.default_rng(seed)
    problems = _unit(rnd.normal(size=(2, 64))) * 4
    rows, truth = [], []
    for p, centre in enumerate(problems):
        for _ in range(3):
            wording = centre + rnd.normal(size=64) * 0.04  # wordings of one problem: close sub-groups
            rows.append(wording + rnd.normal(size=(40, 64)) * 0.05)
            truth += [p] * 40
    return _unit(np.vstack(rows)).astype(np.float32), np.array(truth)


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_eom_keeps_a_problem_whole_and_leaf_splits_its_wordings(seed: int) -> None:
    vectors, truth = _two_problems_of_three_wordings(seed)
    eom = cluster(vectors, ThemeConfig(cluster_selection="eom", pca_dims=16))
    leaf = cluster(vectors, ThemeConfig(cluster_selection="leaf", pca_dims=16))
    n_eom, n_leaf = len(set(eom.tolist()) - {-1}), len(set(leaf.tolist()) - {-1})
    assert n_eom == 2 and n_leaf >= 6, (n_eom, n_leaf)
    assert (eom >= 0).all()
    for k in set(eom.tolist()) - {-1}:  # each eom cluster is one problem
        assert len(set(truth[eom == k].tolist())) == 1


def test_the_shipped_setting_and_its_validation() -> None:
    assert load_theme_config().cluster_selection == "eom"
    with pytest.raises(ValidationError):
        ThemeConfig(cluster_selection="flat")
