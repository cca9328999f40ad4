"""Draw the `tune4` sample of SPb appeals for hand-labelling customer sentiment (and print it).

    python scripts/sample_spb_sentiment_tune4.py [APPEALS_CSV] > /tmp/tune4.txt

Appeals with a non-empty text in none of the splits `report`, `tune`, `tune2`, `tune3` of
`tests/data/spb_appeals_sentiment_labels.csv`, ``random.Random(2030).sample(pool, 300)`` (`scripts/spb_sentiment_draw.py`).
"""

from spb_sentiment_draw import print_draw

if __name__ == "__main__":
    print_draw(("report", "tune", "tune2", "tune3"), seed=2030, size=300)
