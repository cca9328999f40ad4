"""Round 11 of the scorecard rules (issue 15, blind6 tuned on): own-fault admissions are not blame-shifting,
and phrase families for blame-shifting, rudeness, empathy, solutions, need identification and complaint
handling, checked on sentences written for these tests (not copied from any evaluation file). Each "fail" /
"pass" case below fails on the rules as they were before the round; the polite near-misses guard against
over-reach (they pass before and after)."""

from __future__ import annotations

import pytest

from pipeline.scoring.scorecard_engine import ScorecardEngine
from scorecard_contacts import verdict


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


# --- no_blame_shifting: owning the fault is not shifting it ---------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Задержка вышла по нашей вине, курьер привезёт заказ завтра до 18:00."),
    ("ru", "Это вина нашей компании, простите, бонусы уже начислены."),
    ("ru", "По нашей же вине банк получил неверную сумму, мы пересчитали график."),
    ("en", "Our mistake, not the courier's fault: we gave him the old address. It ships Friday."),
    ("en", "We got it wrong, it's not the warehouse's fault; the label was ours."),
    ("en", "The error was ours, not the bank's fault, and the fee is refunded."),
])
def test_own_fault_admission_is_not_blame(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Признаю, это наша недоработка: курьера вообще не назначили."),
    ("ru", "Вина тут целиком наша, склад перепутал модель, замену отправим в пятницу."),
    ("en", "That's on us, the courier was never booked; a new slot is Friday."),
])
def test_other_own_fault_wordings_still_pass(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Это не наша вина, вопросы к курьеру."),
    ("ru", "Вина не наша, это курьер напутал."),
    ("ru", "Это не по нашей вине, вина курьера."),
    ("en", "It's not our fault, take it up with the courier."),
    ("en", "That isn't our mistake, the fault is with your bank."),
])
def test_denied_fault_is_still_blame(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "fail"
