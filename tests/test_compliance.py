"""Scorecard engine on real-looking contacts: the Russian traps, calls, SLA, score and stage."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.scoring.scorecard_engine import ScorecardEngine, qa_score
from pipeline.scoring.stage import score_stage
from pipeline.model import (
    AudioMetrics,
    Channel,
    CriterionResult,
    CustomerRef,
    Interaction,
    InteractionSentiment,
    SignalResult,
    Speaker,
    Status,
    Turn,
)

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


def chat(turns: list[tuple[str, str]], lang: str = "ru", gap_s: float = 30, channel=Channel.CHAT, **kw) -> Interaction:
    built = [Turn(i, Speaker(s), text, started_at=T0 + timedelta(seconds=gap_s * i)) for i, (s, text) in enumerate(turns)]
    return Interaction(f"{channel.value}:t", channel, T0, turns=built, language=lang, **kw)


def call(turns: list[tuple[str, float, float, str]], lang: str = "ru", **kw) -> Interaction:
    built = [Turn(i, Speaker(s), text, start_s=a, end_s=b) for i, (s, a, b, text) in enumerate(turns)]
    return Interaction("call:t", Channel.CALL, T0, turns=built, language=lang, status=Status.TRANSCRIBED, **kw)


def results(engine: ScorecardEngine, inter: Interaction) -> dict[str, CriterionResult]:
    return {r.criterion_id: r for r in engine.evaluate(inter)}


GOOD_RU = [
    ("customer", "Добрый день, не работает интернет"),
    ("agent", "Здравствуйте, [NAME]! Меня зовут Ольга, компания «Ладога Телеком». Подскажите, пожалуйста, адрес?"),
    ("customer", "Садовая 12"),
    ("agent", "Оформила заявку, мастер приедет завтра с 10 до 14. Всё понятно?"),
    ("customer", "Спасибо"),
    ("agent", "Могу ли я ещё чем-то помочь? Спасибо за обращение, всего доброго!"),
]


def test_good_russian_chat_passes_everything_with_evidence(engine):
    inter = engine.score(chat(GOOD_RU))
    res = {r.criterion_id: r for r in inter.criteria}
    for cid in ("greeting", "introduction", "name_use", "need_identification", "solution_next_steps",
                "resolution_check", "more_help", "closing", "no_blame_shifting", "no_rudeness", "first_response_sla"):
        assert res[cid].result == "pass", (cid, res[cid].note)
    greeting = res["greeting"].evidence[0]
    assert inter.turns[greeting.turn_index].text[greeting.start:greeting.end] == "Здравствуйте"
    assert res["empathy"].result == "na" and res["complaint_handling"].result == "na"
    assert inter.qa_score == 100.0
    assert res["greeting"].scorecard == "ladoga_ru"


def test_late_greeting_fails(engine):
    inter = chat([
        ("customer", "у меня не работает тв"),
        ("agent", "Номер договора?"),
        ("customer", "4455667"),
        ("agent", "Перезагрузите приставку."),
        ("agent", "Здравствуйте, кстати. Помогло?"),
    ])
    assert results(engine, inter)["greeting"].result == "fail"


def test_name_said_only_by_the_customer_is_not_name_use(engine):
    inter = chat([
        ("customer", "Добрый день, меня зовут [NAME], хочу сменить тариф"),
        ("agent", "Добрый день! Какой тариф вас интересует?"),
    ])
    assert results(engine, inter)["name_use"].result == "fail"


def test_agent_self_introduction_is_not_name_use(engine):
    inter = chat([("customer", "Алло"), ("agent", "Добрый день, меня зовут [NAME], Ладога Телеком.")])
    res = results(engine, inter)
    assert res["name_use"].result == "fail"
    assert res["introduction"].result == "pass"


def test_customer_name_from_metadata_counts(engine):
    inter = chat([("customer", "Привет"), ("agent", "Здравствуйте, Мария! Чем помочь?")],
                 customer=CustomerRef(name="Мария Иванова"))
    assert results(engine, inter)["name_use"].result == "pass"


def test_thanks_said_by_the_customer_does_not_count_for_the_agent(engine):
    inter = chat([
        ("customer", "Здравствуйте, какой у меня баланс?"),
        ("agent", "Здравствуйте! Баланс 340 рублей."),
        ("customer", "Спасибо большое, до свидания"),
    ])
    assert results(engine, inter)["closing"].result == "fail"


def test_negation_guard_cannot_help_is_not_an_offer_of_help(engine):
    base = [("customer", "Здравствуйте, можно онлайн?"), ("agent", "Здравствуйте!")]
    refused = results(engine, chat(base + [("agent", "К сожалению, больше ничем не могу вам помочь.")]))
    offered = results(engine, chat(base + [("agent", "Могу ли я вам ещё чем-то помочь?")]))
    assert refused["more_help"].result == "fail"
    assert offered["more_help"].result == "pass"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "не переживайте если что звоните нам", "pass"),         # «не» before the condition: not the offer's
    ("ru", "если не заработает перезвоните нам снова", "pass"),    # «не» of the condition's own verb
    ("ru", "если что то пойдет не так звоните нам поможем", "pass"),
    ("ru", "к сожалению больше ничем не могу помочь", "fail"),     # a refusal stays a refusal
    ("ru", "не могу ничем помочь если что", "fail"),
    ("en", "don't worry if anything comes up just give us a call", "pass"),
    ("en", "unfortunately i can't help with anything else", "fail"),
])
def test_a_condition_is_a_clause_of_its_own_in_a_transcript(engine, lang, text, expected):
    """Unpunctuated calls: a negation before «если» / "if", or inside the condition, does not cancel the offer."""
    hello = "добрый день" if lang == "ru" else "hello"
    turns = [("agent", 0, 4, hello), ("customer", 4.5, 8, "ок"), ("agent", 8.5, 14, text)]
    assert results(engine, call(turns, lang=lang))["more_help"].result == expected


def test_negated_guarantee_is_not_a_forbidden_promise(engine):
    base = [("customer", "Гарантируете скорость?"), ("agent", "Здравствуйте!")]
    negated = results(engine, chat(base + [("agent", "Не могу гарантировать точную скорость по Wi-Fi.")]))
    promised = results(engine, chat(base + [("agent", "Гарантирую, что всё будет работать идеально.")]))
    assert negated["no_forbidden_promises"].result == "pass"
    assert promised["no_forbidden_promises"].result == "fail"
    assert promised["no_forbidden_promises"].critical


def test_blame_shifting_and_transfer_excuses_the_redirect(engine):
    shifted = results(engine, chat([("customer", "Вопрос по счёту"), ("agent", "Это не ко мне, звоните в бухгалтерию.")]))
    redirect = results(engine, chat([("customer", "Вопрос по роумингу"),
                                     ("agent", "Это вопрос другого отдела, сейчас переведу вас на специалиста.")]))
    assert shifted["no_blame_shifting"].result == "fail"
    assert {e.text for e in shifted["no_blame_shifting"].evidence} >= {"не ко мне"}
    assert redirect["no_blame_shifting"].result == "pass"


def test_rudeness_is_critical_and_zeroes_the_score(engine):
    inter = engine.score(chat([
        ("customer", "Почему опять нет интернета?"),
        ("agent", "Здравствуйте, [NAME]. Я же вам вчера сказала, идут работы."),
    ]))
    res = {r.criterion_id: r for r in inter.criteria}
    assert res["no_rudeness"].result == "fail"
    assert inter.qa_score == 0.0


def test_yo_case_and_asr_output_match(engine):
    inter = call([
        ("agent", 0, 5, "ЛАДОГА ТЕЛЕКОМ ЗДРАВСТВУЙТЕ МЕНЯ ЗОВУТ АЛЁНА"),
        ("customer", 5.5, 8, "здравствуйте у меня нет связи"),
        ("agent", 8.5, 12, "[NAME] ещё чем нибудь могу помочь спасибо за звонок всего доброго"),
    ])
    res = results(engine, inter)
    assert res["greeting"].result == res["introduction"].result == "pass"
    assert res["more_help"].result == res["closing"].result == "pass"


def test_complaint_handling_applies_only_to_complaints(engine):
    plain = results(engine, chat(GOOD_RU))
    assert plain["complaint_handling"].result == "na"
    complaint = chat(GOOD_RU, signals=[SignalResult("complaint", True, 0.9)])
    assert results(engine, complaint)["complaint_handling"].result == "pass"  # «Оформила заявку, мастер приедет завтра»
    vague = [turn if turn[0] == "customer" or "Оформила" not in turn[1] else ("agent", "Посмотрим, что можно сделать.")
             for turn in GOOD_RU]
    res = results(engine, chat(vague, signals=[SignalResult("complaint", True, 0.9)]))
    assert res["complaint_handling"].result == "fail"  # nobody owns it, nothing is done
    assert "ownership" in (res["complaint_handling"].note or "")


def test_empathy_applies_when_sentiment_is_negative(engine):
    upset = chat(GOOD_RU, sentiment=InteractionSentiment("negative", -0.7, -0.6, -0.8, "worsened"))
    assert results(engine, upset)["empathy"].result == "fail"


def test_english_scorecard_is_chosen_by_language_with_russian_fallback(engine):
    en = results(engine, chat([("customer", "Hi"), ("agent", "Hello [NAME], my name is Sam from Ladoga Telecom.")], lang="en"))
    assert en["greeting"].result == "pass" and en["greeting"].scorecard == "ladoga_en"
    other = results(engine, chat(GOOD_RU, lang="uk"))
    assert other["greeting"].scorecard == "ladoga_ru"


def test_english_negation_cant_help(engine):
    res = results(engine, chat([("customer", "Can I do it online?"),
                                ("agent", "Hi, unfortunately I can't help with anything else today.")], lang="en"))
    assert res["more_help"].result == "fail"


def test_can_is_no_negation_word(engine):
    """«cannot» in the negation list is two tokens in a text ("can" + "not"): only "not" negates, so "i can help
    with thank you" keeps its thanks (unpunctuated call), while "i can't help" / "i cannot help" stay refusals."""
    turns = [("agent", 0, 4, "hello this is anna"), ("customer", 4.5, 8, "ok"),
             ("agent", 8.5, 14, "is there anything else i can help with thank you for calling goodbye")]
    res = results(engine, call(turns, lang="en"))
    assert res["closing"].result == "pass" and res["more_help"].result == "pass"
    refused = results(engine, chat([("customer", "Can I do it online?"),
                                    ("agent", "Hi, I cannot help with anything else today.")], lang="en"))
    assert refused["more_help"].result == "fail"


