"""The SPb city appeals as a topic test for the zero-shot bench scripts: one loader instead of three copies.

Category ids repeat names (several ids are «Благоустройство»), so a category is its name; topics are named
``c0``, ``c1``, … in the order the names first appear in ``reasons.csv``. Texts are cut to 1,000 characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

TAXONOMIES = Path(__file__).parent / "taxonomies"
Topics = dict[str, tuple[str, list[str]]]  # topic -> (description, seed phrases)


@dataclass(frozen=True)
class SpbCategories:
    appeals: pd.DataFrame  # every appeal with a non-empty text
    name_of: dict[str, str]  # category id -> category name
    topic_of: dict[str, str]  # category name -> topic (c0, c1, …)
    reason_names: dict[str, list[str]]  # category name -> its reasons' names
    written: dict[str, dict]  # bench/taxonomies/spb_categories_ru.yaml: name -> description, seeds

    @classmethod
    def load(cls, data: Path) -> SpbCategories:
        base = data / "spb_citizen_complaints_ru"
        reasons = pd.read_csv(base / "reasons.csv", dtype=str, keep_default_na=False)
        appeals = pd.read_csv(base / "appeals.csv", dtype=str, keep_default_na=False)
        name_of = reasons.drop_duplicates("category_id").set_index("category_id")["category"].to_dict()
        names = list(dict.fromkeys(name_of.values()))
        written = yaml.safe_load((TAXONOMIES / "spb_categories_ru.yaml").read_text(encoding="utf-8"))["categories"]
        return cls(
            appeals=appeals[appeals["text"].str.strip() != ""],
            name_of=name_of,
            topic_of={n: f"c{i}" for i, n in enumerate(names)},
            reason_names={n: reasons.loc[reasons["category"] == n, "reason"].drop_duplicates().tolist() for n in names},
            written=written,
        )

    @property
    def names(self) -> list[str]:
        return list(self.topic_of)

    def texts(self, frame: pd.DataFrame) -> list[str]:
        return [t[:1000] for t in frame["text"]]

    def gold(self, frame: pd.DataFrame) -> list[str]:
        return [self.topic_of.get(self.name_of.get(c, ""), "unknown") for c in frame["category_id"]]

    def name_topics(self, with_reasons: bool) -> Topics:
        """The portal's category names alone, or with their reasons' names as seed phrases."""
        return {self.topic_of[n]: (n, self.reason_names[n] if with_reasons else []) for n in self.names}

    def written_topics(self, with_reasons: bool) -> Topics:
        """The taxonomy written from the names (description + seeds), optionally plus the reasons' names."""
        return {self.topic_of[n]: (f"{n}. {self.written[n]['description']}",
                                   self.written[n]["seeds"] + (self.reason_names[n] if with_reasons else []))
                for n in self.names}
