"""Scorecard rules that hold on replies they were not written for (issue 15.2): sentences written
for these tests in the style of other organisations' written replies (not taken from any
evaluation file), each criterion with its positive forms and its traps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.scoring.scorecard_rules import load_scorecards
from pipeline.config import DEFAULT_RULES_DIR, ConfigError
from pipeline.model import Channel
from scorecard_contacts import verdict




@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


# --- greeting: formal written openings ----------------------------------------------------------
@pytest.mark.parametrize("reply", [
    "Уважаемый пользователь!\nРаботы по ремонту кровли выполнены.",
    "Уважаемая Анна, благодарим за обращение. Доступ восстановлен.",
    "Приветствуем! Ваш вопрос решён.",
    "Здравствуйте! Видео снова доступно.",
])
def test_written_greetings_count_in_a_chat(engine, reply):
    assert verdict(engine, "ru", "greeting", reply) == "pass"


def test_a_dear_in_the_middle_is_no_greeting(engine):
    assert verdict(engine, "ru", "greeting", "Проблема устранена. Уважаемые жители, просим не оставлять мусор.") == "fail"


# --- more help: conditional and implicit offers ----------------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Кэш очищен. Если видео всё ещё не воспроизводится, напишите нам ещё раз и приложите ссылку."),
    ("ru", "Мусор вывезен. В случае повторного нарушения просим сообщить об этом."),
    ("ru", "Доступ восстановлен. Если проблема повторится, мы обязательно поможем."),
    ("ru", "Готово. При возникновении вопросов обращайтесь по телефону горячей линии."),
    ("en", "We have reset the stream key. If it still fails, send us the log and we'll take a look."),
    ("en", "The refund is processed. Should anything else come up, get in touch."),
])
def test_conditional_offers_of_more_help(engine, lang, reply):
    assert verdict(engine, lang, "more_help", reply) == "pass"


@pytest.mark.parametrize("reply", [
    "В случае ненадлежащего выполнения работ в отношении управляющей компании будут применены меры.",
    "В случае, если Вы являетесь собственником, Вы вправе обратиться в суд.",
    # (an unconditional «Рекомендуем разместить новое сообщение с корректным адресом» was here; the
    # guide's call since the fresh round makes it an invitation to come back: test_scorecard_fresh2_fixes)
    "Рекомендуем обратиться в управляющую компанию для проведения перерасчета.",
])
def test_conditions_that_are_no_offer_of_help(engine, reply):
    assert verdict(engine, "ru", "more_help", reply) == "fail"


# --- solution: a concrete answer, instruction or decision -----------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Ремонт кровли произведён."),
    ("ru", "Информация, указанная в Вашем сообщении, не подтвердилась: температура соответствует нормативу."),
    ("ru", "Конструкция демонтирована владельцем в добровольном порядке."),
    ("ru", "Рекомендуем очистить кэш браузера и обновить страницу."),
    ("ru", "Собственнику направлено предписание о демонтаже."),
    ("en", "The video was removed after our review."),
    ("en", "Please restart the app and sign in again."),
])
def test_a_concrete_answer_is_a_solution_without_a_time_frame(engine, lang, reply):
    assert verdict(engine, lang, "solution_next_steps", reply, channel=Channel.EMAIL) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Ваше обращение принято и находится на рассмотрении."),
    ("ru", "Рассмотрев Ваше сообщение, сообщаем, что оно передано для рассмотрения."),
    ("ru", "Информация о сроках будет направлена дополнительно."),
    ("ru", "Постараемся решить как можно скорее."),
    ("en", "We'll look into it and get back to you."),
])
def test_acknowledgement_alone_is_no_solution(engine, lang, reply):
    assert verdict(engine, lang, "solution_next_steps", reply, channel=Channel.EMAIL) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Работы будут выполнены в срок до 15.03.2021 г."),
    ("ru", "Деньги вернутся в течение 3 рабочих дней."),
    ("ru", "Засор устранён 26.02.2021, подвал осушен."),
    ("ru", "16.11.2020 проведён осмотр территории."),
    ("ru", "Тариф сменится 1 декабря."),
    ("en", "The engineer will come by Friday."),
    ("en", "You'll get the refund within 5 working days."),
])
def test_time_frame_sub_check(engine, lang, reply):
    assert verdict(engine, lang, "time_frame", reply, channel=Channel.EMAIL) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Обновите приложение до версии 2.15, ошибка исправлена."),
    ("ru", "Обновите приложение до 3.4.1."),
    ("ru", "Гарантия на покрытие действует в течение 5 лет эксплуатации."),
    ("ru", "Видео длиной 2 часа обрабатывается дольше обычного."),
    ("ru", "Согласно постановлению от 09.11.2016 № 961 работы проводятся дважды в год."),
    ("ru", "Конвенция подписана 14 июля 1967 года."),
    ("en", "Please update to version 2.15, the bug is fixed."),
    ("en", "A 2-hour video takes longer to process."),
    ("en", "You can find it within the app settings."),
])
def test_no_time_frame_in_versions_and_durations(engine, lang, reply):
    assert verdict(engine, lang, "time_frame", reply, channel=Channel.EMAIL) == "fail"


# --- empathy vs a stock apology ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "reply", "expected"), [
    ("ru", "Водоотведение восстановлено. Приносим извинения за доставленные неудобства!", "fail"),
    ("ru", "Простите, пожалуйста, за неудобство.", "fail"),
    ("ru", "Понимаю, как неприятно остаться без горячей воды зимой. Бригада уже на месте.", "pass"),
    ("ru", "Приносим извинения за сорванный визит мастера — это наша ошибка.", "pass"),
    ("en", "We apologize for any inconvenience caused.", "fail"),
    ("en", "Sorry for the trouble, the refund is on its way.", "fail"),     # round 60: "… this evening" is empathy
    # round 63 (blind59 as tuning data): an apology for "the impression" the visit left is a formula too
    ("ru", "Приносим извинения за то, что визит оставил неприятное впечатление. Скидка начислена.", "fail"),
    ("en", "I'm sorry your stream kept dropping during the match, that must have been frustrating.", "pass"),
])
def test_empathy_is_not_a_stock_apology(engine, lang, reply, expected):
    assert verdict(engine, lang, "empathy", reply, complaint=True) == expected


# --- closing by position ------------------------------------------------------------------------------
def test_an_opening_good_day_is_no_goodbye(engine):
    assert verdict(engine, "ru", "closing", "Добрый день! Спасибо за обращение, доступ восстановлен.") == "fail"
    assert verdict(engine, "ru", "closing", "Добрый день! Доступ восстановлен. Спасибо, хорошего дня!") == "pass"


# --- blame-shifting only where no help or action is given ---------------------------------------------
def test_a_referral_with_an_action_is_not_blame_shifting(engine):
    reply = ("Протечка устранена 12.02.2021. Для проведения перерасчета Вы можете обратиться в управляющую "
             "компанию.")
    assert verdict(engine, "ru", "no_blame_shifting", reply, channel=Channel.EMAIL) == "pass"
    referral = "Администрацией направлено обращение по подведомственности в полицию для принятия мер."
    assert verdict(engine, "ru", "no_blame_shifting", referral, channel=Channel.EMAIL) == "pass"


@pytest.mark.parametrize("reply", [
    "Данный вопрос не входит в зону ответственности управляющей компании. Обратитесь в управляющую компанию дома.",
    "Вопросы остекления балконов здесь не рассматриваются. Вы вправе обратиться в суд.",
])
def test_a_bare_referral_is_blame_shifting(engine, reply):
    assert verdict(engine, "ru", "no_blame_shifting", reply, channel=Channel.EMAIL) == "fail"


# --- jargon: domain lexicons and the generic detectors -------------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Выполнено развоздушивание стояков."),                # public-services domain
    ("ru", "Работы перенесены на агротехнический период."),
    ("ru", "Перекодируйте видео в HEVC, кодек AAC."),            # IT domain + abbreviation
    ("ru", "Давление ГВС на вводе в норме."),                    # unexplained abbreviation
    ("ru", "Заявка передана по тикету на вторую линию."),       # telecom domain
    ("en", "Re-encode it with a different codec."),
])
def test_jargon_found(engine, lang, reply):
    assert verdict(engine, lang, "clear_language", reply, channel=Channel.EMAIL) == "fail"


@pytest.mark.parametrize(("reply", "customer"), [
    ("Общедомовой прибор учёта (ОДПУ) проверен, ОДПУ исправен.", "..."),      # explained
    ("ООО «ЖКС №2» выполнило ремонт, ГУП «ТЭК СПб» проверило сети.", "..."),   # organisation names
    ("Ответ по ст. 44 КоАП РФ и Закону СПб.", "..."),                            # known abbreviations
    # (the customer's own «ГВС» no longer excuses it in the ru scorecard, the guide's call:
    # tests/test_scorecard_jargon_round5.py)
    ("В КОНЦЕ ГОДА работы завершены.", "..."),                                  # a plain word in capitals
    ("Протокол № 175-ОПР составлен.", "..."),                                   # part of a document number
])
def test_plain_language_passes(engine, reply, customer):
    assert verdict(engine, "ru", "clear_language", reply, channel=Channel.EMAIL, customer=customer) == "pass"


def test_rare_term_detector_when_switched_on(tmp_path):
    rules = tmp_path / "rules"
    (rules / "scorecards").mkdir(parents=True)
    (rules / "lexicons").mkdir()
    import shutil

    shutil.copytree(DEFAULT_RULES_DIR / "lexicons" / "jargon", rules / "lexicons" / "jargon")
    card = yaml.safe_load((DEFAULT_RULES_DIR / "scorecards" / "ru.yaml").read_text(encoding="utf-8"))
    crit = next(c for c in card["criteria"] if c["id"] == "clear_language")
    crit["jargon"]["rare_terms"] = True
    (rules / "scorecards" / "ru.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    engine = ScorecardEngine.from_rules(rules)
    text = "Выполнено перешплинтовывание фланцев."
    assert verdict(engine, "ru", "clear_language", text, channel=Channel.EMAIL) == "fail"
    assert verdict(engine, "ru", "clear_language", "Выполнена уборка подъезда.", channel=Channel.EMAIL) == "pass"
    assert verdict(engine, "ru", "clear_language", text, channel=Channel.EMAIL,
                   customer="Нужно перешплинтовывание фланцев") == "pass"


def test_jargon_domains_come_from_their_files(tmp_path):
    cards = load_scorecards()
    assert "развоздушива*" in cards["ru"].lexicons["jargon"]      # public-services
    assert "тикет" in cards["ru"].lexicons["jargon"]              # telecom
    rules = tmp_path / "rules"
    (rules / "scorecards").mkdir(parents=True)
    card = yaml.safe_load((DEFAULT_RULES_DIR / "scorecards" / "ru.yaml").read_text(encoding="utf-8"))
    card["jargon_domains"] = ["space-travel"]
    (rules / "scorecards" / "ru.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="no jargon domain 'space-travel'"):
        load_scorecards(rules)


def test_every_jargon_domain_file_is_valid():
    from pipeline.scoring.scorecard_rules import jargon_domain_terms

    for path in sorted((DEFAULT_RULES_DIR / "lexicons" / "jargon").glob("*.yaml")):
        for lang in ("ru", "en"):
            assert jargon_domain_terms(DEFAULT_RULES_DIR, path.stem, lang), (path, lang)
    assert {p.stem for p in Path(DEFAULT_RULES_DIR / "lexicons" / "jargon").glob("*.yaml")} >= {
        "telecom", "bank", "retail", "public-services", "it"}