@pytest.mark.parametrize("sympathy", [
    # round 41 (blind37 as tuning data): "after all that waiting" names the customer's own wait
    "oh i'm sorry what a day after all that waiting what's your account number",
    # round 54 (blind50 as tuning data): "sorry you're stuck waiting" sympathises with it
    "sorry you're stuck waiting can i have your account number please",
    # round 104 (blind131 as tuning data): "i know it's been a long wait" sympathises with it
    "sorry about that i know it's been a long wait which apartment are you in",
])
def test_the_wait_the_customer_had_is_no_hold_announcement(engine, sympathy):
    """Words about the customer's own wait are no hold announcement, so the silence that follows two turns later was
    never announced; "give me a moment" before it was."""
    turns = [
        ("agent", 0, 3, "good afternoon ladoga telecom"),
        ("customer", 3.5, 12, "i waited in all day for the engineer and nobody came"),
        ("agent", 12.5, 19, sympathy),
        ("customer", 19.5, 22, "7 7 8 1 2"),
        ("agent", 22.5, 24, "thank you"),
        ("agent", 80, 86, "right the engineer is booked for tomorrow morning"),
    ]
    assert results(engine, call(turns, lang="en"))["hold_announced"].result == "fail"
    turns[4] = ("agent", 22.5, 24, "thank you give me a moment")
    assert results(engine, call(turns, lang="en"))["hold_announced"].result == "pass"


