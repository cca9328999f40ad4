"""`servicelens init-rules`: a deployment's rules folder (company, domain jargon) without code."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.commands.init_rules import company_forms, init_rules_command
from pipeline.model import Channel, Interaction, Speaker, Turn
from scorecard_contacts import verdict

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)


def _result(engine: ScorecardEngine, criterion: str, agent: str, lang: str = "ru") -> str:
    turns = [Turn(0, Speaker.CUSTOMER, "Нет горячей воды", started_at=T0),
             Turn(1, Speaker.AGENT, agent, started_at=T0 + timedelta(seconds=30))]
    inter = Interaction("chat:init", Channel.CHAT, T0, turns=turns, language=lang)
    return next(r.result for r in engine.evaluate(inter) if r.criterion_id == criterion)


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    target = tmp_path_factory.mktemp("deploy") / "rules"
    result = CliRunner().invoke(init_rules_command, [str(target), "--company", "Невская Энергия",
                                                     "--alias", "НЭ", "--domain", "public-services"])
    assert result.exit_code == 0, result.output
    return target


def test_company_forms_keep_stems_for_inflection():
    assert company_forms("Невская Энергия", ("НЭ",)) == ["невск* энерг*", "нэ"]
    assert company_forms("«Acme Telecom»") == ["acme telecom"]


def test_an_ampersand_in_the_name_is_also_found_as_said(tmp_path):
    """Round 112 (blind147): a call says "GoodDraught Chimney & Stove" as "good draught chimney and stove"; the
    company set has the spoken form, so the agent's name after it introduces her."""
    assert company_forms("GoodDraught Chimney & Stove") == [
        "gooddraught chimney & stove", "good draught chimney & stove",
        "gooddraught chimney and stove", "good draught chimney and stove"]
    assert company_forms("Гриль & Бар") == ["грил* & бар", "грил* и бар"]
    target = tmp_path / "rules"
    result = CliRunner().invoke(init_rules_command, [str(target), "--company", "Добрая Тяга", "--alias",
                                                     "GoodDraught Chimney & Stove", "--domain", "retail"])
    assert result.exit_code == 0, result.output
    engine = ScorecardEngine.from_rules(target)
    call = "good afternoon good draught chimney and stove maxim"
    assert verdict(engine, "en", "introduction", call, channel=Channel.CALL) == "pass"
    assert verdict(engine, "en", "introduction", "good afternoon maxim", channel=Channel.CALL) == "fail"


def test_a_hyphenated_name_is_also_found_as_a_transcript_writes_it(tmp_path):
    """Round 43 (blind39): «Стоп-Жук» is «стоп жук» in a call transcript, and the introduction counts there too;
    round 44 (blind40): so is a run-together brand ("FarRoad" is "far road")."""
    assert company_forms("Стоп-Жук", ("Стоп-Жука", "BugStop")) == ["стоп-жук*", "стоп жук*", "bugstop", "bug stop"]
    target = tmp_path / "rules"
    result = CliRunner().invoke(init_rules_command, [str(target), "--company", "Стоп-Жук", "--domain", "retail"])
    assert result.exit_code == 0, result.output
    engine = ScorecardEngine.from_rules(target)
    call = "добрый день стоп жук меня зовут олег слушаю вас"
    assert verdict(engine, "ru", "introduction", call, channel=Channel.CALL) == "pass"
    assert verdict(engine, "ru", "introduction", "Здравствуйте! Меня зовут Олег, «Стоп-Жук».") == "pass"
    assert verdict(engine, "ru", "introduction", "добрый день меня зовут олег слушаю вас", channel=Channel.CALL) == "fail"
    assert company_forms("FarRoad Car Rental", ("FarRoad",)) == ["farroad car rental", "far road car rental",
                                                                "farroad", "far road"]


def test_a_brand_that_starts_with_a_greeting_word_is_no_greeting(tmp_path):
    """Round 137 (blind198): a call opening "evening chapter books anna speaking" says the brand EveningChapter Books,
    not "good evening"; round 92's company-then-greeting form ("steelscrew repair afternoon vlad speaking") and a real
    greeting after the brand still count."""
    target = tmp_path / "rules"
    result = CliRunner().invoke(init_rules_command, [str(target), "--company", "Вечерняя Глава", "--alias",
                                                     "EveningChapter Books", "--alias", "EveningChapter",
                                                     "--domain", "retail"])
    assert result.exit_code == 0, result.output
    engine = ScorecardEngine.from_rules(target)
    assert verdict(engine, "en", "greeting", "evening chapter books anna speaking", channel=Channel.CALL) == "fail"
    assert verdict(engine, "en", "greeting", "evening chapter books good evening anna speaking",
                   channel=Channel.CALL) == "pass"
    assert verdict(engine, "en", "greeting", "evening chapter books evening anna speaking",
                   channel=Channel.CALL) == "pass"
    assert verdict(engine, "en", "greeting", "evening this is anna how can i help", channel=Channel.CALL) == "pass"


def test_the_company_name_comes_from_the_deployment_folder(deployment):
    engine = ScorecardEngine.from_rules(deployment)
    assert engine.cards["ru"].card.company == ["невск* энерг*", "нэ"]
    assert _result(engine, "introduction", "Здравствуйте! Меня зовут Анна, «Невская Энергия».") == "pass"
    assert _result(engine, "introduction", "Здравствуйте! Меня зовут Анна, компания «Невской Энергии».") == "pass"
    assert _result(engine, "introduction", "Здравствуйте! Меня зовут Анна, «Ладога Телеком».") == "fail"
    default = ScorecardEngine.from_rules()
    assert _result(default, "introduction", "Здравствуйте! Меня зовут Анна, «Ладога Телеком».") == "pass"


def test_the_domain_chooses_the_jargon(deployment):
    engine = ScorecardEngine.from_rules(deployment)
    jargon = engine.cards["ru"].card.lexicons["jargon"]
    assert "развоздушива*" in jargon and "кодек" in jargon      # public-services + IT
    assert "тикет" not in jargon                                  # not a telecom deployment
    assert _result(engine, "clear_language", "Выполнено развоздушивание стояков.") == "fail"
    assert _result(engine, "clear_language", "Заявка по тикету передана.") == "pass"


def test_refuses_a_folder_in_use_and_an_unknown_domain(deployment, tmp_path):
    again = CliRunner().invoke(init_rules_command, [str(deployment), "--company", "X", "--domain", "bank"])
    assert again.exit_code != 0 and "not empty" in again.output
    bad = CliRunner().invoke(init_rules_command, [str(tmp_path / "r"), "--company", "X", "--domain", "space"])
    assert bad.exit_code != 0 and "space" in bad.output
