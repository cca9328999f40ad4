"""Draw the `tune2` sample of SPb appeals for hand-labelling customer sentiment (and print it).

    python scripts/sample_spb_sentiment_tune2.py [APPEALS_CSV] > /tmp/tune2.txt

Appeals with a non-empty text in none of the splits `report`, `tune` of
`tests/data/spb_appeals_sentiment_labels.csv`, ``random.Random(2028).sample(pool, 150)`` (`scripts/spb_sentiment_draw.py`).
"""

from spb_sentiment_draw import print_draw

if __name__ == "__main__":
    print_draw(("report", "tune"), seed=2028, size=150)