@pytest.mark.parametrize(("announcement", "expected"), [
    # round 92 (blind108 as tuning data): the «не» of a purpose clause negates its own verb, not the hold words after it
    ("сейчас соединю с менеджером чтобы вам не повторять оставайтесь пожалуйста на линии", "pass"),
    ("чтобы не терять время подождите минуту я уточню", "pass"),
    ("на линии не оставайтесь я перезвоню", "fail"),   # a negated announcement is still none
    # round 97 (blind117 as tuning data): a bare «ждите» before the silence announces it; the customer's wait does not
    ("ждите", "pass"),
    ("вы долго ждали простите", "fail"),
    # round 102 (blind127 as tuning data): «подождите» before a counter-question is no hold; «подождите а я посмотрю» is one
    ("так подождите а во сколько вы были", "fail"),
    ("подождите а я пока посмотрю запись", "pass"),
    # round 105 (blind133 as tuning data): the perfective «останьтесь на линии» announces too
    ("я сейчас соединю вас с управляющей останьтесь пожалуйста на линии это около минуты", "pass"),
    # round 112 (blind148 as tuning data): «женщина подождите» before a request is a brush-off, not a hold; with
    # «минуточку» it still announces one
    ("женщина подождите номер заявки скажите", "fail"),
    ("женщина подождите минуточку я посмотрю заявку", "pass"),
])
def test_hold_announcements_before_a_silence(engine, announcement, expected):
    turns = [
        ("agent", 0, 5, "здравствуйте ладога телеком меня зовут ирина"),
        ("customer", 5.5, 12, "нам нужен договор на ремонт 14 ноутбуков"),
        ("agent", 12.5, 20, announcement),
        ("agent", 75, 80, "спасибо за ожидание это ольга менеджер по договорам"),
    ]
    assert results(engine, call(turns))["hold_announced"].result == expected


