"""Draw the `report2` sample of SPb appeals for hand-labelling customer sentiment (and print it).

    python scripts/sample_spb_sentiment_report2.py [APPEALS_CSV] > /tmp/report2.txt

Appeals with a non-empty text in none of the splits `report`, `tune`, `tune2`, `tune3`, `tune4` of
`tests/data/spb_appeals_sentiment_labels.csv`, ``random.Random(2031).sample(pool, 200)`` (`scripts/spb_sentiment_draw.py`).
"""

from spb_sentiment_draw import print_draw

if __name__ == "__main__":
    print_draw(("report", "tune", "tune2", "tune3", "tune4"), seed=2031, size=200)
