"""Channel segments → turns: role mapping, time order, splitting, the mono heuristic."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.model import Speaker
from pipeline.transcribe.merge import group_turns, label_mono, label_stereo, split_on_pauses, to_turns
from pipeline.transcribe.normalize import normalize_text
from pipeline.transcribe.options import MergeOptions
from transcribe_helpers import seg

OPTS = MergeOptions()
LEFT = [seg(0.5, 3.0, "Здравствуйте меня зовут Ольга"), seg(8.0, 10.0, "Понимаю вас")]
RIGHT = [seg(3.8, 7.0, "У меня не работает интернет"), seg(9.2, 11.0, "Да да")]


def _speakers_and_text(labelled, options=OPTS):
    return [(d.speaker, d.text) for d in group_turns(labelled, options)]


def test_left_channel_is_the_agent_by_default():
    turns = _speakers_and_text(label_stereo([LEFT, RIGHT], agent_channel=0, options=OPTS))
    assert turns == [
        (Speaker.AGENT, "Здравствуйте меня зовут Ольга"),
        (Speaker.CUSTOMER, "У меня не работает интернет"),
        (Speaker.AGENT, "Понимаю вас"),
        (Speaker.CUSTOMER, "Да да"),
    ]


def test_agent_on_the_right_channel_swaps_roles():
    turns = _speakers_and_text(label_stereo([LEFT, RIGHT], agent_channel=1, options=OPTS))
    assert turns[0] == (Speaker.CUSTOMER, "Здравствуйте меня зовут Ольга")
    assert turns[1] == (Speaker.AGENT, "У меня не работает интернет")


def test_turns_are_ordered_by_start_time_even_when_overlapping():
    left = [seg(0.0, 6.0, "один два три четыре пять шесть")]
    right = [seg(4.5, 5.5, "стоп")]  # starts inside the agent's speech
    drafts = group_turns(label_stereo([left, right], 0, OPTS), OPTS)
    assert [d.start for d in drafts] == sorted(d.start for d in drafts)
    assert [d.speaker for d in drafts] == [Speaker.AGENT, Speaker.CUSTOMER]


def test_close_segments_of_one_speaker_are_joined_and_far_ones_kept_apart():
    left = [seg(0.0, 2.0, "добрый день"), seg(2.5, 4.0, "слушаю вас"), seg(9.0, 10.0, "алло")]
    drafts = group_turns(label_stereo([left, []], 0, OPTS), OPTS)
    assert [d.text for d in drafts] == ["добрый день слушаю вас", "алло"]


def test_a_segment_spanning_the_other_partys_turn_is_split_at_the_pause():
    # Whisper put the agent's two phrases into one segment; the customer spoke in the 4 s gap
    long = seg(0.0, 2.0, "первая фраза")
    later = seg(6.0, 8.0, "вторая фраза")
    merged = long.__class__(0.0, 8.0, "первая фраза вторая фраза", long.words + later.words)
    pieces = split_on_pauses([merged], gap_s=1.0)
    assert [p.text for p in pieces] == ["первая фраза", "вторая фраза"]
    drafts = group_turns(label_stereo([[merged], [seg(2.5, 5.5, "ответ клиента")]], 0, OPTS), OPTS)
    assert [(d.speaker, d.text) for d in drafts] == [
        (Speaker.AGENT, "первая фраза"),
        (Speaker.CUSTOMER, "ответ клиента"),
        (Speaker.AGENT, "вторая фраза"),
    ]


def test_mono_roles_alternate_at_pauses_and_questions_and_are_marked_inferred():
    segments = [
        seg(0.0, 2.0, "Добрый день, слушаю вас."),
        seg(2.2, 3.0, "Чем помочь?"),  # same speaker: short pause
        seg(3.3, 5.0, "Интернет не работает."),  # after a question: the other speaker
        seg(6.5, 8.0, "Сейчас проверю."),  # after a long pause: the other speaker
    ]
    drafts = group_turns(label_mono(segments, OPTS), OPTS)
    assert [d.speaker for d in drafts] == [Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT]
    start = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    turns = to_turns(drafts, start, "ru", 0.9, True, normalize_text)
    assert all(t.role_inferred for t in turns)
    assert [t.index for t in turns] == [0, 1, 2]
    assert turns[2].started_at == start + timedelta(seconds=6.5)
    assert turns[0].normalized_text == "добрый день слушаю вас чем помочь"


def test_mono_first_speaker_is_configurable():
    options = MergeOptions(mono_first_speaker="customer")
    drafts = group_turns(label_mono([seg(0, 1, "алло"), seg(3, 4, "здравствуйте")], options), options)
    assert [d.speaker for d in drafts] == [Speaker.CUSTOMER, Speaker.AGENT]


def test_a_dangling_preposition_rejoins_its_sentence_but_content_words_stay():
    # "…десяти дней до" | customer | "свидания." — Whisper timed "до" before the customer's turn
    agent = [seg(16.6, 22.9, "вернём в течение десяти дней до"), seg(26.5, 27.1, "свидания.")]
    drafts = group_turns(label_stereo([agent, [seg(23.4, 24.8, "Понятно, спасибо.")]], 0, OPTS), OPTS)
    assert [d.text for d in drafts] == ["вернём в течение десяти дней", "Понятно, спасибо.", "до свидания."]
    assert drafts[-1].start == 26.5
    # a content word at the cut, or a next piece that starts a new sentence, is a real boundary
    for left in (
        [seg(0.0, 3.0, "сейчас проверю ваш счёт"), seg(6.0, 8.0, "вижу двойное списание.")],
        [seg(0.0, 3.0, "спасибо что позвонили и"), seg(6.0, 8.0, "Всего доброго.")],
    ):
        drafts = group_turns(label_stereo([left, [seg(3.5, 5.5, "да")]], 0, OPTS), OPTS)
        assert [d.text for d in drafts] == [left[0].text, "да", left[1].text]