@pytest.mark.parametrize(("opening", "expected"), [
    ("ladoga telecom afternoon vlad speaking", "pass"),   # round 92 (blind108): a bare "afternoon" after the company
    ("ladoga telecom vlad speaking", "fail"),
])
def test_a_bare_time_of_day_after_the_company_greets(engine, opening, expected):
    turns = [("agent", 0, 4, opening), ("customer", 4.5, 9, "hi i want to trade in my laptop")]
    assert results(engine, call(turns, lang="en"))["greeting"].result == expected


@pytest.mark.parametrize(("sign_off", "expected"), [
    # round 93 (blind110): "most of our guests appreciate …" thanks nobody; "we appreciate your patience" does
    ("As for the joke, most of our guests appreciate a relaxed atmosphere.\n\nRegards,\nArtem", "fail"),
    ("We appreciate your patience.\n\nRegards,\nArtem", "pass"),
    # round 112 (blind147): "you will appreciate that …" is what the customer is told to see, not thanks
    ("We trust you will appreciate that this can hardly be laid at our door.\n\nRegards,\nArtem", "fail"),
    ("Appreciate your patience, the lining is being checked today.\n\nRegards,\nArtem", "pass"),
    # round 121 (blind165): "We appreciate that everyone's schedule is different. However, …" grants a point; "I appreciate
    # that." thanks
    ("We appreciate that everyone's schedule is different. However, we do not deliver on Sundays.\n\nRegards,\nArtem",
     "fail"),
    ("Thank you for the photos, I appreciate that.\n\nRegards,\nArtem", "pass"),
])
def test_appreciate_thanks_only_when_the_agent_appreciates(engine, sign_off, expected):
    email = chat([("customer", "The pilot smoked before my flight."), ("agent", sign_off)], lang="en",
                 channel=Channel.EMAIL)
    assert results(engine, email)["closing"].result == expected


@pytest.mark.parametrize(("sign_off", "expected"), [
    # round 115 (blind153): «Будем признательны, если …» asks the customer for something and thanks nobody
    ("Будем признательны, если в дальнейшем вы будете внимательнее читать документы.\n\nС уважением,\nотдел претензий",
     "fail"),
    ("Признательны вам за терпение.\n\nС уважением,\nотдел претензий", "pass"),
])
def test_grateful_if_is_a_request_not_thanks(engine, sign_off, expected):
    email = chat([("customer", "Поцарапали диски при погрузке."), ("agent", sign_off)], channel=Channel.EMAIL)
    assert results(engine, email)["closing"].result == expected


def test_a_negated_deed_excuses_no_blame(engine):
    """Round 43 (blind39): an excuse (the agent's own step) is read with the negation guard even where the blame
    phrases are not, so «рекомендации не выполнены» blames the customer instead of excusing itself."""
    blame = chat([("customer", "Клопы вернулись через неделю!"),
                  ("agent", "Гарантия не распространяется: рекомендации не выполнены, бельё вы не стирали.")])
    assert results(engine, blame)["no_blame_shifting"].result == "fail"
    owned = chat([("customer", "Клопы вернулись через неделю!"),
                  ("agent", "Рекомендации не выполнены, но я сама свяжусь с техником сегодня.")])
    assert results(engine, owned)["no_blame_shifting"].result == "pass"


def test_first_response_sla_per_channel(engine):
    slow_chat = chat([("customer", "Здравствуйте"), ("agent", "Здравствуйте!")], gap_s=300)
    slow_email = chat([("customer", "Здравствуйте"), ("agent", "Здравствуйте!")], gap_s=300, channel=Channel.EMAIL)
    assert results(engine, slow_chat)["first_response_sla"].result == "fail"
    assert results(engine, slow_email)["first_response_sla"].result == "pass"  # 4 h SLA for email
    assert "greeting" not in results(engine, slow_email)  # email has its own greeting criterion


def test_unannounced_long_hold_and_interruptions_on_calls(engine):
    bad = call([
        ("agent", 0, 3, "алло да"),
        ("customer", 3.5, 12, "здравствуйте у меня двойной счет я уже"),
        ("agent", 10, 14, "номер договора"),
        ("customer", 14.5, 20, "5 5 6 7 а вы можете"),
        ("agent", 18, 20, "так"),
        ("agent", 95, 100, "вижу двойное начисление"),
    ])
    res = results(engine, bad)
    assert res["hold_announced"].result == "fail" and "75 s" in res["hold_announced"].note
    assert res["no_interruptions"].result == "fail"
    good = call([
        ("agent", 0, 5, "здравствуйте ладога телеком меня зовут ирина"),
        ("customer", 5.5, 9, "у меня не работает тв"),
        ("agent", 9.5, 12, "одну минуту оставайтесь на линии"),
        ("agent", 80, 85, "спасибо за ожидание"),
    ])
    res = results(engine, good)
    assert res["hold_announced"].result == "pass" and res["no_interruptions"].result == "pass"
    quick = call([  # no silence over 45 s: no hold, nothing to announce — not applicable, not a pass
        ("agent", 0, 5, "здравствуйте ладога телеком меня зовут ирина"),
        ("customer", 5.5, 9, "у меня не работает тв"),
        ("agent", 9.5, 14, "перезагрузите приставку пожалуйста"),
        ("customer", 30, 33, "заработало спасибо"),
    ])
    res = results(engine, quick)
    assert res["hold_announced"].result == "na" and "no hold" in res["hold_announced"].note


def test_audio_metrics_drive_interruptions(engine):
    metrics = AudioMetrics(60, 30, 25, 0.55, 0.1, 10, 20, 3, 4, 0, 120)
    inter = call([("agent", 0, 5, "добрый день"), ("customer", 5.5, 9, "здравствуйте")], audio_metrics=metrics)
    assert results(engine, inter)["no_interruptions"].result == "fail"


def test_qa_score_weights_and_na():
    rs = [CriterionResult("a", "pass", 0.9, weight=2), CriterionResult("b", "fail", 0.9, weight=1),
          CriterionResult("c", "na", 0.9, weight=5)]
    assert qa_score(rs) == pytest.approx(66.7)
    assert qa_score([CriterionResult("c", "na", 0.9)]) is None


def test_score_stage_skips_calls_awaiting_transcription_and_flags():
    waiting = Interaction("call:w", Channel.CALL, T0, status=Status.AWAITING_TRANSCRIPTION)
    rude = chat([("customer", "Где мастер?"), ("agent", "Успокойтесь, придёт когда придёт.")])
    out = score_stage([waiting, rude])
    assert not out.rejected
    by_id = {i.interaction_id: i for i in out.interactions}
    assert by_id["call:w"].criteria == [] and by_id["call:w"].qa_score is None
    assert by_id["chat:t"].qa_score == 0.0
    assert by_id["chat:t"].flags[0].flag == "critical_failure"


def test_signature_stripped_at_ingest_counts_for_email_signature_and_closing(engine):
    turns = [("customer", "Добрый день! Пришлите акт сверки."),
             ("agent", "Здравствуйте, [NAME]! Акт во вложении. Спасибо за обращение!")]
    stripped = chat(turns, channel=Channel.EMAIL, metadata={"signatures": [1]})
    plain = chat(turns, channel=Channel.EMAIL)
    res, res_plain = results(engine, stripped), results(engine, plain)
    assert res["email_signature"].result == "pass" and res_plain["email_signature"].result == "fail"
    assert res["closing"].result == "pass" and res_plain["closing"].result == "fail"


def test_chat_sla_comes_from_kpi_yaml(engine):
    from pipeline.kpi.config import load_kpi_config, sla_thresholds

    limit = sla_thresholds(load_kpi_config())["chat"]
    inside = chat([("customer", "Здравствуйте"), ("agent", "Здравствуйте!")], gap_s=limit - 1)
    outside = chat([("customer", "Здравствуйте"), ("agent", "Здравствуйте!")], gap_s=limit + 1)
    assert results(engine, inside)["first_response_sla"].result == "pass"
    assert results(engine, outside)["first_response_sla"].result == "fail"
