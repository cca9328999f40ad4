"""Rounds 14-163 of the scorecard rules (issue 15; blind10 to blind250 tuned on in turn): rhetorical *devices* of
rudeness and blame-shifting rather than one batch's wordings — futility lectures, a customer's claim in ironic
quotes, "most people manage", doubting honesty, sarcasm markers, belittling address; the other party's fault in
contrast with "not us", «на совести», the customer sent to argue with / press / chase the other party — plus
question offers of more help, bare email signatures and a thanks after a refusal in an unpunctuated transcript.
Up to round 13 checked on sentences written for these tests; from then on a round's fail cases are also the tuning
batch's own sentences (that batch is tuning data from then on, not an untouched score); every case of the rudeness and
blame families failed to be found by earlier rules: the cases up to round 19 by the round-13 rules, then each
round's by the rules of the round before (round 23's by round 21's). The polite near-misses guard against over-reach
(all pass now; "I can't share our courier's number" failed before round 16, "that shouldn't land on you" before
round 18, «не спорьте …» and «ДТП по вашей вине» before round 50, "you won't have to repeat yourself" and a chat
handed over to the team that does it before round 53). Since round 77 the shipped scorecards add the learned
rudeness vote: the rudeness and blame families are checked with the rules alone (the vote must not hide a family that
stopped matching), the polite near-misses with the scorecards as shipped (the vote must not fail them either)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import Channel
from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.training.sentence_vote import rules_only_engine
from scorecard_contacts import verdict


# polite look-alikes the shipped rudeness vote (0.99) fails while the rules pass them (strict: a vote that stops failing
# them shows up); bench/scorecard_vote_lookalikes.py counts them
VOTE_FAILS_NU_KONECHNO = pytest.mark.xfail(strict=True, reason="the shipped rudeness vote fails «Ну конечно,» in a polite reply")
VOTE_FAILS_A_QUESTION = pytest.mark.xfail(
    strict=True, reason="the shipped rudeness vote fails a question about what the customer did, as «Вы не читаете СМС?»")


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


@pytest.fixture(scope="module")
def rules_engine() -> ScorecardEngine:
    """The rules alone: every learned vote switched off."""
    return rules_only_engine()


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Женщина, вы мне уже пятый раз это пишете."),
    ("ru", "Объясняю на пальцах: тариф поменялся с января."),
    ("ru", "Ну ладно, так и быть, вернём вам эти двести рублей."),
    ("ru", "Давайте к сути, у меня очередь."),
    ("ru", "Выбирайте самый дешёвый вариант, а потом не удивляйтесь."),
    ("ru", "Посылки, которые «потерялись», обычно лежат у соседей."),
    ("ru", "Если вам так нравится писать жалобы, пишите."),
    ("ru", "Три сообщения подряд скорость доставки не увеличивают."),
    ("ru", "Справляются даже у пенсионеров, а у вас не получается?"),
    ("ru", "Сейчас все умеют делать скриншоты."),
    ("ru", "Если вам действительно нечего скрывать, пришлите чек."),
    ("ru", "Разбирать такие письма — то ещё удовольствие."),
    ("ru", "Квитанцию вы, судя по всему, открывать не стали."),
    ("ru", "Повторю, раз с первого раза не дошло."),
    ("ru", "Это же не высшая математика, нажмите кнопку."),
    ("ru", "Давайте без истерик, посылка приедет."),
    ("ru", "«Разбита» — это про стекло, а у вас царапина."),
    ("ru", "Вы не маленький уже, должны понимать."),
    ("en", "You do know the app tells you the fee before you confirm?"),
    ("en", "We get a lot of 'missing' parcels that turn up next door."),
    ("en", "We can't just take your word that it arrived broken."),
    ("en", "Emailing every hour won't make the refund any faster."),
    ("en", "Most customers manage the form without calling us."),
    ("en", "I'd have thought the red button was hard to miss."),
    ("en", "Since you were so sure it was our mistake, here is the log."),
    ("en", "A third attempt wouldn't have changed the result."),
    ("en", "Maybe try actually reading the email first."),
    ("en", "Let's not be so dramatic about a late parcel."),
    ("en", "If you're that worried, pay for express next time."),
    ("en", "The surcharge shouldn't really come as news to you."),
    ("ru", "Подписка сама себя не отключит, нажмите кнопку."),
    ("ru", "Тон сбавьте, пожалуйста, я вас слышу."),
    ("ru", "Молодой человек, вы сначала дочитайте условия."),
    ("ru", "Ну хорошо, раз вы так уверены, проверим ещё раз."),
    ("ru", "Письмо капсом читается ничуть не быстрее."),
    ("en", "Shocking as it may be, refunds take a few days."),
    ("en", "Your ticket isn't any more special than the others."),
    ("en", "It'll be answered when it gets answered."),
    ("en", "Let me explain this really slowly for you."),
    ("en", "The button is not exactly hidden."),
    ("ru", "Прямо уж «всё сломалось», давайте посмотрим спокойно."),
    ("ru", "Раз вы с телефоном не дружите, объясню по-другому."),
    ("ru", "Не надо так нервничать из-за одного счёта."),
    ("ru", "Квитанцию вы, смею надеяться, сохранили."),
    ("ru", "Позволю себе заметить, что договор вы подписали сами."),
    ("en", "Not to be pedantic, but the speed is in megabits."),
    ("en", "I'll assume you know how to restart a router."),
    ("en", "Calling it a scam is a tad dramatic."),
    ("ru", "Опоздание на час — ну прямо драма, бывают дни и похуже."),
    ("ru", "Капслок мы заметили, спасибо."),
    ("ru", "Странно требовать ответа в выходной день."),
    ("en", "It's not the crisis you're making it out to be."),
    ("en", "You could have downloaded the invoice yourself."),
    ("en", "You'll have to wait like the rest of us."),
    ("en", "A calmer tone on the phone would help."),
    # round 20 (blind16 as tuning data)
    ("ru", "Это вы лихо насчитали, там от силы два часа работы."),
    ("ru", "Это, знаете ли, основы, их в автошколе проходят."),
    ("ru", "Сверять размеры до заказа — это, знаете ли, азбука."),
    ("ru", "В следующий раз просто читайте условия до оплаты."),
    ("ru", "«Грабёж» — это, извините, не про скидку в пять процентов."),
    ("ru", "Вы же не звоните к нам с благодарностью, когда всё работает."),
    ("ru", "Значит, плохо читали договор."),
    ("ru", "Вы уж постарайтесь описать проблему толком."),
    ("ru", "И не надо гонять всех по кругу."),
    ("ru", "Вы будто с луны упали, это все знают."),
    ("ru", "Это вам не игрушки, а договор."),
    ("ru", "Памятка для тех, кто не умеет читать мелкий шрифт, лежит на сайте."),
    ("en", "Try it near a window, like a normal person would."),
    ("en", "It's in the terms, which I know nobody reads."),
    ("en", "I'll go with the receipt over your memory, sorry not sorry."),
    ("en", "Spare me the details, I've heard enough."),
    ("en", "'Scandalous' is a strong word for a two-day delay."),
    ("en", "I'd gently suggest reading the booking page next time."),
    # round 21 (blind17 as tuning data)
    ("ru", "Вы что, на луне живёте? Тариф поменялся в январе."),
    ("ru", "Показания ноль — сами понимаете, как это выглядит."),
    ("ru", "Ну дедуля, не торопитесь, всё найдём."),
    ("ru", "Вам, может, очки принести? Там всё крупно написано."),
    ("ru", "А вы уже распереживались, а счёт давно пересчитан."),
    ("ru", "Короче, номер договора."),
    ("ru", "Мне ваша история с ремонтом неинтересна."),
    ("ru", "Говорите быстрее, у меня очередь."),
    ("ru", "Такие уведомления обычно получают те, кто не платит вовремя."),
    ("ru", "Не пишите нам в таком тоне."),
    ("ru", "Благодарю за столь эмоциональное сообщение."),
    ("en", "Surprising, I know, but bills do arrive monthly."),
    ("en", "Vulnerable customers still pay their bills like everyone else."),
    ("en", "I would kindly remind you that the terms are on page two."),
    ("en", "Oh honey, it's just an estimate."),
    ("en", "There's no need to get all worked up about it."),
    ("en", "Please don't panic over every letter we send."),
    # round 23 (blind18, blind19 as tuning data)
    ("ru", "Это каждый нормальный водитель знает."),
    ("ru", "Вы, похоже, из таких, кто всё теряет."),
    ("ru", "Правила для того и висят на стене, чтобы их читать."),
    ("ru", "А вы чего ожидали за такие деньги?"),
    ("ru", "Подождёте, вы не особенный."),
    ("ru", "Вы же не на базаре, давайте спокойнее."),
    ("ru", "Я вам и так одолжение делаю."),
    ("ru", "Неплохо бы почитать условия перед покупкой."),
    ("ru", "Дождь в отпуске — не самое страшное, что бывает."),
    ("ru", "Вы же не думали всерьёз, что это бесплатно?"),
    ("ru", "Инструкции, вообще-то, читают заранее."),
    ("ru", "От того, что вы звоните каждый час, ремонт быстрее не пойдёт."),
    ("ru", "Не могу же я сам поменять расписание."),
    ("ru", "Не вы первые с такой жалобой, не вы последние."),
    ("ru", "Девушка, у меня ещё десять звонков."),
    ("ru", "Надо было сразу записать номер."),
    ("en", "Anyone who'd read the estimate wouldn't be surprised."),
    ("en", "We can't read minds, you know."),
    ("en", "Maybe next time check the booking first."),
    ("en", "Everyone's booking is the most urgent one."),
    ("en", "If I had a dollar for every lost ticket..."),
    ("en", "Or did you just guess the date?"),
    ("en", "A price rise in August is hardly a surprise."),
    ("en", "Checking first saves everyone the hassle."),
    ("en", "I've only got two hands, sir."),
    ("en", "If you'd just let me get a word in."),
    ("en", "The rule isn't exactly a riddle."),
    # round 24 (blind20 as tuning data)
    ("ru", "Вы бы хоть раз открыли письмо с подтверждением."),
    ("ru", "Похоже, дочитать договор до конца — задача непосильная."),
    ("ru", "Повторяете одно и то же, как заезженная пластинка."),
    ("ru", "Кнопку отмены только слепой не найдёт."),
    ("ru", "Если бы вы сразу посмотрели в приложение, звонить бы не пришлось."),
    ("en", "The cut-off is on the receipt for a reason, you know."),
    ("en", "Reading one email before booking isn't much to ask."),
    ("en", "Some of us actually check the opening hours."),
    ("en", "Let's get to the point or we'll be here all day."),
    ("en", "A quick look at the menu would have spared us both this chat."),
    # round 25 (blind21 as tuning data)
    ("ru", "Галочку поставить, конечно, проще, чем дочитать условия."),
    ("ru", "Царапина на чехле — это, конечно, трагедия века."),
    ("ru", "Вы не одна такая нетерпеливая, ждут все."),
    ("ru", "Читали вы, видимо, не очень внимательно."),
    ("ru", "Сначала стоило дождаться результата, прежде чем возмущаться."),
    ("ru", "Бонусы мы начисляем не всем, кто громче просит."),
    ("ru", "Удивительно, что вы даже не открыли инструкцию."),
    ("en", "I've taken three people through this same thing this morning."),
    ("en", "Still here, no need to talk like I wandered off."),
    ("en", "The way you're going on, you'd think the phone exploded."),
    ("en", "If you'd read the receipt you'd already know the terms."),
    ("en", "You need to get into the habit of keeping the box."),
    # round 26 (blind22 as tuning data)
    ("ru", "Сверять чек перед оплатой — полезная взрослая привычка."),
    ("ru", "Обычно люди справляются сами, там одна кнопка."),
    ("ru", "Да понял я, в третий раз повторять ни к чему."),
    ("ru", "Мне вам теперь колыбельную спеть?"),
    ("ru", "Вы в первый раз что ли заказываете?"),
    ("ru", "Объясняю медленно: доставка платная."),
    ("ru", "В приложение стоит хотя бы иногда заглядывать."),
    ("ru", "Отвечаю на это уже не в первый раз."),
    ("en", "There's a queue of customers waiting behind you, so quickly please."),
    ("en", "Do you want the replacement or not?"),
    ("en", "All those capitals seemed a bit much for a late parcel."),
    # round 27 (blind23 as tuning data)
    ("ru", "Одна сгоревшая лампочка — вам, считайте, повезло."),
    ("ru", "Бывает и гораздо хуже, поверьте."),
    ("ru", "Кнопку трудно не найти, но вы, похоже, справились."),
    ("ru", "Там заблудиться можно только в трёх пунктах меню."),
    ("ru", "Беспокоить операторов из-за такой ерунды не нужно."),
    ("ru", "Вот теперь будете знать."),
    ("ru", "Хватит засыпать меня вопросами."),
    ("ru", "Не заставляйте меня объяснять дважды."),
    ("ru", "Слушайте и не перебивайте."),
    ("ru", "Письмо все получили, кроме вас."),
    ("ru", "Спасибо за ценное замечание на то, как нам вести дела."),
    ("ru", "Не стану цепляться к формулировкам, но ждали вы два часа."),
    ("en", "Think of the walk up as a free workout."),
    ("en", "I've a pile of tickets on top of yours, so be quick."),
    ("en", "Right, you mentioned that."),
    ("en", "Here is how a thermostat actually works."),
    ("en", "Press, wait, done. That's all there is to it."),
    ("en", "Bills often confuse people who aren't used to reading numbers."),
    ("en", "Do check the guide before ringing."),
    ("en", "I'm attaching it to save you the trouble next time."),
    ("en", "Next time, try to lead with the account number."),
    # round 28 (blind24 as tuning data)
    ("ru", "Магазин, видимо, должен был сам догадаться о вашей поездке?"),
    ("ru", "Телепатов среди операторов у нас нет."),
    ("ru", "Условия акции стоило просмотреть хотя бы по диагонали."),
    ("ru", "Посмотрите историю операций внимательнее."),
    ("ru", "Памятку, похоже, открыть было некогда."),
    ("ru", "Не надо звонить каждые десять минут."),
    ("ru", "Скорее от этого ничего не станет."),
    ("ru", "Давайте без лирики, что у вас?"),
    ("ru", "У меня кроме вас ещё очередь в чате."),
    ("ru", "Ну что тут объяснять, всё в договоре."),
    ("ru", "Не стану вам зачитывать весь договор."),
    ("ru", "Ценим, что вы так пристально следите за каждой копейкой."),
    ("ru", "Надеемся, ваш вечер станет немножко радостнее."),
    ("en", "There's a line of other customers waiting after you."),
    ("en", "If there's nothing else new, I'm closing the chat."),
    ("en", "I need you to just listen for a moment."),
    ("en", "I'll explain more slowly this time."),
    ("en", "Thirty minus twelve is eighteen, that's just arithmetic."),
    ("en", "Which you'd know if you'd opened the app."),
    ("en", "For future reference, our help page covers it."),
    ("en", "Maybe try bookmarking the guide."),
    # round 29 (blind25 as tuning data)
    ("ru", "Курьер, видимо, должен был привезти посылку лично для вас к обеду."),
    ("ru", "Заказывают не глядя, а потом удивляются."),
    ("ru", "Спасибо за напоминание, без вас я бы точно не разобралась."),
    ("ru", "Мне не нужно рассказывать, зачем вам это."),
    ("ru", "Либо ждите, либо приезжайте сами."),
    ("ru", "Договор, который подписываешь, полезно читать до конца."),
    ("ru", "Судя по заглавным буквам, терпение у вас кончилось."),
    ("en", "Shall I just beam it straight to your sofa?"),
    ("en", "Sadly there's no magic button for that."),
    ("en", "You don't need to read the email out to me."),
    ("en", "We can't keep going around on this."),
    ("en", "It'll arrive when it arrives."),
    ("en", "Honestly, it's not worth phoning about."),
    ("en", "How terribly observant of you."),
    ("en", "We'd never have spotted it without you, clearly."),
    # round 30 (blind26 as tuning data)
    ("ru", "Без отметки в базе кот, разумеется, сразу превращается в бездомного."),
    ("ru", "Попробую объяснить помедленнее."),
    ("ru", "Это понимает любой, кто хоть раз заказывал доставку."),
    ("ru", "Спасибо, что так обстоятельно расписали, сколько вы ждали."),
    ("ru", "Мне, если честно, всё равно, когда вам удобно."),
    ("ru", "Мастер всё-таки не такси, ждать его по минутам не нужно."),
    ("ru", "Раз уж это доставило вам столько хлопот, вернём часть суммы."),
    ("en", "One late parcel and suddenly it's a national crisis."),
    ("en", "I don't need the full history, thanks."),
    ("en", "Refund or replacement? Yes or no?"),
    ("en", "I'll say it slowly so it sinks in."),
    ("en", "Thanks so much for explaining to us how invoices work."),
    ("en", "A short wait isn't what we would count as a complaint."),
    # round 31 (blind27 as tuning data)
    ("ru", "Полчаса ожидания — подвиг, не спорю."),
    ("ru", "Если вы не в курсе, счётчики поверяют раз в шесть лет."),
    ("ru", "Вы вообще когда-нибудь заглядывали в личный кабинет?"),
    ("ru", "Вам незачем вникать, просто оплатите."),
    ("ru", "Спасибо, что соизволили прислать показания."),
    ("ru", "У нас ведь было мало дел, так что пишите ещё."),
    ("ru", "Как хотите, так и оплачивайте."),
    ("ru", "Когда дадут воду, не знаю я."),
    ("ru", "Благодарим вас за пятое письмо на эту тему."),
    ("ru", "Ваше упорство не осталось незамеченным."),
    ("ru", "Смеем напомнить, что срок оплаты давно прошёл."),
    ("en", "I'm sure that was a nice surprise for you."),
    ("en", "Other customers work it out without calling."),
    ("en", "Nice and slow: type the code, press send."),
    ("en", "I have to keep this brief, there's a queue."),
    ("en", "Honestly, there's nothing much to discuss."),
    ("en", "Thanks for the full saga of your boiler."),
    ("en", "Your letter brightened up our inbox no end."),
    ("en", "Thank you for your fifth message on this."),
    ("en", "We serve everyone in turn, however many calls they make."),
    ("en", "Thank you for your patience, which has obviously run thin."),
    # round 32 (blind28 as tuning data)
    ("ru", "Спасибо, что написали пять раз за полчаса."),
    ("ru", "Без вашего письма мы бы, конечно, не справились."),
    ("ru", "Условия возврата изучают до покупки, а не после."),
    ("ru", "Такая въедливость встречается редко."),
    ("ru", "При вашей наблюдательности вы найдёте кнопку сами."),
    ("ru", "Раз уж для вас это так важно, оформлю."),
    ("ru", "Объясню как дошкольнику: жмёте зелёную кнопку."),
    ("ru", "Ссылку в письме сложно не заметить."),
    ("ru", "Раз у вас такие трудности с приложением, сделаю сам."),
    ("ru", "давайте покороче, пожалуйста"),
    ("ru", "за мной ещё десяток клиентов"),
    ("ru", "Нам весьма лестно ваше внимание к мелочам."),
    ("ru", "Позволим себе осторожно напомнить про сроки."),
    ("ru", "Вы же прочли договор от первой до последней строки."),
    ("ru", "Пять минут — это пять минут."),
    ("en", "Let's imagine you're the one customer in a thousand who read the terms."),
    ("en", "Thanks so very much for the four screenshots."),
    ("en", "Before complaining about the fee, consider what it pays for."),
    ("en", "That's fairly elementary, I'm afraid."),
    ("en", "Messages like yours come in after every show."),
    ("en", "Two hours is two hours."),
    ("en", "Nothing brightens a Monday like a five-page complaint."),
    # round 33 (blind29 as tuning data)
    ("ru", "Спасибо, что поделились подробностями вашей переписки с банком."),
    ("ru", "Без них мы бы, конечно, не догадались."),
    ("ru", "Зато теперь можно спокойно дотянуть до пенсии."),
    ("ru", "Прочтите, пожалуйста, моё письмо чуть выше."),
    ("ru", "Повторю и в четвёртый раз."),
    ("ru", "Объясняю, как детям объясняют: карту к жёлтому кругу."),
    ("ru", "Справится даже тот, кто впервые видит приложение."),
    ("ru", "Я не нанималась читать вам правила вслух."),
    ("ru", "у меня люди в очереди висят"),
    ("ru", "Ну не то чтобы страшная беда, три рубля."),
    ("ru", "Оформлю, раз так хочется."),
    ("ru", "Колдовать меня пока не научили."),
    ("ru", "Благодарим за столь красочное описание поездки."),
    ("ru", "Слог у вас, конечно, отменный."),
    ("ru", "Раз вы так упорно настаиваете, передадим."),
    ("en", "Forty minutes in the rain, quite a horror story."),
    ("en", "Honestly, it's not much of a riddle."),
    ("en", "I'll talk slower then."),
    ("en", "Thanks for the invaluable lecture on timetables."),
    ("en", "yes yes i got it the card number please"),
    ("en", "There are other customers waiting, so quickly."),
    ("en", "Allow me to remind you how validation works."),
    ("en", "This is basic, you tap in first."),
    ("en", "Rules are there for a reason."),
    # round 34 (blind30 as tuning data)
    ("ru", "Благодарю за захватывающий рассказ о вашей очереди."),
    ("ru", "Спасибо, что подгоняете, работа сразу пошла."),
    ("ru", "Это ваша рассеянность, а не наша ошибка."),
    ("ru", "Объясняю как взрослому: пароль не сообщают никому."),
    ("ru", "Конечно-конечно, всё бросим и займёмся вами."),
    ("ru", "Весь отдел только ради вашего письма и работает."),
    ("ru", "Желаю вам чуть больше терпения."),
    ("ru", "Раздел набран крупными буквами, такое легко не заметить."),
    ("ru", "ну починят когда нибудь"),
    ("ru", "Ничего страшного с вами не произойдёт."),
    ("ru", "Без вашей подсказки я бы до утра искал."),
    ("ru", "Оплату сверяют заранее, а не за день до дедлайна."),
    ("ru", "как сделают так и сделают"),
    ("en", "Two days without Wi-Fi, how did you ever survive."),
    ("en", "The office will cope without you for a morning."),
    ("en", "Thanks awfully for the reminder."),
    ("en", "I'd never have guessed from your first three emails."),
    ("en", "Happy to help, since that seems to be in doubt."),
    ("en", "Some of us find forms harder than others."),
    ("en", "can we wrap this up please"),
    ("en", "Here is how refunds are meant to work."),
    ("en", "A responsible tenant pays on time."),
    ("en", "okay okay i got it"),
    ("en", "Let me use this opportunity to explain how deadlines work."),
    ("en", "Late fees exist to build good habits."),
    ("en", "Thank you for your patience, which I can tell is wearing thin."),
    # round 35 (blind31 as tuning data)
    ("ru", "Спасибо, что проверили наше терпение на прочность."),
    ("ru", "Благодарю за столь ценное наблюдение."),
    ("ru", "Записала ваше пожелание, сложу его в копилку."),
    ("ru", "Объясню совершенно просто: кнопка одна."),
    ("ru", "Мы тут живём исключительно ради вас."),
    ("ru", "Если бы вы внимательнее читали договор, вопросов бы не было."),
    ("ru", "Со всем уважением к вашему коту, доставку не перенесём."),
    ("ru", "А ещё курьер вам и полы помоет, и ужин испечёт."),
    ("ru", "В рекламе же всякое обещают."),
    ("ru", "Квитанцию до конца никто прочитать не удосужился."),
    ("en", "Oh yes, the legendary next-day delivery."),
    ("en", "The courier was too busy being punctual elsewhere."),
    ("en", "Congratulations, you've found out that trains run late."),
    ("en", "I'm sure the printer is terribly sorry too."),
    ("en", "i'm not here to chat about it"),
    ("en", "the policy's the policy"),
    # round 36 (blind32 as tuning data)
    ("ru", "Бедная вы, целых десять минут ждать."),
    ("ru", "Как же вы только это пережили, без вайфая полчаса."),
    ("ru", "Отвечу ещё раз, чтобы на этот раз уж точно было ясно."),
    ("ru", "Сроки лучше считать по договору, а не на глаз."),
    ("ru", "Вы и сами прекрасно понимаете, что так не делается."),
    ("ru", "Сущая мелочь, а нам бы сэкономило полдня."),
    ("ru", "Мы просто обожаем такие срочные заказы."),
    ("en", "A missing towel at midnight, how riveting."),
    ("en", "Let's not make a drama out of a cold shower."),
    ("en", "Some advice from someone who has worked here for years: read the booking."),
    ("en", "A little patience with the builders goes a long way."),
    # round 37 (blind33 as tuning data)
    ("ru", "Опоздание на пять минут — прямо преступление против человечества."),
    ("ru", "Ковёр у вас, видимо, антикварный."),
    ("ru", "Давайте без драматизма, это всего лишь коробка."),
    ("ru", "Курьеры и не такое возят."),
    ("ru", "Нам ведь совсем не трудно всё переделать за час."),
    ("en", "If the swearing continues, I'll end this call."),
    ("en", "Our thoughts are with you in this difficult hour."),
    ("en", "A traumatic morning for the sofa, I'm sure."),
    ("en", "Such a creative interpretation of the terms."),
    ("en", "It's rather bold to say nobody warned you."),
    # round 38 (blind34 as tuning data): a job «для фокусника», «не нужно разводить драму», «ты не один такой», «а не
    # музейный экспонат», «читали по диагонали», counting the customer's typos; "*sighs*", "act like the world is
    # ending", "Happy now?", "hardly the first thing anyone would notice", scolding capitals, "a silly question to
    # ask", mock praise, a jibe at the customer's budget
    ("ru", "Отстирать такое — задача для фокусника, а фокусников у нас пока не держим."),
    ("ru", "Не нужно разводить драму из-за пуговицы."),
    ("ru", "Ты не один такой, подожди."),
    ("ru", "Это обычная скатерть, а не музейный экспонат."),
    ("ru", "Письмо вы, похоже, читали по диагонали."),
    ("ru", "Опечатки в вашем заявлении мы уже посчитали."),
    ("en", "*sighs* Fine, I'll look again."),
    ("en", "You all act like the world is ending over one late order."),
    ("en", "Done. Happy now?"),
    ("en", "Honestly, a crease is hardly the first thing anyone would notice."),
    ("en", "Writing in block capitals won't speed anything up."),
    ("en", "What a silly question to ask."),
    ("en", "Well done on noticing it a month later."),
    ("en", "The basic service might suit your budget better."),
    # round 39 (blind35 as tuning data): «а не для экспертизы», «объясню вам азы», «я и говорю вежливо», «на что вы
    # рассчитывали», «определитесь сначала», «люди старшего поколения», «после такого гневного письма»; "call the
    # emergency services", "you can keep arguing", "called rye for a reason", "what a colourful description", "sorted
    # by yesterday"
    ("ru", "Фото делали для красоты, а не для экспертизы."),
    ("ru", "Объясню вам азы: безе внутри мягкое."),
    ("ru", "Я и говорю вежливо."),
    ("ru", "Ну а на что вы рассчитывали за такие деньги?"),
    ("ru", "Определитесь сначала, чего хотите, потом пишите."),
    ("ru", "Люди старшего поколения часто путают кнопки."),
    ("ru", "После такого гневного письма любой ответ покажется сухим."),
    ("en", "Shall I call the emergency services over a crooked letter?"),
    ("en", "You can keep arguing, or I can book the van."),
    ("en", "Rye bread is called rye for a reason."),
    ("en", "What a colourful description of a slightly flat croissant."),
    ("en", "Everyone wants it sorted by yesterday."),
    # round 40 (blind36 as tuning data): «ну конечно, … именно вашу», «нынче не модно», «из-за такой ерунды обычно не
    # пишут», «раз вам так приспичило», «вы бы …, прежде чем», «не тараторьте», «учтём ваши высокие стандарты», «все
    # … одинаковые»; "a bold choice", "very zen", "no need for the whole saga", "as short as your patience", "a little
    # reality check"
    ("ru", "Ну конечно, курьер весь день искал именно вашу посылку."),
    ("ru", "Инструкции читать нынче не модно."),
    ("ru", "Из-за такой ерунды обычно не пишут."),
    ("ru", "Ладно, раз вам так приспичило."),
    ("ru", "Вы бы сначала всё посчитали, прежде чем звонить."),
    ("ru", "Не тараторьте, я записываю."),
    ("ru", "Учтём ваши высокие стандарты."),
    ("ru", "Все фрилансеры одинаковые."),
    ("en", "Booking the smallest room for twelve is a bold choice."),
    ("en", "Very zen, working on the floor."),
    ("en", "No need for the whole saga, I get it."),
    ("en", "We'll keep this as short as your patience."),
    ("en", "Time for a little reality check."),
    # round 41 (blind37 as tuning data): sarcastic praise, «но дело ваше», pet names, age, the customer's «essay»
    ("ru", "Записаться в последний день — смелость, конечно."),
    ("ru", "Даже такого знатока без паспорта не пустят."),
    ("ru", "Можно было и раньше записаться, но дело ваше."),
    ("ru", "Не психуйте, я всё вижу."),
    ("ru", "Солнышко, ну опоздал мастер, бывает."),
    ("ru", "Вы прямо как на курорт приехали."),
    ("ru", "Привыкайте, дальше будет только сложнее."),
    ("ru", "Не перебивайте меня, пожалуйста."),
    ("ru", "Ваш трактат мы прочитали всем офисом."),
    ("ru", "Надеюсь, в следующий раз вы будете так же внимательны к своим платежам."),
    ("ru", "В вашем возрасте учиться уже непросто, это нормально."),
    ("ru", "Такие клиенты больше жалуются, чем читают."),
    ("en", "I'm sure the whole office enjoyed the show."),
    ("en", "Let's not make this into a big deal."),
    ("en", "Don't feel bad if you end up failing, most do."),
    ("en", "Two minutes late is hardly the end of the world."),
    ("en", "The price is what it is."),
    ("en", "The terms, which I assume you've read, say otherwise."),
    ("en", "We trust you'll put the spare hour to good use."),
    ("en", "Quite a record of sorts, that."),
    # round 42 (blind38 as tuning data): «давайте вы сначала …, а потом», «это не …, а жизнь», «ладно уж», «ещё раз, по буквам»
    ("ru", "Давайте вы сначала определитесь, а потом будете звонить."),
    ("ru", "У меня сегодня не только ваша заявка."),
    ("ru", "Больше, надеюсь, ничего переделывать не будем?"),
    ("ru", "Царапины — это не дефект, а жизнь."),
    ("ru", "Работает же? Ну вот."),
    ("ru", "Драму тут устраивать не стоит."),
    ("ru", "Это вообще-то указано в договоре."),
    ("ru", "Ладно уж, оформлю."),
    ("ru", "В следующий раз слушайте до конца."),
    ("ru", "Объясню для вас ещё раз, по буквам."),
    ("ru", "Если и это покажется сложным, позвоните."),
    ("en", "I can't draw you a map, it's on the website."),
    ("en", "The time to complain was at the counter."),
    ("en", "Since the form seems to be beyond you, I filled it in."),
    ("en", "Hopefully that's the last time we have to explain it."),
    # round 43 (blind39 as tuning data): «не сахарная», «не для красоты пишут», «ну X и X», "out of thin air", "the big bad …"
    ("ru", "Вы не сахарная, полчаса подождёте."),
    ("ru", "Инструкции не для красоты пишут."),
    ("ru", "Правила неплохо бы соблюдать."),
    ("ru", "Значит, надо было в химчистку отнести."),
    ("ru", "Ну не я же ваш счёт выставляла."),
    ("ru", "Вы мне тут сказки не рассказывайте."),
    ("ru", "Ну опоздал и опоздал, бывает."),
    ("ru", "Это азбучная истина для любого клиента."),
    ("ru", "Имело бы смысл прочитать договор."),
    ("en", "I can't just pull a courier out of thin air."),
    ("en", "Let's be realistic about the timing."),
    ("en", "We'll save you from the big bad mouse on Tuesday."),
    ("en", "As you may or may not remember, the fee is in the terms."),
    ("en", "If that's too much of a challenge, call us."),
    ("en", "Okay, I heard you the first time."),
    # round 44 (blind40 as tuning data): «подкрался незаметно», «вопросы к себе», «ликбез», "is, well, late", "not a buffet", "do not invent"
    ("ru", "Столб, видимо, подкрался незаметно."),
    ("ru", "Каждый второй клиент так говорит."),
    ("ru", "Так что вопросы к себе."),
    ("ru", "Ещё раз, медленно: залог вернули."),
    ("ru", "Как могу, так и объясняю."),
    ("ru", "Правила написаны для тех, кто читает."),
    ("ru", "Проведу для вас небольшой ликбез."),
    ("ru", "Можно было и самой посмотреть в приложении."),
    ("ru", "Давайте без нотаций."),
    ("ru", "Ну вы романтик, конечно."),
    ("en", "It says so on your receipt."),
    ("en", "Ten minutes is, well, ten minutes."),
    ("en", "You know there's a 'Cancel' link in the email?"),
    ("en", "Fine, I'll do it for you this time."),
    ("en", "Okay, I'll spell it out."),
    ("en", "It's a hotel, not a buffet."),
    ("en", "Next time maybe read the terms first."),
    ("en", "Our staff do not invent charges."),
    ("en", "Draw your own conclusions."),
    # round 45 (blind41 as tuning data): «как видно, никто не читает», «до свадьбы заживёт», «не ваш формат»,
    # "what … are for", "bit old for that"
    ("ru", "Правила висят у входа, но их, как видно, никто не читает."),
    ("ru", "Условия, между прочим, написаны на сайте."),
    ("ru", "Кнопку обычно находят без подсказок."),
    ("ru", "Ну вот видите, всё просто."),
    ("ru", "А вы что ожидали в субботу вечером?"),
    ("ru", "Не вам же график составлять."),
    ("ru", "Запишу вашу жалобу, если вам от этого станет легче."),
    ("ru", "Синяк до свадьбы заживёт."),
    ("ru", "Ну что вы так разволновались?"),
    ("ru", "Это, как ни странно, батутный центр."),
    ("ru", "Может, это просто не ваш формат."),
    ("ru", "Вам лучше поискать что-то спокойнее."),
    ("en", "That's basically what trampolines are for."),
    ("en", "Our staff aren't there to babysit."),
    ("en", "Somewhere quieter might suit you better."),
    ("en", "Bit old for that, surely."),
    ("en", "It may be worth actually reading the terms."),
    ("en", "I'm sure he is fine now."),
    ("en", "We can't have someone standing next to every slide."),
    ("en", "These are the terms, the ones you confirmed you had read."),
    # round 46 (blind42 as tuning data): «для тех, кто не любит читать», «стоило …», «сами себе …», «вас таких», «не
    # разоритесь», «раз вы сами не поняли»; "… by itself, did it?", "just google", "as simply as I can", "rather
    # emotional"
    ("ru", "Там даже схема есть для тех, кто не любит читать."),
    ("ru", "Ответ ниже, если долистать."),
    ("ru", "Взрослые люди, а такие вопросы задаёте."),
    ("ru", "Прежде чем платить, стоило прочитать условия."),
    ("ru", "Это всё-таки не ресторан."),
    ("ru", "Вы сами себе создали проблему."),
    ("ru", "Удачи с жалобой."),
    ("ru", "Давайте без предисловий."),
    ("ru", "Вас таких сегодня сорок человек."),
    ("ru", "Не разоритесь от двухсот рублей."),
    ("ru", "это уж как повезёт"),
    ("ru", "послушайте мужчина давайте по делу"),
    ("ru", "Раз вы сами не поняли, объясню."),
    ("ru", "Я смотреть ничего не буду."),
    ("ru", "Сначала надо читать уведомления, а потом возмущаться."),
    ("ru", "Перезванивать вам никто и не должен был."),
    ("en", "So the scratch just appeared by itself, did it?"),
    ("en", "Just google the address."),
    ("en", "Parcels don't walk off on their own."),
    ("en", "Maybe bring your glasses next time."),
    ("en", "Let me explain this as simply as I can."),
    ("en", "It's not hidden, it's under Settings."),
    ("en", "Reading the sign takes less time than writing this email."),
    ("en", "Something to keep in mind next time."),
    ("en", "We have read your rather emotional message."),
    # round 47 (blind43 as tuning data): «ну да, …, конечно, важнее», «это, простите, азы», «никто не запрещает»,
    # «знает любая …», «восклицательные знаки»; "I've got … chats waiting", "isn't the end of the world", "that's a
    # new one", "artists, not …"
    ("ru", "Ну да, открытка, конечно, важнее букета."),
    ("ru", "Это, извините, азы."),
    ("ru", "Вы уже раз десять спросили."),
    ("ru", "Смотреть статус заказа в приложении никто не запрещает."),
    ("ru", "Вы же не думали, что за эти деньги привезут сто роз?"),
    ("ru", "Еда в кафе тоже не как на картинке."),
    ("ru", "Это знает любой водитель."),
    ("ru", "Спасибо за письмо с пятью восклицательными знаками."),
    ("ru", "Постараемся ответить чуть короче."),
    ("en", "I've got thirty other chats waiting."),
    ("en", "There's nothing to chase here."),
    ("en", "A few days isn't the end of the world."),
    ("en", "Honestly, you were one of the lucky ones."),
    ("en", "Ha, that's a new one."),
    ("en", "It happens to everyone who doesn't read the label."),
    ("en", "Our bakers are artists, not machines."),
    ("en", "That is, with respect, not our problem."),
    # round 48 (blind44 as tuning data): «затерялось среди … срочных дел», «на вашем же …», «базовая обязанность того,
    # кто …»; "I'm not here to … your", "a good moment to find a … who", "worth getting used to it", "clearly
    # unfamiliar to you"
    ("ru", "Видимо, письмо затерялось среди прочих срочных дел."),
    ("ru", "Всё видно на вашем же фото."),
    ("ru", "Это базовая обязанность того, кто заполняет анкету."),
    ("en", "I'm not here to check your spelling."),
    ("en", "Maybe it's a good moment to find a bookkeeper who reads things."),
    ("en", "It's worth getting used to it."),
    ("en", "Tax forms are clearly unfamiliar to you."),
    # round 49 (blind45 as tuning data): «вы же не один у нас такой», «не … — значит, не …», «не заменит здравого
    # смысла», «разберётесь, надеюсь», «это уж вы сами», «я по-вашему что сквозь стену …», «работать, а не в гости»,
    # «в следующий раз вы отнесётесь», «подписывали не глядя»; "waiting is hard", "a small miracle", "get there when
    # she gets there", "not her only …"
    ("ru", "Вы же не один у нас такой."),
    ("ru", "Не приехал — значит, не приехал."),
    ("ru", "Никакая программа не заменит здравого смысла."),
    ("ru", "Там всё просто, разберётесь, надеюсь."),
    ("ru", "А с роутером это уж вы сами."),
    ("ru", "я по-вашему что сквозь стену видеть должна"),
    ("ru", "Курьер приходит работать, а не в гости."),
    ("ru", "В следующий раз вы отнесётесь к мастеру с пониманием, надеемся."),
    ("ru", "Условия вы, видимо, подписывали не глядя."),
    ("en", "I know, waiting is hard."),
    ("en", "It worked? A small miracle."),
    ("en", "She'll get there when she gets there."),
    ("en", "You're not her only customer today."),
    # round 50 (blind46 as tuning data): «а чего вы ждали», «могли бы и почитать», «помедленнее объясню», «может, так
    # дойдёт», «не справочное бюро», «мы всё-таки …, а не …», «с этим школьник …», «а то опять скажете», «не первая и
    # не последняя», «каждый уверен, что он особенный», «разжевать», «даже без специальных знаний», «не волшебная
    # палочка», «странно, что такие очевидные вещи»; "try to keep up", "rather not go through this again"
    ("ru", "А чего вы ждали от бесплатного тарифа?"),
    ("ru", "Могли бы и почитать условия перед оплатой."),
    ("ru", "Давайте помедленнее объясню."),
    ("ru", "Напишу ещё раз, может, так дойдёт."),
    ("ru", "У нас тут не справочное бюро."),
    ("ru", "Мы всё-таки банк, а не благотворительный фонд."),
    ("ru", "С этим школьник за минуту разберётся."),
    ("ru", "Проверьте сначала кабель, а то опять скажете, что ничего не работает."),
    ("ru", "Вы не первая и не последняя, кто так говорит."),
    ("ru", "Каждый уверен, что он особенный."),
    ("ru", "ещё что нибудь разжевать"),
    ("ru", "Надеемся, расчёт понятен даже без специальных знаний."),
    ("ru", "Страховка — это защита, а не волшебная палочка."),
    ("ru", "Странно, что такие очевидные вещи надо объяснять."),
    ("en", "Please try to keep up with the emails."),
    ("en", "I'd rather not go through this again."),
    # round 51 (blind47 as tuning data): «конечно … удобно …, ага», «это вам не фантик», «ещё по-божески»,
    # «телепортировать», «выбросить на память», «поздравляю, конечно, но», «при внимательном чтении … удалось бы
    # избежать», «иных оснований … не усматриваем», «пока кто-то другой сделает это за вас», «сэкономило бы … наше
    # время»; "isn't a lottery", "you'll actually remember", "where it's always been", "I'm sure you'll manage", "must
    # be very bored", "if it matters that much to you", "try not to lose sleep over", "save everyone a lot of
    # trouble", "the whole story", "let's not make this into a …", "or not", "if you had … you wouldn't be", "not the
    # only customer", "most customers … without any trouble", "we trust this time"
    ("ru", "Без чека, конечно, очень удобно потом что-то доказывать, ага."),
    ("ru", "Квитанция — это вам не фантик, её хранят."),
    ("ru", "Неделя ожидания — это ещё по-божески."),
    ("ru", "я же не могу телепортировать курьера к вам"),
    ("ru", "Старый пропуск можете выбросить на память."),
    ("ru", "Поздравляю, конечно, но сроки от этого не меняются."),
    ("ru", "При внимательном чтении договора этой путаницы удалось бы избежать."),
    ("ru", "Иных оснований для пересмотра решения не усматриваем."),
    ("ru", "Проверяйте статус сами, а не ждите, пока кто-то другой сделает это за вас."),
    ("ru", "Это сэкономило бы и ваши нервы, и наше время."),
    ("en", "The app isn't a lottery, the code expires after three tries."),
    ("en", "Pick a password you'll actually remember."),
    ("en", "The button is where it's always been. I'm sure you'll manage."),
    ("en", "Your landlord must be very bored."),
    ("en", "If it matters that much to you, we can reprint it."),
    ("en", "Try not to lose sleep over a typo."),
    ("en", "Reading the guide first would save everyone a lot of trouble."),
    ("en", "you don't need to tell me the whole story just the postcode"),
    ("en", "let's not make this into a lecture does that suit you or not"),
    ("en", "If you had sent the form on time you wouldn't be in a hurry now."),
    ("en", "You are not the only customer we have."),
    ("en", "Most customers seem to find the form without any trouble."),
    ("en", "We trust this time the payment will arrive correctly."),
    # round 52 (blind48 as tuning data): «вообще-то написан», «— очень полезная привычка», «значит, и переживать не о
    # чем», «по десятку за день», «можно было бы и заметить», «ну вы даёте», «видимо, … вы не прочитали», «если бы вы
    # …, проблем бы сейчас не было», «в очередной раз объясняю», «вам уже несколько раз писали», «в этот раз … будет
    # достаточно понятным», «четвёртое обращение … не понадобится», «я вам ничего не должен», «вот и получили»; "one
    # message is enough", "everyone says that", "it had a reason", "not the one you need to convince", "whenever they
    # get round to it", "you'll just have to wait, won't you"
    ("ru", "Срок доставки вообще-то написан в карточке заказа."),
    ("ru", "Проверять реквизиты до оплаты — очень полезная привычка."),
    ("ru", "Деньги не списались, значит, и переживать не о чем."),
    ("ru", "Таких жалоб у нас по десятку за день."),
    ("ru", "Кнопку можно было бы и заметить, она красная."),
    ("ru", "ну вы даёте кто же так делает"),
    ("ru", "Видимо, письмо с кодом вы не прочитали."),
    ("ru", "Если бы вы сохранили чек, проблем бы сейчас не было."),
    ("ru", "В очередной раз объясняю порядок возврата."),
    ("ru", "Вам уже несколько раз писали, что срок — пять дней."),
    ("ru", "Надеюсь, в этот раз ответ будет достаточно понятным."),
    ("ru", "Надеемся, четвёртое обращение по этому вопросу не понадобится."),
    ("ru", "я вам ничего не должен"),
    ("ru", "Пропустили срок — вот и получили штраф."),
    ("en", "One message is enough, we see it."),
    ("en", "Everyone says that when the payment fails."),
    ("en", "If the bank declined it, it had a reason."),
    ("en", "I'm not the one you need to convince."),
    ("en", "The team will reply whenever they get round to it."),
    ("en", "You'll just have to wait, won't you?"),
    # round 53 (blind49 as tuning data): «вообще-то всё прописано», «раз читать не хочется», «догадаться нетрудно», «а
    # то так и будете ждать», «вообще-то отвечают родители», «вы бы потрудились», «мимо не пройти», «теперь всё
    # совершенно ясно», «удивительно, сколько у …», «всех, кому вы решили …»; "nice detective work", "no rush,
    # obviously", "next time, then.", "hardly a fortune", "shall we say", "can hardly have been a surprise", "a
    # stretch for your budget"
    ("ru", "Вообще-то всё прописано в договоре, пункт 4."),
    ("ru", "Раз читать не хочется, перескажу коротко."),
    ("ru", "Тут догадаться нетрудно: нужен новый пароль."),
    ("ru", "Смените карту, а то так и будете ждать списаний."),
    ("ru", "Вообще-то отвечают родители, а не мы."),
    ("ru", "Вы бы потрудились прочитать письмо."),
    ("ru", "Кнопка большая, мимо не пройти."),
    ("ru", "Надеюсь, теперь всё совершенно ясно."),
    ("ru", "Удивительно, сколько у людей находится свободного времени на жалобы."),
    ("ru", "Не всех, кому вы решили показать пароль, мы обязаны обслуживать."),
    ("en", "Nice detective work there."),
    ("en", "The fix came out in May, but no rush, obviously."),
    ("en", "Maybe read the terms next time, then."),
    ("en", "It's 200 rubles, hardly a fortune."),
    ("en", "Thank you for your, shall we say, lively feedback."),
    ("en", "The change can hardly have been a surprise."),
    ("en", "If the Plus plan is a stretch for your budget, there is Lite."),
    # round 54 (blind50 as tuning data): «раз вы до него не добрались, разжую», «как у половины клиентов», «ну … же на
    # сайте», «я вам что, … обязана», «забрать на память», «полезно было бы заранее …»; "closer to home before blaming",
    # "come back when you've got …", "evidently much busier", "maybe this time will be lucky"
    ("ru", "Раз вы до него не добрались, разжую по пунктам."),
    ("ru", "Только без фото вверх ногами, как у половины клиентов."),
    ("ru", "Ну расписание же на сайте висит."),
    ("ru", "Я вам что, весь каталог по телефону читать обязана?"),
    ("ru", "Договор не сувенир, его не забрать на память."),
    ("ru", "Полезно было бы заранее прочитать правила."),
    ("en", "Maybe look closer to home before blaming the bank."),
    ("en", "Come back when you've got the deposit."),
    ("en", "Your schedule is evidently much busier than ours."),
    ("en", "Maybe this time will be lucky."),
    # round 55 (blind51 as tuning data): «каждого пенсионера», «не надо сгущать краски», «недостаточно крупная», «видимо,
    # так бывает не всегда», «вы уж определитесь», «позволю себе напомнить», «сбережёт … и наше время», «достаточно было
    # открыть»; "pretty much on time", "the grown-up way", "let's be real", "maybe he'll be nicer", "it says so on the
    # … itself", "give it a proper read", "save us both time", "congratulations on making it through", "you might
    # consider joining them"
    ("ru", "Автобус не будет ждать каждого пенсионера."),
    ("ru", "Не надо сгущать краски, все доехали."),
    ("ru", "Видимо, надпись недостаточно крупная."),
    ("ru", "Видимо, так бывает не всегда: правила-то на сайте."),
    ("ru", "Вы уж определитесь, какой рейс вам нужен."),
    ("ru", "Позволю себе напомнить, что правила на сайте."),
    ("ru", "Это сбережёт и ваши нервы, и наше время."),
    ("ru", "Достаточно было открыть письмо."),
    ("en", "Ten minutes late is pretty much on time."),
    ("en", "Reading the terms first is the grown-up way to do it."),
    ("en", "Let's be real, nobody waits for one passenger."),
    ("en", "Say please and maybe he'll be nicer."),
    ("en", "It says so on the booking itself."),
    ("en", "Give it a proper read next time."),
    ("en", "That would save us both time."),
    ("en", "Congratulations on making it through a whole morning without Wi-Fi."),
    ("en", "Everyone else reads the rules; you might consider joining them."),
    # round 56 (blind52 as tuning data): «сначала …, а потом звонят», «будете и дальше экспериментировать», «ответ будет тот
    # же», «от того, что вы спрашиваете», «так я сразу и говорила», «рекомендуем не паниковать», «теперь всё стало
    # совершенно понятно»; "this same question twenty times a day", "hope that clears it up for you", "let's be quick",
    # "Yes, I can tell", "carefully this time", "more confident with technology", "not magic", "wants it yesterday"
    ("ru", "Сначала нажимают всё подряд, а потом звонят нам."),
    ("ru", "Будете и дальше экспериментировать с настройками?"),
    ("ru", "Спросите ещё раз — ответ будет тот же."),
    ("ru", "От того, что вы спрашиваете снова, ничего не изменится."),
    ("ru", "Так я сразу и говорила."),
    ("ru", "Рекомендуем не паниковать и дождаться письма."),
    ("ru", "Надеемся, теперь всё стало совершенно понятно."),
    ("en", "We get this same question twenty times a day."),
    ("en", "Hope that clears it up for you."),
    ("en", "Busy day, so let's be quick."),
    ("en", "Yes, I can tell."),
    ("en", "Type it carefully this time."),
    ("en", "Maybe ask someone more confident with technology."),
    ("en", "It's a queue, not magic."),
    ("en", "Everyone wants it yesterday."),
    # round 57 (blind53 as tuning data): «читать скучно», «подписывать не глядя», «заглядывали хоть изредка», a bare
    # «Мужчина,», «я за вас … не стану», «думаю, … разберётесь», «это рекорд», «вы у нас не единственный», «вы мне сейчас
    # всю … расскажете», «а не санаторий», a dismissive repeat, «сяду за руль», «я … не вожу», «стоило бы почитать», «зря
    # потратите», «с азов», «любой, кто хоть раз», «обсуждать нечего», «довольно наивно», «не спешить с выводами»; "a
    # shocking discovery", "hear what they want to hear", "look at it yourself before", "you should have bought the", "as
    # the word suggests", "most of our customers understand this before"
    ("ru", "Понимаю, условия читать скучно, но подпись-то ваша."),
    ("ru", "Подписывать акт не глядя — плохая идея."),
    ("ru", "Вы бы в личный кабинет заглядывали хоть изредка."),
    ("ru", "Мужчина, номер заказа написан в смс."),
    ("ru", "Я за вас заполнять заявку не стану."),
    ("ru", "Думаю, уж с этим вы разберётесь."),
    ("ru", "Десять минут на поиск чека — это просто рекорд."),
    ("ru", "Вы у нас не единственный клиент."),
    ("ru", "вы мне сейчас всю жизнь расскажете"),
    ("ru", "Это больница, а не санаторий."),
    ("ru", "разберутся разберутся до свидания"),
    ("ru", "ну сейчас я сам сяду за руль и всё привезу"),
    ("ru", "Я грузовики не вожу."),
    ("ru", "Стоило бы почитать инструкцию."),
    ("ru", "Скорее всего, вы зря потратите деньги на экспертизу."),
    ("ru", "Придётся объяснить с азов."),
    ("ru", "Любой, кто хоть раз делал ремонт, это знает."),
    ("ru", "Обсуждать тут нечего."),
    ("ru", "Ваши выводы звучат довольно наивно."),
    ("ru", "Предлагаю не спешить с выводами."),
    ("en", "A shocking discovery, I'm sure."),
    ("en", "Some people hear what they want to hear."),
    ("en", "Take a look at it yourself before you call again."),
    ("en", "You should have bought the extended warranty."),
    ("en", "Self-service, as the word suggests, means you do it yourself."),
    ("en", "Most of our customers understand this before they order."),
    # round 58 (blind54 as tuning data): «как нетрудно догадаться», «полезно иногда заглядывать», «или будете ещё
    # думать», «арифметика … простая», «не такая уж трагедия», «ещё не конец света», «вы у неё не единственная»,
    # «открывали бы … хотя бы раз в неделю», «вопрос бы не возник», «как вы, надеюсь, понимаете»; "which is rather the
    # point", "as I'm sure you've noticed", "properly the first time", "people always say that", "got used to a cheap …"
    ("ru", "Как нетрудно догадаться, квитанция приходит раз в месяц."),
    ("ru", "Полезно иногда заглядывать в личный кабинет."),
    ("ru", "Оформлять или будете ещё думать?"),
    ("ru", "Арифметика тут простая."),
    ("ru", "Переплата в сто рублей — не такая уж трагедия."),
    ("ru", "Опоздание на час — это ещё не конец света."),
    ("ru", "Вы у неё не единственная пациентка."),
    ("ru", "Открывали бы почту хотя бы раз в неделю."),
    ("ru", "Если бы вы прочитали письмо, вопрос бы не возник."),
    ("ru", "Трубы, как вы, надеюсь, понимаете, сами не чинятся."),
    ("en", "Which is rather the point of having an app."),
    ("en", "As I'm sure you've noticed, the form has a date field."),
    ("en", "Had it been filled in properly the first time, there would be no delay."),
    ("en", "People always say that after a price rise."),
    ("en", "You just got used to a cheap tariff."),
    # round 59 (blind55 as tuning data): «это очевидно», «как почему-то любят», «всегда так говорят», «волноваться было
    # не из-за чего», «указано крупными буквами», «надо было покупать … заранее», «сами по себе не появляются», «…надо
    # было раньше», «настоятельно рекомендуем ознакомиться», «вполне закономерно»; "however confident", "worth reading
    # … before", "not entirely surprising", "asking for it", "cannot be expected to", "would have saved you the trip"
    ("ru", "Это совершенно очевидно."),
    ("ru", "Вы, как почему-то любят многие, не дочитали до конца."),
    ("ru", "Клиенты всегда так говорят."),
    ("ru", "Волноваться было не из-за чего."),
    ("ru", "Там указано крупными буквами."),
    ("ru", "Надо было покупать билет заранее."),
    ("ru", "Вмятины сами по себе не появляются."),
    ("ru", "проверять надо было раньше а не сейчас"),
    ("ru", "Настоятельно рекомендуем ознакомиться с правилами."),
    ("ru", "Списание вполне закономерно."),
    ("en", "However confident you feel, book a lesson."),
    ("en", "It's worth reading the terms before you book."),
    ("en", "The delay is not entirely surprising."),
    ("en", "Leaving it unlocked was asking for it."),
    ("en", "Our staff cannot be expected to check every bag."),
    ("en", "A quick call would have saved you the trip."),
    # round 60 (blind56 as tuning data): «не научились заряжаться сами», «ну или …, тоже вариант», «ну ножками», «ничего
    # страшного прогуляетесь», «вы как себе это представляете», «всего лишь самокаты», «внимательные пользователи
    # делают это всегда»; "rules are rules", "walking is always an option", "most riders give …", "as I've just said",
    # "… FAQ, which is worth a read", "shouldn't be a surprise", "not something a careful adult would do"
    ("ru", "Самокаты пока не научились заряжаться сами."),
    ("ru", "Ну или пройти пешком 400 метров, тоже вариант."),
    ("ru", "ну ножками до остановки там недалеко"),
    ("ru", "ничего страшного прогуляетесь"),
    ("ru", "Ну а вы как себе это представляете?"),
    ("ru", "Не переживайте так, это всего лишь самокаты."),
    ("ru", "Внимательные пользователи делают это всегда."),
    ("en", "Rules are rules, I'm afraid."),
    ("en", "Walking is always an option."),
    ("en", "Most riders check the tyres before setting off."),
    ("en", "As I've just said, it's not a charge."),
    ("en", "That's explained in the FAQ, which is worth a read."),
    ("en", "The rule is on the first screen, so it shouldn't be a surprise."),
    ("en", "That is not something a careful adult would do."),
    # round 61 (blind57 as tuning data): «вы же взрослый человек», «договор-то читали», «сайт это реклама», «это не конец
    # света», «вы же не на самолёт опаздывали», «привыкли, что вам все должны»; "turn … into a drama", "if it makes you
    # feel better", "hardly an outrage", "I trust that settles it"
    ("ru", "Ну вы же взрослый человек."),
    ("ru", "Договор-то читали?"),
    ("ru", "А сайт это реклама."),
    ("ru", "ну это не конец света"),
    ("ru", "вы же не на самолёт опаздывали"),
    ("ru", "Вы просто привыкли, что вам все должны."),
    ("en", "Let's not turn a late visit into a drama, shall we?"),
    ("en", "I've refunded it. If it makes you feel better."),
    ("en", "A borrowed hoover is hardly an outrage."),
    ("en", "I trust that settles it."),
    # round 62 (blind58 as tuning data): «где же ещё», «это всё равно что спрашивать», «смелый выбор», «потом не
    # жалуйтесь», «… а не развлекать», «если бы вы повнимательнее посмотрели»; "take it really slowly", "even someone
    # who … can manage that", "If you insist.", "probably not the right company for you"
    ("ru", "Где же ещё, на коробке, конечно."),
    ("ru", "Это всё равно что спрашивать, где у машины руль."),
    ("ru", "Смелый выбор — отказаться от страховки."),
    ("ru", "Ваше право, но потом не жалуйтесь."),
    ("ru", "Мастера приезжают чинить, а не развлекать вас разговорами."),
    ("ru", "Если бы вы повнимательнее посмотрели квитанцию, то увидели бы сумму."),
    ("en", "OK, let's take it really slowly."),
    ("en", "Even someone who has never used a phone can manage that."),
    ("en", "If you insist. I've changed the date."),
    ("en", "Then we're probably not the right company for you."),
    # round 63 (blind59 as tuning data): «никакой … такого не выдержит», «насыщенная у вас жизнь», «постарайтесь … всё-таки»,
    # «давайте без крика», «на первой странице … написаны», «берите и не думайте», «стоит относиться … проще», «… тоже живой
    # человек», «следовало …, а не писать нам»; "in case you'd like to look next time"
    ("ru", "Если носить его под дождём, никакой зонт такого не выдержит."),
    ("ru", "Третий перенос за неделю? Насыщенная у вас жизнь."),
    ("ru", "Постарайтесь в пятницу всё-таки прийти вовремя."),
    ("ru", "давайте без крика пожалуйста"),
    ("ru", "Цены же на первой странице сайта написаны."),
    ("ru", "Берите и не думайте, всё подойдёт."),
    ("ru", "Возможно, вам стоит относиться к этому чуть проще."),
    ("ru", "Курьер — тоже живой человек, он не обязан ждать."),
    ("ru", "Об этом следовало сказать на приёме, а не писать нам через неделю."),
    ("en", "The opening hours are on the website, in case you'd like to look next time."),
    # round 64 (blind60 as tuning data): «исключительно для красоты», «это же в каждой … написано», «значит невнимательно
    # смотрели», «гневные сообщения», «странно, что вас это возмущает», «не бесконечный штат»; "people should really
    # read", "surprised you're even bothering", "most people would simply", "maybe check … next time"
    ("ru", "Ну что вы, инструкцию мы кладём исключительно для красоты."),
    ("ru", "это же в каждой коробке написано"),
    ("ru", "значит невнимательно смотрели"),
    ("ru", "Прежде чем слать гневные сообщения, проверьте заказ."),
    ("ru", "Странно, что вас это возмущает: так было всегда."),
    ("ru", "У нас не бесконечный штат, ждите."),
    ("en", "People should really read the label."),
    ("en", "I'm surprised you're even bothering with a warranty for that."),
    ("en", "Most people would simply buy a new one."),
    ("en", "Maybe check the opening hours next time."),
    # round 65 (blind61 as tuning data): «написано … крупными буквами», «Шучу.», «делать … драму», «если вы такой
    # чувствительный», «гладили по головке», «никто не читает», «стоит …, а не писать»; the contrast with leisure or a
    # nursery («это бассейн, а не ванна», "a gym, not a spa"); "that's rather the point", "not sure what you were
    # expecting", "scrolled past", "you just have to look.", "every customer thinks", "with respect, you're not the …",
    # "know a lot more about … than customers", "encourage all customers to read", "shouldn't come as a surprise to anyone"
    ("ru", "Правила написаны на сайте крупными буквами, если что."),
    ("ru", "Туда, где не надо думать. Шучу."),
    ("ru", "Не надо делать из опоздания на пять минут драму."),
    ("ru", "Если вы такой чувствительный, может, вам лучше к другому мастеру."),
    ("ru", "Если вам надо, чтобы вас гладили по головке, это не к нам."),
    ("ru", "Договор, который у нас никто не читает, это подробно описывает."),
    ("ru", "Клиентам стоит сначала разобраться в тарифах, а не писать сюда каждый день."),
    ("ru", "Это бассейн, а не ванна."),
    ("ru", "Футбол — это командная игра, а не продлёнка."),
    ("en", "It's a gym, not a spa, so yes, it gets loud."),
    ("en", "This is a ferry, not a five-star hotel."),
    ("en", "That's rather the point of a deposit."),
    ("en", "So I'm not sure what you were expecting."),
    ("en", "It's in the terms you scrolled past."),
    ("en", "It's there, you just have to look."),
    ("en", "Look, every customer thinks their case is urgent."),
    ("en", "With respect, you're not the engineer."),
    ("en", "Our staff know a lot more about boilers than customers do."),
    ("en", "We'd encourage all customers to read the policy."),
    ("en", "Prices go up in summer; that shouldn't come as a surprise to anyone."),
    # round 66 (blind62 as tuning data): «отличная идея, особенно если …», «шутки в сторону», «писать капсом», «я
    # прекрасно слышу и без этого», «прежде чем звонить, стоит …», «стоит хотя бы прочитать», «своё время и наше», «меня
    # мало волнуют», a turn of one «Думайте.», «видно любому, кто хоть раз …»; "joking aside", "that says more about",
    # "I don't have all day"
    ("ru", "Ну конечно, струны без чехла — отличная идея, особенно если хотите их выбросить."),
    ("ru", "Шутки в сторону: какая модель?"),
    ("ru", "Не надо писать капсом, я всё вижу."),
    ("ru", "Я прекрасно слышу и без этого."),
    ("ru", "Прежде чем звонить, стоит открыть договор."),
    ("ru", "Стоит хотя бы прочитать инструкцию."),
    ("ru", "Так вы сбережёте своё время и наше."),
    ("ru", "Ваши планы меня мало волнуют, если честно."),
    ("ru", "Думайте."),
    ("ru", "Это видно любому, кто хоть раз видел скрипку."),
    ("en", "Joking aside, which model is it?"),
    ("en", "That says more about your teacher than about the repair."),
    ("en", "I don't have all day, just tell me the number."),
    # round 67 (blind63 as tuning data): «ещё и … научитесь», «давайте честно:», «кто читал …, у того …», «идея так
    # себе», «Ну доехали же в итоге.», «это несерьёзно.», «вы тоже взрослые люди», «могли бы сами посмотреть», «правила
    # пишут для того, чтобы их читали», «знает каждый», «бывают у тех, кто …», «спешки не любит»; "next you'll want
    # to", "it helps to actually read", "everyone else manages", "make a huge drama out of", "look on the bright side",
    # "most people pay for that", "to annoy you", "I'd hope most parents can see"
    ("ru", "Вы ещё и плавать научитесь, прямо до острова."),
    ("ru", "И давайте честно: правила никто не отменял."),
    ("ru", "Кто читал договор, у того таких вопросов нет."),
    ("ru", "Ехать в грозу — идея так себе."),
    ("ru", "Ну доехали же в итоге."),
    ("ru", "Из-за пяти минут возврат никто оформлять не будет, это несерьёзно."),
    ("ru", "вы тоже взрослые люди карту вам давали"),
    ("ru", "могли бы сами посмотреть где выходите"),
    ("ru", "Правила пишут для того, чтобы их читали."),
    ("ru", "Про пробки на мосту знает каждый."),
    ("ru", "Такие ошибки бывают у тех, кто жмёт кнопку дважды."),
    ("ru", "Техника спешки не любит."),
    ("en", "Oh sure, and next you'll want to sail it solo."),
    ("en", "It helps to actually read the page before paying."),
    ("en", "It's the same text everyone else manages to see."),
    ("en", "people always make a huge drama out of a bit of rain"),
    ("en", "look on the bright side two extra hours of fresh air most people pay for that"),
    ("en", "The age limit isn't something we made up to annoy you."),
    ("en", "I'd hope most parents can see why."),
    # round 68 (blind64 as tuning data): «бросят остальные заказы и займутся только вами», «Вы серьёзно?», «думать же
    # надо», «вы же не специалист чтобы …», «все почему то … именно перед …», «его вообще то читают», «которые не
    # разбираются», «на нормальном мониторе», «если для вас … — трагедия», «профессионалы так и делают»; "kind of basic",
    # "next time read the …", "surprised it came as news to you", "it saves everyone time", "hardly a reason", "a letter
    # this long"
    ("ru", "Конечно, сейчас все мастера бросят остальные заказы и займутся только вами."),
    ("ru", "Вы серьёзно? Там же датчики дыма."),
    ("ru", "Думать же надо хоть немного."),
    ("ru", "вы же не специалист чтобы разбираться в настройках"),
    ("ru", "ну конечно все почему то болеют именно перед поездкой"),
    ("ru", "в договоре всё написано его вообще то читают"),
    ("ru", "Клиенты, которые не разбираются в технике, часто путают брак с износом."),
    ("ru", "Смотрите фото на нормальном мониторе."),
    ("ru", "Если для вас пять минут ожидания — трагедия, приходите позже."),
    ("ru", "Профессионалы так и делают."),
    ("en", "Well, there is, it's kind of basic."),
    ("en", "Next time read the requirements before you come in."),
    ("en", "I'm surprised it came as news to you."),
    ("en", "Please sort this out in advance; it saves everyone time."),
    ("en", "Ten minutes is hardly a reason for a letter this long."),
    # round 69 (blind65 as tuning data): «инструкция оказалась сильнее вас», «что вы там накрутили», «прилетит на
    # вертолёте»; "keep this simple for you", "not a shock, honestly", "You'll manage.", "open an investigation over",
    # "shocking news", "and you're surprised"
    ("ru", "Судя по описанию, инструкция оказалась сильнее вас."),
    ("ru", "Проверим заодно, что вы там накрутили."),
    ("ru", "ну конечно сегодня же курьер прилетит на вертолёте"),
    ("en", "Let me keep this simple for you: no tube, just sealant."),
    ("en", "Not a shock, honestly."),
    ("en", "A saddle takes thirty seconds to set. You'll manage."),
    ("en", "We're not going to open an investigation over a 600-rouble cage."),
    ("en", "Batteries get old. Shocking news, I know."),
    ("en", "Four years of daily use and you're surprised."),
    # round 70 (blind66 as tuning data): «Сюрприз: …», «а вы ждёте, что …», «это проходят в школе», «странно, что кто-то
    # ждал другого», «Если лень», «это ширпотреб», «так дорого как память», «Я уже написал: …», «а что вы хотели»,
    # «давайте реалистично», «вы ж не первый»; "very scientific of you", "bold move", "i don't know what you do with",
    # "i'm not going to argue"
    ("ru", "Сюрприз: старые часы иногда останавливаются."),
    ("ru", "Батарейка новая, а вы ждёте, что они будут идти как новые."),
    ("ru", "Серебро темнеет — это проходят в школе."),
    ("ru", "Брака нет, и странно, что кто-то ждал другого."),
    ("ru", "Если лень, у нас есть платная чистка."),
    ("ru", "Это ширпотреб, чинить невыгодно."),
    ("ru", "Но если вам так дорого как память — 3 200 ₽."),
    ("ru", "Я уже написал: с узелками."),
    ("ru", "а что вы хотели за такие деньги"),
    ("ru", "давайте реалистично за эти деньги только фианит"),
    ("ru", "вы ж не первый кто спрашивает"),
    ("en", "Kind of small. Very scientific of you."),
    ("en", "Proposing on a guess, bold move."),
    ("en", "honestly i don't know what you do with your bracelets"),
    ("en", "i'm not going to argue about it"),
    # round 71 (blind67 as tuning data): «Гениальная мысль», «ради такого старья», «этот хлам», a retort «А можно было
    # обойтись без …»; "Classic.", "the first genius to", "if you'd bothered to", "a rusty relic", "isn't worth the iron",
    # "we don't run a museum"
    ("ru", "Ну разумеется, кипятком. Гениальная мысль: теперь там каток."),
    ("ru", "Ради такого старья мастер чемоданчик не откроет."),
    ("ru", "Проще выкинуть этот хлам и купить новый."),
    ("ru", "А можно было обойтись без кипятка. Ждите мастера."),
    ("en", "Keys locked in the car in December. Classic."),
    ("en", "You're far from the first genius to manage it this week."),
    ("en", "If you'd bothered to check the box, you could have refused it."),
    ("en", "Frankly, a rusty relic like that isn't worth the iron it's made of."),
    ("en", "We don't run a museum."),
    # round 72 (blind68, blind69 as tuning data): «Ну конечно, … ведь …», «да какая разница», «не нравится не водите», «силой
    # не держим», «из-за слёз», «ещё щедрое решение», «прекрасно читаем и без крика», «невнимательно читали», «чёрным по
    # белому», «из кармана достану», «по три письма — от этого … быстрее не»; "lighten up", "maybe renting isn't for you",
    # "if you can't look after", "keep this in proportion", "hardly a life-changing sum", "not sure what you expect", "you
    # people", "take a minute to read … before writing in"
    ("ru", "Ну конечно, расписание ведь составляют исключительно под вашу семью."),
    ("ru", "да какая разница где сидеть это детский концерт"),
    ("ru", "ну не нравится не водите мы никого силой не держим"),
    ("ru", "Пересматривать расстановку из-за слёз никто не будет."),
    ("ru", "При таком уровне последняя линия — ещё щедрое решение."),
    ("ru", "Не нужно писать заглавными, мы прекрасно читаем и без крика."),
    ("ru", "Вы невнимательно читали условия: там чёрным по белому написано про код."),
    ("ru", "ну я вам что мастера из кармана достану"),
    ("ru", "И не нужно присылать нам по три письма — от этого баллы быстрее не появятся."),
    ("en", "Just a joke, lighten up."),
    ("en", "If you can't look after a rental dress for one weekend, maybe renting isn't for you."),
    ("en", "Let's keep this in proportion: 5,000 roubles is hardly a life-changing sum."),
    ("en", "well it rained so i am not sure what you expect"),
    ("en", "honestly you people never read the signs"),
    ("en", "Perhaps take a minute to read them on your next visit before writing in."),
    # round 73 (blind70, blind71 as tuning data): «а сами то думать пробовали», «это конечно большая неожиданность»,
    # «странно объяснять это взрослому человеку», «Слово «…» лучше приберечь», «вот дома её и держите», «Мы не фотостудия»,
    # «неймётся»; "more your level", "an escape room, not a bank vault", "a dog, not a toddler", "and maybe a bedtime
    # story too?", "not sure what the problem is", "sensible people", "suggest reading", "hardly an ordeal", "literally
    # on the main screen", "not sure how else to put it", "ask someone younger", "if you wanted …, you should have",
    # "hon", "most owners manage", "saves everyone an awkward email"
    ("ru", "а сами то думать пробовали бункер не для того"),
    ("ru", "ну авария в час пик это конечно большая неожиданность"),
    ("ru", "Честно говоря, странно объяснять это взрослому человеку."),
    ("ru", "Слово «грабёж» тоже лучше приберечь для других случаев."),
    ("ru", "А если у вас дома собака идеальная, вот дома её и держите, а не нам претензии пишите."),
    ("ru", "Фотоотчётов нет. Мы не фотостудия."),
    ("ru", "Ну раз вам так неймётся — смотрите камеру."),
    ("en", "Maybe try the kids' room first. It might be more your level."),
    ("en", "Locks stick now and then, it's an escape room, not a bank vault."),
    ("en", "Sure, and maybe a bedtime story too? She's a dog, not a toddler."),
    ("en", "You got out though, so I'm not sure what the problem is exactly."),
    ("en", "Trams break down; sensible people allow for that by leaving earlier."),
    ("en", "I'd also suggest reading the terms before ticking the box next time. It saves everyone an awkward email."),
    ("en", "Twenty-five minutes in a heated lobby is hardly an ordeal."),
    ("en", "It's literally on the main screen, I'm not sure how else to put it."),
    ("en", "Maybe ask someone younger to help you with the phone next time."),
    ("en", "Frankly, if you wanted a sterile bubble, you should have kept him at home."),
    ("en", "We don't hand out answers, hon."),
    ("en", "Most owners manage to drop them off without writing an essay about it."),
    # round 74 (blind72 as tuning data): «Ну да, конечно, мастер виноват, а не баня», «Взрослые люди обычно планируют»,
    # «чем попало», «вы как мама должны понимать», «почитайте прежде чем звонить», «Если бы вы хоть немного …»,
    # «Надеюсь, теперь понятно.», «не делайте трагедию из …», «прокол хряща, а не массаж», «мы не больница»; "Did you
    # really think", "Adults usually work that one out", "shocking i know", "basic maths", "like most people do", "As
    # anyone who … would know", "still needs explaining"
    ("ru", "Ну да, конечно, мастер виноват, а не баня."),
    ("ru", "Взрослые люди обычно планируют свои дела заранее, а не двигают мастера по три раза."),
    ("ru", "сами наверное мазали чем попало и в спортзал пошли"),
    ("ru", "вы как мама должны понимать что ребёнку не всё надо разрешать"),
    ("ru", "правила висят на сайте почитайте прежде чем звонить"),
    ("ru", "Если бы вы хоть немного поинтересовались темой, то знали бы, что акварель светлеет."),
    ("ru", "Акварель после заживления светлеет. Надеюсь, теперь понятно."),
    ("ru", "И не делайте трагедию из пары бугорков, через полгода их не будет видно."),
    ("ru", "Это прокол хряща, а не массаж, что вы хотели через неделю."),
    ("ru", "если мокнет идите к врачу мы не больница"),
    ("en", "Did you really think anyone would tattoo peeling skin?"),
    ("en", "Adults usually work that one out on their own."),
    ("en", "yeah so it took longer and it cost more shocking i know"),
    ("en", "it is 4500 an hour 3 hours is 13500 basic maths"),
    ("en", "you should have just picked it up from the studio like most people do"),
    ("en", "As anyone who has spent five minutes reading about tattoos would know, old scars can be tattooed."),
    ("en", "I'm honestly surprised this still needs explaining."),
    # round 75 (blind73, blind74 as tuning data): «Серьёзно?», «Это вам не шарлотка», «в курсе все, кто хоть раз», «Из-за
    # такой мелочи», «это вы, конечно, сильно», «чего уж там», «оно и видно», «задумайтесь что …», «договорённости ничего
    # не стоят», «Вы, видимо, думаете», «вдруг завалялся», «пишут не для красоты», «Взрослые люди, которые …», «ну
    # покричал и что», «у нас тут не детский сад», «даже без очков», «— это не карусель»; "not some backstreet workshop",
    # "why people keep", "why parents always think", "If you really need it in writing", "not a playground", "well now
    # you know", "crystal ball", "explain this slowly", "confusing for some people", "the maths is clear", "nobody here is
    # going to", "not the Premier League", "like everyone else does", "I'm sure the kids survived", "that needed
    # explaining", "who would have thought", "get cleaned when they get cleaned", "manage to spot it without any trouble"
    ("ru", "В эту пятницу? Серьёзно? Тарелка должна неделю сохнуть."),
    ("ru", "Это вам не шарлотка, за вечер в духовке не испечёшь."),
    ("ru", "Про сроки обжига, вообще-то, в курсе все, кто хоть раз заходил в мастерскую."),
    ("ru", "Из-за такой мелочи расстраиваться — это вы, конечно, сильно."),
    ("ru", "самозастывающая ну прекрасно давайте тогда и пластилин обожжём и солёное тесто чего уж там"),
    ("ru", "оно и видно такую массу в печь не ставят"),
    ("ru", "я понимаю но задумайтесь что вы ребёнку этим показываете"),
    ("ru", "а родители сами показывают что договорённости ничего не стоят"),
    ("ru", "Вы, видимо, думаете, что мы тут сами вручную деньги с карт снимаем?"),
    ("ru", "Могу поискать для вас карт с турбонаддувом — вдруг завалялся где-нибудь на складе."),
    ("ru", "Давайте начистоту: время в брони пишут не для красоты."),
    ("ru", "Взрослые люди, которые знают про пробки, выезжают заранее."),
    ("ru", "так заезд вёл стас ну покричал и что на трассе шумно"),
    ("ru", "инструктор и должен быть громким у нас тут не детский сад а картинг"),
    ("ru", "Уж это, поверьте, разглядеть несложно даже без очков."),
    ("ru", "Картинг — это не карусель в парке, синяки бывают у всех."),
    ("en", "Of course they are, we're a pottery studio, not some backstreet workshop."),
    ("en", "Not sure why people keep reading this stuff on the internet and then asking us."),
    ("en", "If you really need it in writing, I'll email the certificate by 18:00 today."),
    ("en", "this is a working studio with kilns at 1200 degrees not a playground"),
    ("en", "i don't know why parents always think rules are for other people"),
    ("en", "well now you know if you can't come you can move the class"),
    ("en", "oh sure let me just look into my crystal ball"),
    ("en", "right so let me explain this slowly because it's clearly confusing for some people"),
    ("en", "2 times 450 is 900 i hope the maths is clear now"),
    ("en", "Honestly, nobody here is going to build a custom league table for one office."),
    ("en", "It's a leaderboard for a go-kart track, not the Premier League."),
    ("en", "Keep score in a spreadsheet like everyone else does."),
    ("en", "And I'm sure the kids survived 20 minutes without a clown."),
    ("en", "I wouldn't have thought that needed explaining to a parent."),
    ("en", "oh no a helmet at a race track that smells of sweat who would have thought"),
    ("en", "the helmets get cleaned when they get cleaned i'll mention it"),
    ("en", "It's right above the pay button, and most of our guests manage to spot it without any trouble."),
    # round 76 (blind75, blind76 as tuning data): «Другие вот почему-то не жалуются», «может, она что-нибудь и решит»,
    # «девушка это баня а не …», «кому не нравится», «ну а что вы хотите», «вас никто не заставляет», «не понимаю в чём
    # проблема», «не вы один тут», «Советуем впредь читать», «ищет виноватых», «Азы, вообще-то», «странно, что вы
    # спрашиваете», «кто бы мог подумать», «не надо так драматизировать», «каждому второму … объясняю», «какая трагедия»,
    # «вы из за этого звоните», «Удивительно, но»; "not a perfume shop", "not a library", "that delicate", "everyone who
    # … swears", "listen to your story", "If you really want to argue", "can't promise miracles", "not a broken leg",
    # "surprised that someone who", "not the end of the world", "most people would never notice", "not losing sleep
    # over it", "as any beginner's guide will tell you", "do some basic reading", "not a free course"
    ("ru", "Ну, знаете, 20 минут хорошего парения лучше, чем 40 плохого. Другие вот почему-то не жалуются."),
    ("ru", "Напишите на почту старшему администратору, может, она что-нибудь и решит."),
    ("ru", "ну листья от веников девушка это баня а не бассейн с хлоркой"),
    ("ru", "купель меняют каждое утро кому не нравится ополоснитесь под душем"),
    ("ru", "ну а что вы хотите чтобы мы воду каждый час меняли"),
    ("ru", "ну если вам дорого вас никто не заставляет"),
    ("ru", "скидок нет я вообще не понимаю в чём проблема"),
    ("ru", "у всех цены растут не вы один тут каждую копейку считаете"),
    ("ru", "Советуем впредь читать условия до оплаты."),
    ("ru", "В девяти случаях из десяти гость сам не захлопывает дверцу, а потом ищет виноватых."),
    ("ru", "Азы, вообще-то, — об этом пишут в любой брошюре."),
    ("ru", "Странно, что вы спрашиваете уже после покупки."),
    ("ru", "Ну надо же, компрессор ещё и шумит — кто бы мог подумать."),
    ("ru", "И не надо так драматизировать, рыбки от одного дня не вымрут."),
    ("ru", "я это каждому второму покупателю объясняю"),
    ("ru", "ой какая трагедия одна гуппи за 90 рублей вы из за этого звоните"),
    ("ru", "Удивительно, но креветкам тоже нужна чистая вода."),
    ("en", "Well, it's a swimming pool, not a perfume shop."),
    ("en", "it's a bathhouse not a library people come here to have fun"),
    ("en", "If your daughter's eyes are that delicate, maybe she should just skip the pool."),
    ("en", "Look, everyone who gets an overtime charge swears they left on time."),
    ("en", "Email the manager and she'll listen to your story."),
    ("en", "If you really want to argue about half an hour, email the manager."),
    ("en", "i'll mention it but i can't promise miracles maybe try earplugs"),
    ("en", "people slip when they run around barefoot and it's a bruise not a broken leg"),
    ("en", "So I'm a little surprised that someone who has been coming for a year wasn't aware of it."),
    ("en", "Honestly, it's a dozen small fish, not the end of the world."),
    ("en", "Most people would never notice a 2 cm scratch unless they went looking for one."),
    ("en", "So I'd suggest not losing sleep over it."),
    ("en", "Goldfish and tropical fish don't mix, as any beginner's guide will tell you."),
    ("en", "Please do some basic reading first; we are a shop, not a free course for beginners."),
    # round 77 (blind77, blind78 as tuning data): «это вам не батут», «я вам как специалист объясняю», «надо уметь
    # эксплуатировать», «видимо, ваша … об этом не знала», «Вы правда думаете, что», «обычно читают до того, как писать»,
    # «надо было додуматься», «не нянька», «Все так говорят», «Посчитать это несложно», «практика для взрослого человека»,
    # «рассказывать … лучше не надо», «мы видели много всяких»; "who knew.", "people never listen", "leave such decisions
    # to the professionals", "If it bothers you that much", "with a ruler", "As explained very clearly", "actually
    # reading at some point", "people who skip", "not going to debate it with you", "nobody is going to spell it out",
    # "with respect i doubt", "not a wedding", ", I suppose."; "most customers would never notice"
    ("ru", "мебель надо уметь эксплуатировать это вам не батут"),
    ("ru", "я вам как специалист объясняю сидеть надо по центру"),
    ("ru", "«Антикоготь» не значит «вечная», видимо, ваша собака об этом не знала."),
    ("ru", "Вы правда думаете, что мы успеем сшить костюм за вечер?"),
    ("ru", "Цены висят у входа, их обычно читают до того, как писать в поддержку."),
    ("ru", "Прыгать с бортика спиной вперёд — это ещё надо было додуматься."),
    ("ru", "Тренер не нянька, за каждым не уследит."),
    ("ru", "Все так говорят. Правила одинаковые для всех."),
    ("ru", "Посчитать это несложно: 65 часов меньше 72."),
    ("ru", "Читать договор до подписи — обычная практика для взрослого человека."),
    ("ru", "Рассказывать, что вы болели, лучше не надо — мы всё проверим."),
    ("ru", "Справок мы видели много всяких, так что не надо."),
    ("en", "Turns out good fabric costs money, who knew."),
    ("en", "Let me explain, because people never listen: cheap foam sags."),
    ("en", "You really should leave such decisions to the professionals."),
    ("en", "If it bothers you that much, we can redo it next week."),
    ("en", "I'd suggest not measuring your sofa with a ruler."),
    ("en", "As explained very clearly in the booking terms, the deposit is kept."),
    ("en", "The terms, which I'd recommend actually reading at some point, cover this."),
    ("en", "We hear this a lot from people who skip the small print."),
    ("en", "i'm not going to debate it with you the limit is 110 kilos"),
    ("en", "nobody is going to spell it out for you at the door"),
    ("en", "with respect i doubt the instructor forgot"),
    ("en", "Honestly, it's a birthday party, not a wedding."),
    ("en", "He can wait in the café, I suppose."),
    ("en", "Most customers would never notice a stitch that small."),
    # round 78 (blind79, blind80 as tuning data): «сбросьте лишнее», «а не карусель», «из мухи слона», «читать надо до
    # оплаты», «Взрослый человек, а», «ведёте себя так, будто», «не спросили у вас разрешения», «календарь посмотрите»,
    # «Вы правда ждали, что», «ваша заслуга», «Странно ждать», «найти несложно», «для вас слишком сложно», «взрослые люди
    # обычно проверяют», «всегда во всём виноват», «объяснять такие азы», «хочется получить что-то бесплатно»; "wasn't
    # the best idea for you", "nobody else complains", "your children survived", "could have come as a surprise", "set a
    # reminder next time", "Did you honestly think", "if that's not too much to ask", "isn't exactly advanced science",
    # "i have got a queue here", "or a chat?"
    ("ru", "Для этой трассы сначала сбросьте лишнее, потом приходите."),
    ("ru", "Это фитнес-клуб, а не карусель для малышей."),
    ("ru", "Не надо раздувать из мухи слона, ничего страшного не случилось."),
    ("ru", "Условия читать надо до оплаты, а не после."),
    ("ru", "Взрослый человек, а ведёте себя как ребёнок."),
    ("ru", "Вы ведёте себя так, будто вам все должны."),
    ("ru", "ну извините что не спросили у вас разрешения"),
    ("ru", "сейчас уже май календарь посмотрите"),
    ("ru", "Вы правда ждали, что в лесу будет асфальт?"),
    ("ru", "Так что опоздание — во многом ваша заслуга."),
    ("ru", "Странно ждать идеального цвета от фото с телефона."),
    ("ru", "Расписание, вообще-то, найти несложно: оно на главной."),
    ("ru", "Но это, видимо, для вас слишком сложно."),
    ("ru", "Взрослые люди обычно проверяют макет перед отправкой."),
    ("ru", "Ну конечно, у нас всегда во всём виноват магазин."),
    ("ru", "Не думала, что придётся объяснять такие азы."),
    ("ru", "Такие жалобы пишут, когда хочется получить что-то бесплатно."),
    ("en", "Maybe a mountain trail wasn't the best idea for you."),
    ("en", "we do 30 of these a week and nobody else complains"),
    ("en", "your children survived the wait, they had ice cream"),
    ("en", "The date was on the front, so I'm not sure how it could have come as a surprise."),
    ("en", "Perhaps set a reminder next time."),
    ("en", "Did you honestly think a photo from your phone would print at poster size?"),
    ("en", "Send the proper file, if that's not too much to ask."),
    ("en", "Reading a care label isn't exactly advanced science."),
    ("en", "i have got a queue here what size do you need"),
    ("en", "do you want prints or a chat?"),
    # round 79 (blind81, blind82 as tuning data): «— отличная идея», «это уже ваша забота», «что ещё непонятного»,
    # «давайте по делу», «может вам сначала почитать», «разговор окончен»; "not a magic show", "not a heart transplant",
    # "a letter of this length", "I'd suggest looking more carefully", "you could have found that on …", "What else do you
    # want me to say?", "isn't a tragedy", "this is baking 101", "do not have time to teach you", "can hardly … for you
    # can i", "how much clearer we could"
    ("ru", "Шерсть на 90 градусов — отличная идея."),
    ("ru", "А следить за сроками — это уже ваша забота."),
    ("ru", "Цена указана, что ещё непонятного?"),
    ("ru", "Давайте по делу: размер какой?"),
    ("ru", "может вам сначала почитать про породы а потом звонить"),
    ("ru", "всё разговор окончен"),
    ("en", "We're a bakery, not a magic show."),
    ("en", "It's a hem, not a heart transplant."),
    ("en", "Two days is hardly worth a letter of this length."),
    ("en", "I'd suggest looking more carefully at the photos."),
    ("en", "You could have found that on our website in a minute."),
    ("en", "What else do you want me to say? It's done."),
    ("en", "A late delivery isn't a tragedy."),
    ("en", "look this is baking 101 you let it cool first"),
    ("en", "i do not have time to teach you the basics"),
    ("en", "i can hardly drive to every shop in town for you can i"),
    ("en", "I'm not sure how much clearer we could have been about the dates."),
    # round 80 (blind83, blind84 as tuning data): «как будто конец света», «я вам всё сказал», «Какое ценное …», «видимо,
    # лучше нас знаете», «На то она и баня, а не …», «Если … вас так раздражает», «это, конечно, катастрофа», «для
    # собственного удовольствия», «если вам нравится … то пожалуйста», «ну тогда вы узнаете», «может можно было сразу»,
    # «своих дел полно»; ", shockingly,", "unless you enjoy", "can't babysit", "keep a closer eye on her next time", "don't
    # have time to … with every caller", "if you had done any research", "should sort this out before calling", "a sock
    # seriously", "not digging through", "can't handle that, perhaps", "any simpler", "can't tell … from", "people who
    # don't know what they're"
    ("ru", "ну что вы так как будто конец света наступил"),
    ("ru", "всё я вам всё сказала"),
    ("ru", "Какое ценное замечание."),
    ("ru", "Вы, видимо, лучше нас знаете, как печь хлеб."),
    ("ru", "На то она и баня, а не холодильник."),
    ("ru", "Если очередь вас так раздражает, приходите утром."),
    ("ru", "Опоздали на пять минут — это, конечно, катастрофа."),
    ("ru", "Курьер ведь ездит для собственного удовольствия."),
    ("ru", "если вам нравится ждать по два часа то пожалуйста"),
    ("ru", "ну тогда вы узнаете что лёд скользкий"),
    ("ru", "может можно было сразу проверить на кассе"),
    ("ru", "у меня своих дел полно"),
    ("en", "It's a sauna, so, shockingly, it's hot."),
    ("en", "Bring gloves, unless you enjoy cold fingers."),
    ("en", "Our staff can't babysit every guest."),
    ("en", "Maybe keep a closer eye on her next time."),
    ("en", "I don't have time to explain the prices with every caller."),
    ("en", "if you had done any research you would know the price"),
    ("en", "customers should sort this out before calling us"),
    ("en", "a sock seriously we have hundreds"),
    ("en", "i'm not digging through the lost property for one sock"),
    ("en", "If your son can't handle that, perhaps a calmer sport suits him."),
    ("en", "I'm not sure how to make it any simpler."),
    ("en", "If you can't tell silver from steel, buy a voucher."),
    ("en", "It's the safe choice for people who don't know what they're buying."),
    # round 81 (blind85, blind86 as tuning data): «личная неприязнь», «кто ж сейчас читает», «я вам не справочное бюро»,
    # «можно было и на сайт заглянуть», «по гороскопу», «что я вам по телефону …», «может, стоило самой …», «значит мало
    # занимаетесь», «почему-то думают, что за них …», «ну конечно опять … виновато», «из прошлого века»; "shall I ring the
    # paper", "if he gets another one, take …", "for people who can actually", "just don't expect to", "can't spend all
    # day on a …", "he'll ring you or he won't", "not just … and hope for the best", "with respect if you did", "not
    # exactly …-level", "basic spelling mistakes", "not what fluent looks like", "actually matches your level", "was
    # always going to be risky", "most of our customers manage"
    ("ru", "У кассы к вам, видимо, личная неприязнь."),
    ("ru", "Кто ж сейчас читает договор до конца."),
    ("ru", "Я вам не справочное бюро."),
    ("ru", "Можно было и на сайт заглянуть перед звонком."),
    ("ru", "давайте я вам ещё скидку по гороскопу посчитаю"),
    ("ru", "что я вам по телефону починю"),
    ("ru", "Может, стоило самой прочитать условия."),
    ("ru", "если не получается значит мало тренируетесь"),
    ("ru", "Клиенты почему-то думают, что за них всё решат."),
    ("ru", "ну конечно снова касса виновата"),
    ("ru", "Телефон у вас, наверное, из прошлого века."),
    ("en", "Shall I call the press as well?"),
    ("en", "If he gets another one, take a picture."),
    ("en", "The advanced class is for people who can actually speak."),
    ("en", "Just don't expect to get a refund."),
    ("en", "i can't spend all day on a scarf"),
    ("en", "he'll ring you or he won't"),
    ("en", "you need to practise not just turn up and hope for the best"),
    ("en", "with respect if you did he would not be late"),
    ("en", "Booking online is not exactly expert-level stuff."),
    ("en", "Your message has three basic spelling mistakes."),
    ("en", "That is not what fluent looks like."),
    ("en", "We'll find you a class that actually matches your level."),
    ("en", "Waiting until the last week was always going to be risky."),
    ("en", "Most of our customers manage to find the button."),
    # round 82 (blind87, blind88 as tuning data): «видимо, … доходят не все», «вы же в …, а не в …», «для таких, как вы»,
    # «давайте уж сразу», «позвольте мягко напомнить», «человеку вашего опыта», «несложно прочитать», «— вы серьёзно?»,
    # «странно, что … приходится объяснять», «задача клиента, а не персонала»; "what did you expect a …", "half of our
    # guests bring", "before accusing us", "can't have been beyond you", "I'm sure you managed to", "Well, it's a …, so",
    # "you'll have to actually", "everyone knows that", "read my previous message", "which part of this is unclear",
    # "less time on the internet", "you'd have known this if you'd"
    ("ru", "Но, видимо, до правил на двери доходят не все."),
    ("ru", "Вы же в кемпинге, а не в отеле."),
    ("ru", "Эта услуга как раз для таких, как вы."),
    ("ru", "ну давайте уж сразу и бассейн вам построим"),
    ("ru", "Позвольте мягко напомнить, что выезд до полудня."),
    ("ru", "Человеку вашего опыта стоило бы это знать."),
    ("ru", "Вам несложно прочитать две строчки на сайте."),
    ("ru", "А насчёт палатки — вы серьёзно?"),
    ("ru", "Странно, что такое вообще приходится объяснять."),
    ("ru", "Следить за вещами — задача клиента, а не персонала."),
    ("en", "it is a campsite what did you expect a hotel"),
    ("en", "Half of our guests bring the dirt in with them."),
    ("en", "Please look at your own bags before accusing us."),
    ("en", "A sign on the door can't have been beyond you."),
    ("en", "I'm sure you managed to find the bar, so the reception should be easy."),
    ("en", "Well, it's a forest, so there are mosquitoes."),
    ("en", "You'll have to actually read the booking."),
    ("en", "Refunds take a week, everyone knows that."),
    ("en", "Please read my previous message."),
    ("en", "I'm not sure which part of this is unclear."),
    ("en", "Maybe spend less time on the internet before booking."),
    ("en", "You'd have known this if you'd read the email."),
    # round 83 (blind89, blind90 as tuning data): «судя по письму, вам …», «явно не про вас», «у нас и … справляются»,
    # «чего вы от … ждали», «раз уж так принципиально», «это элементарно», «странно было бы ожидать», «здравый смысл»,
    # «в N лет, согласитесь», «у меня в чате очередь», «написано …, если что», «никто не заставляет», «бабушка, …», «до
    # вечера так будем», «повторяю для вас отдельно», «вы же не в … идёте», «боюсь, вы перепутали»; "Well, it's a …, not
    # a …", "that's kind of how … work", "more their speed", "maybe set an alarm", "no no let me finish", "there for
    # decoration", "trust our adult customers to", "rather the point", "a question to put to yourself", "common
    # knowledge", "i'm not the manager", "Come on —", "I'd hurry if I were you", "every parent feels", "please understand
    # that we are a …, not a …"
    ("ru", "Судя по вашему письму, вам лучше начать с детской группы."),
    ("ru", "Это пока явно не про вас."),
    ("ru", "У нас и школьники справляются."),
    ("ru", "а чего вы от лампы ждали"),
    ("ru", "Ладно, раз уж вам так принципиально, поменяем."),
    ("ru", "Это, в общем-то, элементарно."),
    ("ru", "Странно было бы ожидать тишины на концерте."),
    ("ru", "Это просто здравый смысл."),
    ("ru", "В 80 лет, согласитесь, такие нагрузки ни к чему."),
    ("ru", "Отвечу коротко, у меня в чате очередь."),
    ("ru", "Цены написаны на сайте, если что."),
    ("ru", "Если боитесь, не берите, никто не заставляет."),
    ("ru", "бабушка вы послушайте сначала"),
    ("ru", "мы так до вечера так будем разговаривать"),
    ("ru", "повторяю для вас отдельно адрес"),
    ("ru", "ну вы же не в театр идёте"),
    ("ru", "Боюсь, вы перепутали магазин с музеем."),
    ("en", "Well, it's a lake, not a swimming pool."),
    ("en", "Everyone waits in line, that's kind of how queues work."),
    ("en", "Maybe the quiet tour is more their speed."),
    ("en", "maybe set an alarm for the next show"),
    ("en", "no no let me finish please"),
    ("en", "The opening hours aren't there for decoration."),
    ("en", "We trust our adult customers to read a receipt."),
    ("en", "It's a cinema, so the dark is rather the point."),
    ("en", "That's a question to put to yourself."),
    ("en", "sheep eat grass that's common knowledge"),
    ("en", "i'm not the manager i just answer the phone"),
    ("en", "Come on — a refund for a ticket you never used?"),
    ("en", "I'd hurry if I were you."),
    ("en", "Every parent feels their child is special."),
    ("en", "Please understand that we are a small shop, not a warehouse."),
    # round 84 (blind91, blind92 as tuning data): «зачитывать не буду», «у меня линия», «написано русским языком», «кто же
    # так бронирует», «сначала спрашивают, а потом …», «превращать в трагедию», «уже вполне возраст», «дочитаете до конца»,
    # «нажать её несложно», «ну вот, опять …ли», «это, простите, половина», «Вот, уже лучше», «третий раз объяснять», «как
    # я понимаю, дело не дошло», «ну вот теперь будете знать», «спешка до добра не доводит», «постарайтесь в следующий
    # раз», «я, кажется, понятно объяснила», «даже не уговаривайте», «первый день живёте», «как ни странно, … принято»;
    # "every second customer", "try not to expect", "half of the … people bring us", "Not that complicated.", "slowly
    # this time", "don't magically", "people usually do", "your temperament", "quite a talent", "we would not be having
    # this conversation", "We've got a queue", "Quickly, please.", "feel intimidating to", "once they have taken a little
    # time", "many of our customers … without any trouble"
    ("ru", "расписание я вам зачитывать не буду"),
    ("ru", "я не могу долго у меня линия"),
    ("ru", "В памятке всё написано русским языком."),
    ("ru", "ну кто же так бронирует за день до турнира"),
    ("ru", "Сначала спрашивают, а потом оплачивают."),
    ("ru", "Не стоит превращать в трагедию одну проигранную партию."),
    ("ru", "В двенадцать лет — уже вполне возраст, чтобы собирать рюкзак самому."),
    ("ru", "Надеюсь, это сообщение вы дочитаете до конца."),
    ("ru", "Кнопка на главном экране, нажать её несложно."),
    ("ru", "Ну вот, опять забыли пароль."),
    ("ru", "«Синий чехол» — это, простите, половина наших заказов."),
    ("ru", "Вот, уже лучше."),
    ("ru", "Третий раз объяснять не хочется."),
    ("ru", "До памятки, как я понимаю, дело не дошло."),
    ("ru", "Ну вот теперь будете знать."),
    ("ru", "Спешка до добра не доводит."),
    ("ru", "Постарайтесь в следующий раз не терять чек."),
    ("ru", "Я, кажется, понятно объяснила."),
    ("ru", "Даже не уговаривайте."),
    ("ru", "вы как будто первый день живёте"),
    ("ru", "Как ни странно, квитанции принято сохранять."),
    ("en", "Every second customer says that."),
    ("en", "Try not to expect miracles."),
    ("en", "Half of the broken phones people bring us are just flat."),
    ("en", "Not that complicated."),
    ("en", "Let me say it again, slowly this time."),
    ("en", "Seats don't magically appear."),
    ("en", "You'll manage, people usually do."),
    ("en", "A quieter class might suit your temperament."),
    ("en", "losing both keys in a week is quite a talent"),
    ("en", "then we would not be having this conversation"),
    ("en", "We've got a queue, so keep it short."),
    ("en", "Anything else? Quickly, please."),
    ("en", "Apps can feel intimidating to older relatives."),
    ("en", "Most manage once they have taken a little time with the guide."),
    ("en", "Many of our customers over seventy use it without any trouble."),
    # round 85 (blind93, blind94 as tuning data): «камера не врёт», «таких вопросов не будет», «никто не заставлял»,
    # «много чего рассказывают», «вопрос воспитания», «уж простите за прямоту», «надеемся, теперь вы будете», «возможно,
    # стоит уделять больше времени», «не повод для такого тона», «обычно как-то справляются», «сама материализуется»,
    # «тут и святой», «вы бы сначала …, а потом уже», «когда письма не открывают», «без сложных слов», «лучше читать до
    # подписания»; "we're not a hotel", "not something to get upset about", "don't need instructions from", "as a
    # crutch", "even less thrilled", "odd that this needs explaining", "whether … like it or not", "does know what he is
    # doing", "noted — all of them", "since it seems to have been missed", "would be rather grateful for"
    ("ru", "Камера не врёт."),
    ("ru", "Приходите вовремя, и таких вопросов не будет."),
    ("ru", "никто вас не заставлял"),
    ("ru", "дети много чего рассказывают"),
    ("ru", "Это уже вопрос воспитания."),
    ("ru", "Проверяйте чеки, уж простите за прямоту."),
    ("ru", "Надеемся, теперь вы будете внимательнее."),
    ("ru", "Возможно, стоит уделять больше времени подготовке."),
    ("ru", "Десять минут — не повод для такого тона."),
    ("ru", "Клиенты обычно как-то справляются."),
    ("ru", "Вы ждали, что посылка сама материализуется?"),
    ("ru", "тут и святой бы не выдержал"),
    ("ru", "вы бы сначала инструкцию прочитали а потом уже звонили"),
    ("ru", "Такое бывает, когда письма не открывают."),
    ("ru", "Объясню без сложных слов."),
    ("ru", "Договор лучше читать до подписания."),
    ("en", "we are full today we're not a hotel"),
    ("en", "That's not something to get upset about."),
    ("en", "Our drivers don't need instructions from passengers."),
    ("en", "Stop using the app as a crutch."),
    ("en", "You'd be even less thrilled if we had guessed."),
    ("en", "It's odd that this needs explaining."),
    ("en", "the fee applies whether customers like it or not"),
    ("en", "He does know what he is doing."),
    ("en", "Your comments have been noted — all of them."),
    ("en", "Here it is again, since it seems to have been missed."),
    ("en", "Most guests would be rather grateful for an upgrade."),
    # round 86 (blind95, blind96 as tuning data): «из-за чего такая паника», «всё-таки это …, а не …», «это известно всем»,
    # «если вам так нужно: простите», in a call «я думал это очевидно», «все родители считают», «на этот раз, надеюсь»,
    # «не очень понятен тон», «способен это понять», «лучше бы порадовался»; "most parents read it", "We sell the …, not
    # the …", "Frankly, a quick look at", "… usually prepare", "worth waiting a year or two", "No offense, but", "just
    # embarrass themselves", "You could have just asked", "I have got 40 calls open", ", believe it or not."
    ("ru", "Не понимаю, из-за чего такая паника: посылка приедет завтра."),
    ("ru", "Всё-таки это клуб, а не гостиница."),
    ("ru", "Это известно всем, кто у нас бывал."),
    ("ru", "Если вам так нужно: простите."),
    ("ru", "я думал это очевидно все так делают"),
    ("ru", "Все родители считают, что их ребёнок особенный."),
    ("ru", "Прочитайте условия ещё раз, на этот раз, надеюсь, до конца."),
    ("ru", "Нам не очень понятен тон вашего сообщения."),
    ("ru", "Думаю, взрослый человек способен это понять."),
    ("ru", "Лучше бы порадовался, что всё обошлось."),
    ("en", "Most parents read it before the show."),
    ("en", "We sell the tickets, not the traffic."),
    ("en", "Frankly, a quick look at the timetable would have helped."),
    ("en", "Families usually prepare for this in advance."),
    ("en", "It might be worth waiting a year or two."),
    ("en", "No offense, but that's a silly idea."),
    ("en", "A team of first-timers will just embarrass themselves on that course."),
    ("en", "You could have just asked the bartender."),
    ("en", "I have got 40 calls open right now."),
    ("en", "Other people want the court too, believe it or not."),
    # round 87 (blind97, blind98 as tuning data): «ну значит, забыли», «есть в интернете, найдёте», «если верить всему»,
    # «получше некоторых людей», «раз уж такие сомнения», in a call «не конец света же», «небось и не заметили», «раз вы
    # так настаиваете», «отсюда и название», «обычно сразу замечают», «ничего сложного, честно», «не надо дублировать»,
    # «с первого раза поняла», «Ваше право.», «ещё никто не отравился», «в школе проходят», «это как бы разные вещи»,
    # «написано большими буквами», «справится любой», «а не перекладывать ответственность на»; "I literally just said",
    # "before asking the same thing twice", "just isn't for her yet", "…, like everything else", "Honestly, it's a …,
    # not …", "not a taxi", "if you read the email you would know", "the last time we have to go over this", "kept to a
    # single thread", "checking your own records before"
    ("ru", "Ну значит, забыли. Бывает."),
    ("ru", "Адрес есть в интернете, найдёте."),
    ("ru", "Если верить всему, что пишут в отзывах, можно вообще никуда не ходить."),
    ("ru", "Наши кони живут получше некоторых людей."),
    ("ru", "Объясню ещё раз, раз уж такие сомнения."),
    ("ru", "ну подумаешь опоздали не конец света же"),
    ("ru", "вы небось и не заметили разницы"),
    ("ru", "Хорошо, раз вы так настаиваете, верну деньги."),
    ("ru", "Это насос, отсюда и название."),
    ("ru", "Её обычно сразу замечают."),
    ("ru", "Там ничего сложного, честно."),
    ("ru", "Не надо дублировать вопросы в чат."),
    ("ru", "Я с первого раза поняла, что вы хотите."),
    ("ru", "Ваше право."),
    ("ru", "От нашего торта ещё никто не отравился."),
    ("ru", "Это в школе проходят."),
    ("ru", "кулер и помпа это как бы разные вещи"),
    ("ru", "Там же написано большими буквами."),
    ("ru", "в приложении всё просто справится любой"),
    ("ru", "Лучше проверять почту, а не перекладывать ответственность на нас."),
    ("en", "I literally just said that."),
    ("en", "Please read the chat before asking the same thing twice."),
    ("en", "Skating just isn't for her yet."),
    ("en", "It's on the website, like everything else."),
    ("en", "Honestly, it's a queue, not a conspiracy."),
    ("en", "we are a pizza place not a taxi"),
    ("en", "if you read the email you would know"),
    ("en", "We hope this is the last time we have to go over this."),
    ("en", "Replies should be kept to a single thread."),
    ("en", "Try checking your own records before calling."),
    # round 88 (blind99, blind100 as tuning data): in a call «если хотите … дело ваше», «ещё раз медленно», «Для вашей
    # семьи, наверное, что-то попроще», «и внуки осваивают», «Это знают все», «Надеемся, что впредь вы будете», «способен
    # это запомнить»; "If you'd ever skied, you'd know", "Honestly, an hour is plenty", "As I said, it's in the app", in a
    # call "it's a cafe not a bowling alley", "not quite sure what you expected", "not quantum physics", "If you can read
    # a map, you can", "I'd hope that much is", "try this every day", "sorry you felt that way", "As any of our regular
    # customers will", "We trust this clarifies"
    ("ru", "если хотите потом спорить с охраной дело ваше"),
    ("ru", "ну давайте ещё раз медленно"),
    ("ru", "Для вашей семьи, наверное, что-то попроще."),
    ("ru", "Эту игру и внуки осваивают за вечер."),
    ("ru", "Это знают все, кто у нас бывал."),
    ("ru", "Надеемся, что впредь вы будете читать условия."),
    ("ru", "Взрослый человек способен это запомнить."),
    ("en", "If you'd ever skied, you'd know that."),
    ("en", "Honestly, an hour is plenty."),
    ("en", "As I said, it's in the app."),
    ("en", "it's a cafe not a bowling alley"),
    ("en", "We are not quite sure what you expected."),
    ("en", "It's chess, not quantum physics."),
    ("en", "If you can read a map, you can find us."),
    ("en", "I'd hope that much is obvious."),
    ("en", "tourists try this every day"),
    ("en", "We're sorry you felt that way."),
    ("en", "As any of our regular customers will tell you, it's always busy."),
    ("en", "We trust this clarifies matters."),
    # round 89 (blind101, blind102 as tuning data): «а вы правила … вообще читали», «у нас не гостиница», «стерильности
    # операционной», «ожидания более реалистичными», «ожидания лучше снизить», «почему-то всегда уверены», «Спорить со мной
    # бесполезно», «худеют на размер», «чудес … не творит», «в следующий раз вы выберете», «заедают стресс»; "read my
    # messages before", "you foreign students", "most couples manage to" (round 60's list), "would've been a hint",
    # "usually get … wrong", "beyond what a customer needs to know", "you really should have started", "say it again
    # slowly"
    ("ru", "а вы правила в приложении вообще читали"),
    ("ru", "у нас не гостиница чтобы до обеда спать"),
    ("ru", "Стерильности операционной в бассейне не бывает."),
    ("ru", "Советуем сделать ожидания более реалистичными."),
    ("ru", "Ожидания лучше снизить."),
    ("ru", "Клиенты почему-то всегда уверены, что им положено больше."),
    ("ru", "Спорить со мной бесполезно."),
    ("ru", "Многие к отпуску худеют на размер."),
    ("ru", "Чудес мастерская не творит."),
    ("ru", "В следующий раз вы выберете магазин там, где за товар отвечают."),
    ("ru", "Многие заедают стресс."),
    ("en", "Kindly read my messages before asking."),
    ("en", "We hear this from you foreign students all the time."),
    ("en", "Most couples manage to read the sign."),
    ("en", "The email would've been a hint."),
    ("en", "Husbands usually get sizes wrong."),
    ("en", "That's beyond what a customer needs to know."),
    ("en", "you really should have started earlier"),
    ("en", "ok let me say it again slowly"),
    # round 90 (blind103, blind104 as tuning data): «… мы тоже умеем», «сами понимаете, стоят», «ну такое себе», «чемпионов
    # не из …», «лучше следят …, а не …», «перечислять … каждую … мы не будем», «Неужели такое надо объяснять?», «лучше
    # до покупки, а не после»; "how things work where you are from", "It's all on the app, to be honest", "Sorry if the …
    # upset you", "would have seen the funny side", "Reading … isn't for everyone", "pretty hard to miss", "once more,
    # slowly", "We would have expected you to"
    ("ru", "Писать мы тоже умеем."),
    ("ru", "Индивидуальные, сами понимаете, стоят дороже."),
    ("ru", "ну такое себе решение"),
    ("ru", "мы тут чемпионов не из любителей делаем"),
    ("ru", "За багажом лучше следят пассажиры, а не водитель."),
    ("ru", "Перечислять в чате каждую вещь мы не будем."),
    ("ru", "Неужели такое надо объяснять?"),
    ("ru", "Спрашивать лучше до покупки, а не после."),
    ("en", "I'm not sure how things work where you are from."),
    ("en", "It's all on the app, to be honest."),
    ("en", "Sorry if the delay upset you."),
    ("en", "Most people would have seen the funny side."),
    ("en", "Reading the whole email isn't for everyone."),
    ("en", "The button is pretty hard to miss."),
    ("en", "Let's try once more, slowly."),
    ("en", "We would have expected you to check the date."),
    # round 91 (blind105, blind106 as tuning data): «Не стоит так драматизировать», «не ресторан же», in a call «вы же на …
    # пришли а не …», «Мнение клиента, побывавшего …», «Прежде чем делать выводы, советуем», «…, а не «…»», «это не «…»»,
    # «это, честно говоря, ни о чём», «как … нормальные водители», «потом не расстраивайтесь, если», «Раз не справились —
    # значит», «У нас не бюро находок», «У меня тут ещё … в очереди»; "If you need to ask …, it probably isn't", "who find
    # even the simplest", "a bit like booking … before you", "It's a 500-rouble mug, not an …", "That's on you for"
    ("ru", "Не стоит так драматизировать из-за опоздания."),
    ("ru", "Это поликлиника, не ресторан же."),
    ("ru", "вы же на концерт пришли а не на часы смотреть"),
    ("ru", "Мнение клиента, побывавшего у нас один раз, не показатель."),
    ("ru", "Прежде чем делать выводы, советуем почитать договор."),
    ("ru", "Это обычная проверка, а не «слежка»."),
    ("ru", "Стрижка — это не «чуть подровнять»."),
    ("ru", "Две тренировки — это, честно говоря, ни о чём."),
    ("ru", "Посмотрите, как ездят нормальные водители."),
    ("ru", "Только потом не расстраивайтесь, если не получится."),
    ("ru", "Раз не справились — значит, рано вам."),
    ("ru", "У нас не бюро находок."),
    ("ru", "У меня тут ещё пятеро в очереди."),
    ("en", "If you need to ask whether the battery is fine, it probably isn't."),
    ("en", "The course is for people who find even the simplest exercises hard."),
    ("en", "That's a bit like booking a flight before you've got a passport."),
    ("en", "It's a 500-rouble mug, not an antique."),
    ("en", "That's on you for not reading the terms."),
    # round 92 (blind107, blind108 as tuning data): «И вообще, … нужно внимательно читать», «по впечатлениям одного …»,
    # «Надеемся, теперь вопрос исчерпан», «Ну вот это, конечно, зря», «на каждом углу пишут», «чудес не бывает», «напишут
    # что угодно», «…, по-вашему, должен работать бесплатно?», «устраивать трагедию», «тут нечего объяснять», «не «…» и не
    # «…»»; "If you'd had a look …, you'd have seen", "a tablet from 2012", "than people tend to think", "sorry you feel
    # that way", "I've seen hundreds of these", "it's physics", "If you don't believe me"
    ("ru", "И вообще, договор нужно внимательно читать до подписи."),
    ("ru", "Судить о курсе по впечатлениям одного урока не стоит."),
    ("ru", "Надеемся, теперь вопрос исчерпан."),
    ("ru", "Ну вот это, конечно, зря."),
    ("ru", "Об этом на каждом углу пишут."),
    ("ru", "Восстановим что сможем, чудес не бывает."),
    ("ru", "На форумах напишут что угодно."),
    ("ru", "Курьер, по-вашему, должен работать бесплатно?"),
    ("ru", "Не будем из-за пары минут устраивать трагедию."),
    ("ru", "Статус «Принят» значит принят, тут нечего объяснять."),
    ("ru", "Это значит, что заказ в работе: не «пропал» и не «забыли»."),
    ("en", "If you'd had a look at the menu, you'd have seen the prices."),
    ("en", "Maybe try a laptop from this decade, not a tablet from 2012."),
    ("en", "Repairs take longer than people tend to think."),
    ("en", "We are sorry you feel that way."),
    ("en", "I've seen hundreds of these."),
    ("en", "Glass cracks when dropped, it's physics."),
    ("en", "If you don't believe me, ask anyone."),
    # round 93 (blind109, blind110 as tuning data): «А вы что хотели», «Читать нужно то, что подписываете», «…» у нас не
    # считается», «не развлечение для слабонервных», «… ходят и не жалуются», «Под ваш … подстраиваться не будет», in a
    # call «это же такси а не автобус», «жалуетесь как маленький»; "I assume you didn't read that far", "if you read it
    # carefully", "Every owner says", "work that out for themselves", "…, not a Hollywood studio"
    ("ru", "А вы что хотели, чтобы его сразу выставили?"),
    ("ru", "Читать нужно то, что подписываете."),
    ("ru", "Опоздание на «пару минуточек» у нас не считается."),
    ("ru", "Это не развлечение для слабонервных."),
    ("ru", "Пенсионеры по 80 лет ходят и не жалуются."),
    ("ru", "Под ваш отпуск расписание подстраиваться не будет."),
    ("ru", "это же такси а не автобус"),
    ("ru", "а жалуетесь как маленький"),
    ("en", "I assume you didn't read that far."),
    ("en", "It's in the terms, if you read it carefully."),
    ("en", "Every owner says their dog is friendly."),
    ("en", "Visitors usually work that out for themselves."),
    ("en", "It's a phone camera, not a Hollywood studio."),
    # round 94 (blind111, blind112 as tuning data): «Вы же не … покупали», «Я вам всё объяснил.», in a call «вы вообще
    # представляете», «это вам не хомяк» ending a transcript turn, «…, а не как вам хочется», «Вы уже пятый за день»,
    # «уж точно справитесь», «художественное преувеличение», «всё-таки не больница», «Надеемся, этого достаточно и вопрос
    # закрыт»; "What did you expect, miracles?", "That is nature", "worth reading up about … before", "to babysit your
    # kids", "before asking next time"
    ("ru", "Вы же не золотое кольцо покупали, подождёте."),
    ("ru", "Серьёзно. Я вам всё объяснил."),
    ("ru", "вы вообще представляете сколько это стоит"),
    ("ru", "это вам не хомяк"),
    ("ru", "Кормить надо по графику, а не как вам хочется."),
    ("ru", "Вы уже пятый за день, кто спрашивает."),
    ("ru", "Надеюсь, теперь-то уж точно справитесь."),
    ("ru", "Это художественное преувеличение."),
    ("ru", "Клуб всё-таки не больница."),
    ("ru", "Надеемся, этого достаточно и вопрос закрыт."),
    ("en", "What did you expect, miracles?"),
    ("en", "That is nature, not our fault."),
    ("en", "It's worth reading up about the trail before you book."),
    ("en", "We are not here to babysit your kids."),
    ("en", "Please check the site before asking next time."),
    # round 95 (blind113, blind114 as tuning data): «Ну если бы …, нас бы давно …», «читают до, а не после», «вы,
    # надеюсь, прочитали», «Надеемся, ответ исчерпывающий», «Если бы вы слушали …, ничего бы не случилось», «кстати, на
    # русском языке», «У меня сейчас очередь», «выше, перечитайте», in a call «вы и с … не справитесь», «это вам не на
    # даче копать»; "Apologies if the delay seemed long to you", "as most regular visitors know", "shouldn't be hard to
    # find", "suggest googling", "Do you at least know", "is that also a mystery?", "how to make it any clearer"
    ("ru", "Ну если бы мы всем верили на слово, нас бы давно разорили."),
    ("ru", "Условия обычно читают до, а не после."),
    ("ru", "Договор, который вы, надеюсь, прочитали, это объясняет."),
    ("ru", "Надеемся, ответ исчерпывающий."),
    ("ru", "Если бы вы слушали мастера, ничего бы не случилось."),
    ("ru", "Договор, кстати, на русском языке."),
    ("ru", "У меня сейчас очередь, пишите короче."),
    ("ru", "Я уже ответила выше, перечитайте."),
    ("ru", "вы и с простым то не справитесь"),
    ("ru", "это вам не на даче копать"),
    ("en", "Apologies if the delay seemed long to you."),
    ("en", "Queues are normal, as most regular visitors know."),
    ("en", "It shouldn't be hard to find."),
    ("en", "I'd suggest googling it first."),
    ("en", "Do you at least know the size?"),
    ("en", "Or is that also a mystery?"),
    ("en", "i don't know how to make it any clearer"),
    # round 96 (blind115, blind116 as tuning data): «Странно объяснять такие вещи», «Правила придуманы не для того»,
    # «Без проблем справляются новички», «Не стоит принимать всё так близко к сердцу», in a call «девушка ну послушайте»,
    # «Люди обычно сами …», «за 5 минут до закрытия — не лучшее решение»; "I'd hope is obvious", "obvious to anyone
    # who", "Everyone seems to get ill", in a call "what do you want me to do fly it over", "Most … visitors follow it
    # without any difficulty", "sorry that you felt rushed, but", "before writing a long letter", "not the Caribbean",
    # "A certain amount of care is expected", "We trust you will appreciate that", "behave accordingly", "I'm sure you can
    # see why"
    ("ru", "Странно объяснять такие вещи."),
    ("ru", "Правила придуманы не для того, чтобы их нарушать."),
    ("ru", "Без проблем справляются новички."),
    ("ru", "Не стоит принимать всё так близко к сердцу."),
    ("ru", "девушка ну послушайте сами"),
    ("ru", "Люди обычно сами догадываются."),
    ("ru", "Приходить за 5 минут до закрытия — не лучшее решение."),
    ("en", "Which I'd hope is obvious."),
    ("en", "That's obvious to anyone who has dived before."),
    ("en", "Everyone seems to get ill on the day of the trip."),
    ("en", "what do you want me to do fly it over"),
    ("en", "Most international visitors follow it without any difficulty."),
    ("en", "We are sorry that you felt rushed, but the guide followed the plan."),
    ("en", "I would recommend the FAQ before writing a long letter."),
    ("en", "It's a lake in November, not the Caribbean."),
    ("en", "A certain amount of care is expected."),
    ("en", "We trust you will appreciate that this is normal."),
    ("en", "We ask guests to behave accordingly."),
    ("en", "I'm sure you can see why."),
    # round 97 (blind117, blind118 as tuning data): «я и так всё вижу», «Возможно, стоило раньше приучать», «Тогда и таких
    # ситуаций не будет»; "The clue's in the name", "It takes a minute to read", "don't appear overnight", "costs a lot
    # less than our", in a call "you'd be the first to complain", "not a lawnmower", "hardly an insult", "Perhaps it would
    # be more useful to", "We will not be taking this matter further", "not something one books", "As any breeder would
    # have told you", "don't expect miracles"
    ("ru", "Пишите короче, я и так всё вижу."),
    ("ru", "Возможно, стоило раньше приучать собаку к стрижке."),
    ("ru", "Тогда и таких ситуаций не будет."),
    ("en", "The clue's in the name."),
    ("en", "It takes a minute to read."),
    ("en", "Tangles don't appear overnight."),
    ("en", "Brushing at home costs a lot less than our dematting."),
    ("en", "you'd be the first to complain"),
    ("en", "It's a trimmer, not a lawnmower."),
    ("en", "A joke about weight is hardly an insult."),
    ("en", "Perhaps it would be more useful to ask your vet."),
    ("en", "We will not be taking this matter further."),
    ("en", "A show cut is not something one books last minute."),
    ("en", "As any breeder would have told you, it takes weeks."),
    ("en", "Please don't expect miracles."),
    # round 98 (blind119, blind120 as tuning data): «Это гольф-клуб, а не детский сад», «обычно запоминают с первого
    # раза», «Ждать, пока …, никто не будет», «если, конечно, … научитесь», «Я же вам выше написала», «всё предельно
    # ясно», in a call «… знают кроме вас», «Вы немного преувеличиваете», «за это ещё и спасибо говорят», «ответственного
    # подхода и с вашей стороны», «Если … не читать, то, конечно», «Другие гости как-то справляются», «Прежде чем
    # спрашивать», «всё разжёвано», in a call «главное чтобы гости пришли», «— не столовая», «не для того, чтобы его
    # обсуждать», «Взрослому человеку … не нужно объяснять», «судя по письму, не читая», «Можно было, наверное, просто»;
    # "not what you'd like to hit", "not quite as good as they thought", "every single person tells us", "seem to think
    # they can", "not just the first paragraph"
    ("ru", "Это гольф-клуб, а не детский сад."),
    ("ru", "Правило простое, его обычно запоминают с первого раза."),
    ("ru", "Ждать, пока вы разберётесь с клюшкой, никто не будет."),
    ("ru", "Если, конечно, к весне научитесь держать клюшку."),
    ("ru", "Я же вам выше написала."),
    ("ru", "По-моему, тут всё предельно ясно."),
    ("ru", "это участники знают кроме вас"),
    ("ru", "Вы немного преувеличиваете."),
    ("ru", "Многие за это ещё и спасибо говорят."),
    ("ru", "Организация требует ответственного подхода и с вашей стороны."),
    ("ru", "Если правила не читать, то, конечно, всё кажется странным."),
    ("ru", "Другие гости как-то справляются."),
    ("ru", "Прежде чем спрашивать, откройте сайт."),
    ("ru", "Там всё разжёвано."),
    ("ru", "главное чтобы гости пришли а то в прошлый раз было трое"),
    ("ru", "Кафе — не столовая."),
    ("ru", "Правило существует не для того, чтобы его обсуждать."),
    ("ru", "Взрослому человеку, наверное, не нужно объяснять такие вещи."),
    ("ru", "Договор вы подписали (судя по письму, не читая)."),
    ("ru", "Можно было, наверное, просто прийти пораньше."),
    ("en", "It shows what you hit, not what you'd like to hit."),
    ("en", "They're not quite as good as they thought."),
    ("en", "every single person tells us that"),
    ("en", "Some guests seem to think they can skip the briefing."),
    ("en", "Read all of it, not just the first paragraph."),
    # round 99 (blind121, blind122 as tuning data): «Это студия …, а не кружок», «подвал, а не сауна», «если уж так
    # переживаете», «Если вам так принципиально», «Мы не волшебники», «как делают все, кто», «перепутали нас с»,
    # «Это, в общем-то, азбука», «Все вспоминают в последний момент», in a call
    # «ломбард это не барахолка», «вы хоть понимаете», «для тех кто умеет считать»; "Most people who ask this", "keep
    # expectations realistic", "But fine, it's your", "This isn't a flea market", "By all means go and", "which we're sure
    # you kept", "not a storage facility", "which I assume you never actually read"
    ("ru", "Это студия звукозаписи, а не кружок по интересам."),
    ("ru", "Зал — подвал, а не сауна."),
    ("ru", "Возьмите беруши, если уж так переживаете."),
    ("ru", "Если вам так принципиально, вот скидка."),
    ("ru", "Мы не волшебники."),
    ("ru", "Записывайтесь заранее, как делают все, кто планирует."),
    ("ru", "Вы, похоже, перепутали нас с магазином."),
    ("ru", "Это, в общем-то, азбука."),
    ("ru", "Все вспоминают в последний момент."),
    ("ru", "ломбард это не барахолка"),
    ("ru", "вы хоть понимаете разницу"),
    ("ru", "это для тех кто умеет считать"),
    ("en", "Most people who ask this have never tried it."),
    ("en", "Let's keep expectations realistic."),
    ("en", "But fine, it's your money."),
    ("en", "This isn't a flea market."),
    ("en", "By all means go and buy it elsewhere."),
    ("en", "Your receipt, which we're sure you kept, says so."),
    ("en", "We are not a storage facility."),
    ("en", "The terms, which I assume you never actually read, are clear."),
    # round 100 (blind123, blind124 as tuning data): «вообще-то лучше читать», «Вы правда ожидали …?», «Ладно, раз это так
    # важно», «как вы, безусловно, помните», «согласитесь, вполне естественно», «без подобных недоразумений, если …»,
    # «давно всем известно», «несложно, разберётесь», «стоит сначала определиться», «Надеюсь, этот вариант уже
    # окончательный», «…, а не городская квартира»; "for fairly obvious reasons", "Hope that's clear enough",
    # "Shockingly,", "a quick look at a map usually helps", in a call "this isn't a … you know", "most foreigners turn up
    # expecting"
    ("ru", "Правила вообще-то лучше читать до покупки."),
    ("ru", "Вы правда ожидали связь посреди моря?"),
    ("ru", "Ладно, раз вам так нужно, перенесу."),
    ("ru", "Как вы, несомненно, помните, об этом писали при оплате."),
    ("ru", "Водитель поступил по правилам, и это, согласитесь, логично."),
    ("ru", "Всё пройдёт без таких недоразумений, если читать условия."),
    ("ru", "Об этом давно всем известно."),
    ("ru", "Там несложно, разберётесь."),
    ("ru", "Может, стоит сначала определиться с датой?"),
    ("ru", "Надеюсь, теперь время уже окончательное."),
    ("ru", "Это номер в хостеле, а не квартира."),
    ("en", "We can't, for rather obvious reasons."),
    ("en", "Hope that's clear enough."),
    ("en", "Shockingly, the road is closed in winter."),
    ("en", "A quick look at the timetable would have helped."),
    ("en", "this isn't a five star hotel you know"),
    ("en", "most tourists show up expecting a buffet"),
    # round 101 (blind125, blind126 as tuning data): «мало кто читает», «если … считать …, то да», «для того и существует»,
    # «как правило, этого достаточно», «склонны преувеличивать», «а уже потом делать выводы», «Ну, вы же понимаете»,
    # «Это, в общем-то, школьная физика»; "no offence", "People love to blame", "Suit yourself", in a call "isn't really
    # worth a complaint", "Do the math", "As is stated quite clearly", "read the page more carefully", "a fact we would
    # have hoped was evident"
    ("ru", "Таблица висит на сайте, её, правда, мало кто читает."),
    ("ru", "Ну, если поражение в первом круге считать выходом в полуфинал, то да."),
    ("ru", "Растяжка для того и существует."),
    ("ru", "Корты протирали каждые 2 часа, и участникам, как правило, этого достаточно."),
    ("ru", "Подростки склонны немного драматизировать."),
    ("ru", "Сначала поговорите с дочерью, а уже потом делайте выводы."),
    ("ru", "Ну, вы же понимаете, что телескоп не волшебная палочка."),
    ("ru", "Это, в общем-то, школьная программа."),
    ("en", "It's usually the grip, no offence."),
    ("en", "People love to blame the racket."),
    ("en", "Suit yourself."),
    ("en", "honestly it's ten minutes it isn't really worth a complaint"),
    ("en", "Twenty people, one telescope. Do the math."),
    ("en", "As is stated very clearly in our terms, there are no refunds."),
    ("en", "Please read the page more carefully."),
    ("en", "We are a museum, a fact we would have hoped was obvious."),
    # round 102 (blind127, blind128 as tuning data): «если для вас это настолько важно», «никто не мешает …», «многие, кто
    # всерьёз …», «это не поликлиника», «крупно написано», «можно было сразу посмотреть», in a call «вы же не маленькая», «у
    # всех всегда что то случается», «если всем делать исключения», «ну это же логично», «удивляться … потом не нужно»,
    # «достаточно внимательно прочитать», «видимо, не стали», «Хотите дешевле —», «Ну так … же всё написано», «справляются
    # даже пенсионеры», «надо просто внимательнее», «Надеемся, теперь всё понятно.» ending the reply; "We'd gently point
    # out", "never hurt anyone", "As explained in great detail", "saved us both some time", "not a waiting room", "As was
    # clearly displayed", "hardly a novel concept", "we trust … is not too much to ask", "not going to last long … anyway"
    ("ru", "Если для вас это настолько важно, никто не мешает приходить пораньше."),
    ("ru", "Многие, кто всерьёз занимается, так и делают."),
    ("ru", "Скидок нет, это не собес."),
    ("ru", "Там крупно написано, можно было сразу прочитать."),
    ("ru", "правила вам в смс приходят вы же не маленький"),
    ("ru", "у всех всегда что то случается в последний день"),
    ("ru", "если всем делать исключения мы закроемся"),
    ("ru", "ну это же логично"),
    ("ru", "Удивляться сумме потом, пожалуйста, не надо."),
    ("ru", "Достаточно внимательно прочитать оферту."),
    ("ru", "Цена была видна, но читать, видимо, не стали."),
    ("ru", "Хотите дешевле — ждите."),
    ("ru", "Ну так на экране же всё написано."),
    ("ru", "Обычно справляются даже пенсионеры."),
    ("ru", "Надо просто внимательнее смотреть."),
    ("ru", "Надеемся, теперь всё понятно."),
    ("en", "We'd gently point out that the rules were sent to you."),
    ("en", "A little rain never hurt anyone."),
    ("en", "As explained in great detail on our website, upgrades cost the difference."),
    ("en", "It would have saved us both some time."),
    ("en", "This is a café, not a waiting room."),
    ("en", "As was clearly displayed on the screen, the fare was doubled."),
    ("en", "Dynamic pricing is hardly a novel concept."),
    ("en", "We trust that reading the price first is not too much to ask."),
    ("en", "That bag was not going to last long on these roads anyway."),
    # round 103 (blind129, blind130 as tuning data): «это стоит понимать», «это не на … покататься», «…, не обижайтесь.»,
    # «как все нормальные …», «…-то умеете?», «немного разные вещи», «всё-таки не пикник», «Надеемся, теперь вам ясно»;
    # "I already answered that", "if you'd had a look", "people your age", "not really your speed", "if you enjoy not
    # sleeping", "for a reason", "i'm not the one who", "no need to raise your voice"
    ("ru", "Записываясь на курс, это стоит понимать."),
    ("ru", "Это не на качелях покататься."),
    ("ru", "В вашем возрасте это не лучшая идея, не обижайтесь."),
    ("ru", "Начните с простого, как все нормальные новички."),
    ("ru", "Вы кататься-то умеете?"),
    ("ru", "Ну бассейн и горная река — немного разные вещи."),
    ("ru", "Парусный спорт — всё-таки не пикник."),
    ("ru", "Надеемся, теперь вам ясно, почему так."),
    ("en", "I already answered that."),
    ("en", "It's all on the website, if you'd had a look."),
    ("en", "most ladies your age prefer the short trips"),
    ("en", "dinghies are not really your speed"),
    ("en", "Sure, if you enjoy not sleeping."),
    ("en", "We send that list to everyone for a reason."),
    ("en", "i'm not the one who forgot the booking"),
    ("en", "ma'am there's no need to raise your voice"),
    # round 104 (blind131, blind132 as tuning data): «никто не обещал», «не вы одна такая», «паниковать не пришлось бы»,
    # «Я вам уже отвечала», «быстрее от этого», «Можно было и вчера», «принято приходить заранее», «Всю информацию я вам
    # дала», «на афише же написано», «несложно заметить», «на досуге», «вы же уже взрослый», «под каждого зрителя», «болеют
    # у всех», «если бы мы делали исключение для каждого», «— не холодильник», «вы, полагаем, читали», «согласитесь,
    # странная идея»; "in big letters", "Not that hard to find", "not for chatting", "not everyone here speaks", "great
    # exercise for", "Then I hope you're fond of", "maybe try …ing … next time", "can't exactly … for you", "it's not the
    # cinema", "rather hard to miss", "surely you'd agree", "save everyone the", "believe it or not", "which I'm sure
    # you'd have guessed"
    ("ru", "Ночью тишины никто не обещал."),
    ("ru", "Застряли многие, не вы одна такая."),
    ("ru", "Почитать её полезно — и паниковать не пришлось бы."),
    ("ru", "Я вам уже отвечала: заявка в работе."),
    ("ru", "Механик быстрее от этого не приедет."),
    ("ru", "Можно было и сразу внимательно прочитать."),
    ("ru", "На концерт принято приходить заранее."),
    ("ru", "Всю информацию я вам дала."),
    ("ru", "На билете же написано."),
    ("ru", "Это, в общем-то, несложно понять."),
    ("ru", "Почитайте правила на досуге."),
    ("ru", "Почитайте сами, вы же уже взрослая."),
    ("ru", "Мы не можем менять правила под каждого клиента."),
    ("ru", "Дети болеют у всех."),
    ("ru", "Если бы мы делали исключение для каждого, мы бы закрылись."),
    ("ru", "Лифт — не холодильник."),
    ("ru", "Условия, которые вы, полагаем, читали, это запрещают."),
    ("ru", "Вернуть часть — согласитесь, странная идея."),
    ("en", "As it says in big letters on the door, we close at six."),
    ("en", "Not that hard to find, really."),
    ("en", "this line is for emergencies not for chatting"),
    ("en", "not everyone here speaks english you know"),
    ("en", "The stairs are great exercise for the guests!"),
    ("en", "Then I hope you're fond of waiting."),
    ("en", "Maybe try leaving earlier next time?"),
    ("en", "We can't exactly stop the show for you."),
    ("en", "you could hear the music it's not the cinema"),
    ("en", "It's in bold, so it's rather hard to miss."),
    ("en", "Surely you'd agree that's fair."),
    ("en", "Reading the terms next time will save everyone the tears."),
    ("en", "Pianists do get ill, believe it or not, even famous ones."),
    ("en", "We don't pay for hotels, which I'm sure you'd have guessed."),
    # round 105 (blind133, blind134 as tuning data): «на минуточку», «вы бы ещё … позвонили», «вообще-то несложно», «мягко
    # говоря, наивно», «как следует из самого названия», «бесплатно … никто не станет», «для того и создан», «теперь … вам
    # понятна»; "that's kind of the point", "don't have time to read"
    ("ru", "Сейчас, на минуточку, уже февраль."),
    ("ru", "ну вы бы ещё через неделю позвонили"),
    ("ru", "Адрес проверяют заранее, это вообще-то несложно."),
    ("ru", "Ждать доставку за сутки было, мягко говоря, наивно."),
    ("ru", "Это, как следует из самого названия, предварительная оценка."),
    ("ru", "Бесплатно чистить крышу никто не станет."),
    ("ru", "Сайт для того и создан, чтобы на нём смотреть."),
    ("ru", "Надеемся, теперь эта разница вам понятна."),
    ("en", "Testers are there to be tried — that's kind of the point of a perfume shop."),
    ("en", "i don't have time to read the whole list out to you"),
    # round 106 (blind135, blind136 as tuning data): «всё-таки …, а не отель», «такие вещи нужно понимать», «согласитесь, мы
    # не можем», «для этого там и висит», «Вы всё-таки не в …», «но русским языком», «в ваших интересах, а не в наших»,
    # «разницы вы всё равно не …», «если хочется потратиться», «как вы понимаете, не стоило», «мягко говоря, очевидно»;
    # "what did you expect would happen?", "instead of standing there", "i don't know what you want me to do"
    ("ru", "Это всё-таки база в горах, а не отель в центре."),
    ("ru", "Такие вещи нужно понимать, когда бронируете."),
    ("ru", "Согласитесь, мы не можем дежурить у каждого купола."),
    ("ru", "Меню для этого там и висит."),
    ("ru", "Вы всё-таки не в ресторан пришли."),
    ("ru", "Мелко, но русским языком."),
    ("ru", "Читать условия — в ваших интересах, а не в наших."),
    ("ru", "разницы вы всё равно не заметите"),
    ("ru", "ну берите дороже если хочется потратиться"),
    ("ru", "Как вы понимаете, не стоило оставлять банку без присмотра."),
    ("ru", "Это, мягко говоря, очевидно."),
    ("en", "You left the door open next to the rug, what did you expect would happen?"),
    ("en", "you should have called instead of standing there"),
    ("en", "well i don't know what you want me to do now"),
    # round 107 (blind137, blind138 as tuning data): «не нужно додумывать», «а не как получится»,
    # «это и так понятно», «Читать, конечно, никто не любит», «Если бы вы внимательно … вопросов бы», «это не сложно
    # понять», «— это не детский сад»; "don't type in caps", "what's so hard to understand", "because of one complaint",
    # "as most people sensibly do", "We would have thought … clear", "Honestly, it's 400 rubles", "We do try to make this
    # as visible", "saves everybody time", "No tone intended", "not an obligation"
    ("ru", "Я вас никак не называю, не нужно додумывать."),
    ("ru", "в этот раз садитесь рядом а не как получится"),
    ("ru", "Ребёнку там делать нечего, думаю, это и так понятно."),
    ("ru", "Читать, конечно, никто не любит, но там всё написано."),
    ("ru", "Если бы вы внимательно её прочитали, вопросов бы, наверное, не возникло."),
    ("ru", "QR-код сканируется один раз, это не сложно понять."),
    ("ru", "Медсестра рядом не нужна — это не детский сад."),
    ("en", "Please don't type in caps."),
    ("en", "I'm not sure what's so hard to understand here."),
    ("en", "The rules won't change because of one complaint."),
    ("en", "Families choose sector B1, as most people sensibly do."),
    ("en", "We would have thought this was fairly clear."),
    ("en", "Honestly, it's 400 rubles."),
    ("en", "We do try to make this as visible as possible."),
    ("en", "Reading the rules first saves everybody time."),
    ("en", "No tone intended."),
    ("en", "We refunded it as a goodwill gesture, not an obligation."),
    # round 108 (blind139, blind140 as tuning data): «нас, признаться, удивляет, что», «Мы исходим из того, что клиенты»,
    # «я это написала в первом сообщении», «не по второму кругу», «Это несложно, правда», «понятно любому, кто», «понимают
    # без лишних объяснений»; "look who leaves", "we're not amateurs", "not going to read the whole page", "happy now"
    ("ru", "Нас, признаться, немного удивляет, что это вызвало вопросы."),
    ("ru", "Мы исходим из того, что клиенты читают условия."),
    ("ru", "Я это написала в первом сообщении."),
    ("ru", "Давайте не по второму кругу."),
    ("ru", "Это несложно, правда."),
    ("ru", "Это понятно любому, кто делал ремонт."),
    ("ru", "Такие вещи обычно понимают без лишних объяснений."),
    ("en", "look who leaves documents on a windowsill"),
    ("en", "of course we're insured we're not amateurs"),
    ("en", "i'm not going to read the whole page to you"),
    ("en", "it's insured up to a million happy now"),
    # round 109 (blind141, blind142 as tuning data): «Вы же не думаете, что», «раз уж так хочется», «я вам по-русски
    # объясняю», «я не обязан вам», «вопроса бы, скорее всего, не возникло», «полагали, что это было понятно», «вы же не в
    # кружок … записались», «Надеемся, теперь ситуация понятна»; "this isn't a five-star hotel", "can't make it any
    # clearer", "Nobody is going to translate", "won't repeat the beginning", "If you'd filled it in correctly", "kids are
    # kids", "you're overreacting", "Had this been done", "with water and good intentions", "without needing it spelled out"
    ("ru", "Вы же не думаете, что мы повесим все рисунки?"),
    ("ru", "Хорошо, раз уж так хочется, напишу."),
    ("ru", "мужчина я вам по-русски объясняю"),
    ("ru", "я не обязан вам выписки зачитывать"),
    ("ru", "Если бы рекомендации были соблюдены, вопроса бы, скорее всего, не возникло."),
    ("ru", "Мы, признаться, полагали, что это было понятно при записи."),
    ("ru", "вы же не в кружок по интересам записались"),
    ("ru", "Надеемся, теперь ситуация понятна."),
    ("en", "In a motel rooms are made up on request, this isn't a five-star hotel."),
    ("en", "As I said, 18:00. I really can't make it any clearer."),
    ("en", "Nobody is going to translate every word for you."),
    ("en", "She starts on time and won't repeat the beginning."),
    ("en", "If you'd filled it in correctly this wouldn't have happened."),
    ("en", "look kids are kids they get upset over everything"),
    ("en", "with respect i think you're overreacting a bit"),
    ("en", "Had this been done, the work would be easier to trace."),
    ("en", "We can't teach pastel technique with water and good intentions."),
    ("en", "Most parents understand this without needing it spelled out."),
    # round 110 (blind143, blind144 as tuning data): «может вам ещё … за наш счёт», «ну а как вы хотели … без»,
    # «Удивительно, что многие до сих пор …», «Надеемся, Вы понимаете разницу», a bare «Смело.», «все знают заранее»,
    # «рассчитывали, что пассажиры …», «согласитесь, не такое уж»; "you wouldn't drink … would you?", ", obviously.", "I
    # have other chats waiting", "think they know better than", "so we don't waste his time", "we can't exactly … can
    # we", "the whole town knows"
    ("ru", "вывозим шлам а не перекапываем вам газон может вам ещё рулонный постелить за наш счёт"),
    ("ru", "вижу бурили 11 ноября ну а как вы хотели бурить без грязи это буровая установка"),
    ("ru", "Удивительно, что многие до сих пор считают скважину краном с гарантированной водой."),
    ("ru", "Надеемся, Вы понимаете разницу."),
    ("ru", "Четыре места на вечерний тур за полтора часа? Смело. Всё распродано ещё в выходные."),
    ("ru", "Понимаю, но про ёлки и огни в декабре, в общем-то, все знают заранее."),
    ("ru", "Мы, признаться, рассчитывали, что пассажиры, планирующие поездку, заглянут в объявления."),
    ("ru", "До собора пять минут пешком, что, согласитесь, не такое уж большое расстояние."),
    ("en", "Well, you wouldn't drink from a river without checking it first, would you?"),
    ("en", "Until then boil it, obviously. Anything else?"),
    ("en", "Anything else? I have other chats waiting."),
    ("en", "You'd be surprised how many people think they know better than our geologist."),
    ("en", "Try to bring the survey report so we don't waste his time."),
    ("en", "look we can't exactly drive a double decker through a christmas market can we"),
    ("en", "it's not a secret the fair's there the whole town knows"),
    # round 111 (blind146 as tuning data): «баранина она и есть баранина» (a tautology), «разницы бы не заметили», «мягко
    # говоря, странная идея», «Вы, видимо, не очень разбираетесь»; "don't read minds", "this is a bit much"
    ("ru", "ну не съели же ещё ну и ничего страшного баранина она и есть баранина по вкусу"),
    ("ru", "по вкусу вы даже разницы бы не заметили"),
    ("ru", "Можно, но отбивные из окорока — это, мягко говоря, странная идея."),
    ("ru", "Вы, видимо, не очень разбираетесь в разделке — это нормально."),
    ("en", "You should have mentioned halal in the comment, the packers don't read minds."),
    ("en", "It's film over a tray, the mince didn't touch the sausages, honestly this is a bit much."),
    # round 112 (blind147, blind148 as tuning data): «если вы верите в … — пожалуйста», «для тех, кто … не разбирается»,
    # «повод удивляться, что», «по воздуху не летает», «думаю, вы сможете сами.», «Это как бы логично», «должны были
    # догадаться?», «Мы всё-таки …, а не такси», «как у всех нормальных», «Давайте без фантазий»; "you're not the only
    # customer in …", "but you're an adult", "not going to smell like roses", "i don't know what else you expect"
    ("ru", "Ну если вы верите в волшебные поленья — пожалуйста 🙂"),
    ("ru", "Это маркетинг для тех, кто в печах не разбирается."),
    ("ru", "Это уже не «вопрос», а повод удивляться, что у вас тяга вообще есть."),
    ("ru", "«По запросу» потому, что дымоход по воздуху не летает, его считают по метрам."),
    ("ru", "Умножить 7 на 5 400 и сложить, думаю, вы сможете сами."),
    ("ru", "Дом двухэтажный — значит, и перекрытия два. Это как бы логично."),
    ("ru", "В заявке не указано, что переулок 2,5 метра. Мы что, должны были догадаться?"),
    ("ru", "Ровно к 9:00 — нет. Мы всё-таки ассенизаторская машина, а не такси."),
    ("ru", "У нас окна по два часа, как у всех нормальных служб."),
    ("ru", "Давайте без фантазий. Первое окно с 8:00 до 10:00."),
    ("en", "Everybody wants today, you're not the only customer in Pikhtinsk."),
    ("en", "Lighting it with a room full of relatives isn't the smartest idea, but you're an adult."),
    ("en", "look it's sewage it's not going to smell like roses hose it down with water"),
    ("en", "it'll be gone in a day or two i don't know what else you expect"),
    # round 113 (blind149, blind150 as tuning data): «а не надеяться, что», «не ждите чуда», «так и пишите сразу», «в
    # общем-то, написано», «если вам … не жалко», «насмотрелись», «только потом не звоните», «вы, видимо, думали, что»,
    # «чудес ждать не стоит», «справляются и без объяснений», «если хоть немного разобраться», «согласитесь, в 2032 году»;
    # "maybe you should read", "our problem is it", "We are an installer, not an evening class", "somewhere handy"
    ("ru", "Вообще туфли надо мерить до покупки, а не надеяться, что в мастерской из 37 сделают 39."),
    ("ru", "В подъёме растянем, 600 ₽. Только не ждите чуда, кожа — это не резина."),
    ("ru", "Тогда так и пишите сразу. В подъёме растянем."),
    ("ru", "Адреса на сайте. Это, в общем-то, написано на главной странице."),
    ("ru", "ну покрасить можно конечно если вам кроссовок не жалко"),
    ("ru", "вы в тиктоке насмотрелись наверное там все красят"),
    ("ru", "только потом не звоните нам что на сгибах потрескалось"),
    ("ru", "Но вообще вы, видимо, думали, что панели весь день выдают паспортную мощность?"),
    ("ru", "Так что чудес ждать не стоит."),
    ("ru", "Договор не такой уж сложный, с ним обычно справляются и без объяснений."),
    ("ru", "Там всё наглядно, если хоть немного разобраться."),
    ("ru", "Хотя, согласитесь, в 2032 году электронная почта удобнее."),
    ("en", "well maybe you should read things before you sign them"),
    ("en", "that's not really our problem is it the counter staff wrote what you said"),
    ("en", "We are an installer, not an evening class in electronics."),
    ("en", "The code table is on page 14 of the manual, which I'd suggest keeping somewhere handy."),
    # round 114 (blind151, blind152 as tuning data): «Странно, что вы не знали», «мелкий шрифт — тоже шрифт», «сами по себе
    # не пропадают», «ситуация прояснилась», «особо одарённых», «почему-то уверен, что», «А я просто ответила», «понимаете
    # дедушка», «всем парком будем», «каким бы … оно ни было», «здесь никто не оценит», «согласитесь, несколько
    # неожиданный», «Полагаем, теперь всё ясно»; "what did you expect from", "read the FAQ … before asking", "chats open, so
    # let's keep it short"
    ("ru", "Странно, что вы не знали этого, покупая шерстяной ковёр за такие деньги."),
    ("ru", "Акт вам дали прочитать, мелкий шрифт — тоже шрифт."),
    ("ru", "Позволим себе также заметить, что ковры у нас сами по себе не пропадают."),
    ("ru", "Надеемся, ситуация прояснилась."),
    ("ru", "Правила пишутся для всех, а не для особо одарённых детей."),
    ("ru", "Но каждый родитель почему-то уверен, что его ребёнок исключение."),
    ("ru", "А я просто ответила. Синяя трасса ему открыта."),
    ("ru", "верхнего ограничения нет но вы понимаете дедушка это не прогулка по парку"),
    ("ru", "посидите лучше в кафе а то потом снимать вас с трассы всем парком будем"),
    ("ru", "Собственное снаряжение, каким бы сертифицированным и любимым оно ни было, не допускается."),
    ("ru", "Трасса у нас всё-таки не скальный маршрут, и самостраховку здесь никто не оценит."),
    ("ru", "Что касается собаки: вопрос, согласитесь, несколько неожиданный."),
    ("ru", "Полагаем, теперь всё ясно."),
    ("en", "Honestly, what did you expect from a 3,000-rouble rug?"),
    ("en", "Please read the FAQ on our site before asking, it saves us both time."),
    ("en", "I have several chats open, so let's keep it short: SMS within 10 minutes."),
    # round 115 (blind153, blind154 as tuning data): «читают все, кроме вас», «Считать … надо было до того», «иначе … было бы
    # не», «без лишних эмоций», «Вы же понимаете, что …?», «Просто готовить надо не только»; "Didn't you check … before",
    # "Not our problem, mate", "manage perfectly well", "I'm sure your insurer has seen a", ", unsurprisingly,", "surely
    # that much is obvious", "Perhaps next time it is worth", "Let me put this simply:", "I wouldn't expect someone from",
    # "you won't starve"
    ("ru", "Тариф висит на сайте крупными буквами, его читают все, кроме вас, видимо 🙂"),
    ("ru", "Считать, простите, надо было до того, как соглашаться."),
    ("ru", "Разница есть, иначе кнопок было бы не две 🙂"),
    ("ru", "Давайте без лишних эмоций."),
    ("ru", "Вы же понимаете, что в конце октября помидоры на грядке не растут?"),
    ("ru", "Просто готовить надо не только салат из огурцов 🙂"),
    ("en", "Didn't you check the weight limit before driving a 4-tonne house into a wet field?"),
    ("en", "Not our problem, mate. The limit is on the Russian page."),
    ("en", "Most of our foreign clients manage perfectly well with a translation app."),
    ("en", "I'm sure your insurer has seen a Russian document before."),
    ("en", "A tow and a winch-out are, unsurprisingly, two different jobs."),
    ("en", "We had to pull the car out first; surely that much is obvious."),
    ("en", "Perhaps next time it is worth staying on the tarmac."),
    ("en", "Let me put this simply: we are not certified."),
    ("en", "I wouldn't expect someone from abroad to know the details."),
    ("en", "it's still vegetables isn't it you won't starve till friday"),
    # round 116 (blind155, blind156 as tuning data): «дети всё преувеличивают», «а вы сразу скандалить», «ну вот я вам и
    # ответила», «Позволим себе, однако, заметить:», «боюсь, не прибавится»; "It's not a mystery", "figured out long ago",
    # "i don't know who told you that", "it's a camp not a hotel", "if it turns up it turns up", ", we suspect,", "because
    # one child is a", "your problem" side by side
    ("ru", "вы же понимаете дети всё преувеличивают"),
    ("ru", "ребёнок вам наговорил а вы сразу скандалить"),
    ("ru", "ну вот я вам и ответила всё до свидания"),
    ("ru", "Позволим себе, однако, заметить: лагерь — это в том числе умение ладить с разными людьми."),
    ("ru", "Если родители будут решать за ребёнка каждую мелочь, самостоятельности у него, боюсь, не прибавится."),
    ("en", "It's not a mystery: it's ice."),
    ("en", "A soft broom works wonders, as most of our customers figured out long ago."),
    ("en", "well i don't know who told you that but it wasn't me"),
    ("en", "look kids lose stuff all the time it's a camp not a hotel"),
    ("en", "we're not going to search the whole camp for a hoodie if it turns up it turns up"),
    ("en", "Children get five meals a day, which, we suspect, is more than many of them eat at home."),
    ("en", "We cannot change the menu for the whole camp because one child is a picky eater."),
    # round 117 (blind157, blind158 as tuning data): «никто не держит», «висит … крупными буквами», «не промахнётесь», «а то
    # потом опять будете», «я вам третий раз объясняю», «… лет а … не можете», «пишите куда хотите», «если для вас это так
    # принципиально», «что уж теперь», «Очевидно, правила вы не читали»; ", seriously?", "not really our job to teach",
    # "that's what … is for", "if you can't read Russian.", "It takes as long as it takes", "not a drive-through", ", to be
    # honest, answers", "even my kid knows", "would have thought was common knowledge / obvious", "as some apparently do",
    # "Yes, yes, I get it", "Not exactly the end of the world", "that should cheer you up"
    ("ru", "Не устраивает — никто не держит, станций в крае много."),
    ("ru", "Прайс висит на сайте на главной, крупными буквами 🙂"),
    ("ru", "Там кнопка «Записаться», зелёная, мимо не промахнётесь."),
    ("ru", "Огнетушитель не забудьте, а то потом опять будете писать, почему не прошли."),
    ("ru", "в стс написано n1 значит грузовой я вам третий раз объясняю"),
    ("ru", "ну сорок лет а на яму заехать аккуратно не можете"),
    ("ru", "пишите куда хотите это ваше право"),
    ("ru", "Пишите на почту цеха, если для вас это так принципиально."),
    ("ru", "Ну раз не проверили — что уж теперь."),
    ("ru", "В правилах прямо написано: файл не менее 1 МБ. Очевидно, правила вы не читали."),
    ("en", "It's January in Primorye, so summer tyres, seriously?"),
    ("en", "It's not really our job to teach the traffic rules, that's what driving school is for."),
    ("en", "There's an English page too if you can't read Russian."),
    ("en", "It takes as long as it takes, it's a car inspection, not a drive-through."),
    ("en", "It's on the website, which, to be honest, answers all these questions."),
    ("en", "look it's really simple even my kid knows it"),
    ("en", "The card is electronic, which we would have thought was common knowledge by now."),
    ("en", "If your insurer still prefers paper, as some apparently do, print the PDF."),
    ("en", "Yes, yes, I get it, 20 minutes."),
    ("en", "Not exactly the end of the world, but okay."),
    ("en", "I've added 100 points, that should cheer you up."),
    ("en", "A 3-hour drive is not an option — we'd have thought that was fairly obvious."),
    # round 118 (blind160 as tuning data): «родила вам», «может ей ещё и машину вам помыть», «понятно из самого слова»;
    # "would be unrealistic to expect", "without picking up the basics", "We are a Russian agency in a Russian town"
    ("ru", "звоните туда а что вы хотите чтобы я сейчас сделала родила вам сиделку"),
    ("ru", "ну может ей ещё и машину вам помыть сиделка ухаживает за мамой"),
    ("ru", "это вообще-то понятно из самого слова"),
    ("en", "We are a Russian agency in a Russian town, so it would be unrealistic to expect English-speaking carers."),
    ("en", "A year is quite a long time to live somewhere without picking up the basics."),
    # round 119 (blind161, blind162 as tuning data): «ознакомиться, прежде чем писать», «несколько поздновато», «Надеемся,
    # теперь всё ясно», «это же X, а не Y.», «вообще-то убирают», «все хотят пораньше», «а не ждать пока», «а не её
    # обязанностью», «более внимательное отношение к»; "what did you expect with"
    ("ru", "Все эти вопросы разобраны в памятке. Рекомендуем всё же с ней ознакомиться, прежде чем писать."),
    ("ru", "Согласитесь, за три недели до свадьбы такие вопросы задавать уже несколько поздновато."),
    ("ru", "Надеемся, теперь всё ясно."),
    ("ru", "Ну это же огород, а не ландшафтный дизайн 🙂"),
    ("ru", "А теплицу в двух метрах от дома вообще-то убирают или накрывают."),
    ("ru", "ну смотрите все хотят пораньше у нас очередь на месяц"),
    ("ru", "надо было весной крышу менять а не ждать пока потечёт"),
    ("ru", "Замер является услугой компании, а не её обязанностью."),
    ("ru", "Надеемся на понимание и на более внимательное отношение к СМС в дальнейшем."),
    ("en", "Honestly, what did you expect with two days' notice?"),
    # round 120 (blind163, blind164 as tuning data): «пересказывать не буду», «с голоду не умрёте», «Если вы не знаете, что
    # такое …, то вам как раз», «вы же пришли в …, а не в», «погуглите», «а уже потом писать», «если бы вы его всё-таки
    # прочитали», «В договоре, который вы подписывали», «Я уже писала:», «много чатов», «сэкономите и своё время, и моё», «а
    # вы нам звоните», «надо было дома», «быстрее любых жалоб», «причина здесь, согласитесь»; "it's pretty obvious isn't
    # it", "nobody's forcing you"
    ("ru", "Про обед и программу всё написано на странице курса, пересказывать не буду."),
    ("ru", "Обеда нет, есть перерыв, кофейня рядом, с голоду не умрёте."),
    ("ru", "Если вы не знаете, что такое эспрессо, то вам как раз туда 🙂"),
    ("ru", "ну вы же пришли в обжарочную а не в супермаркет тут кофе не горький"),
    ("ru", "погуглите что такое светлая обжарка там всё написано"),
    ("ru", "Рекомендуем сначала разобраться с хранением зерна у вас, а уже потом писать претензии."),
    ("ru", "Можно, это тоже написано в договоре, пункт 2.4, если бы вы его всё-таки прочитали."),
    ("ru", "В договоре, который вы подписывали 🙂 Первая строчка."),
    ("ru", "Я уже писала: всё есть в договоре."),
    ("ru", "Давайте по одному вопросу, у меня сейчас много чатов."),
    ("ru", "Посмотрите в приложении, пожалуйста, — сэкономите и своё время, и моё."),
    ("ru", "женщина ну дети у вас всё растеряли а вы нам звоните"),
    ("ru", "это же дети они всегда всё теряют считать надо было дома внимательнее"),
    ("ru", "Рекомендуем провести с ребёнком беседу — обычно это решает вопрос быстрее любых жалоб."),
    ("ru", "Так что причина здесь, согласитесь, не в педагоге."),
    ("en", "it's pretty obvious isn't it the café has rent and staff"),
    ("en", "with respect nobody's forcing you to buy in the café"),
    # round 121 (blind165, blind166 as tuning data): «смотрят до того, как писать», «логика несложная», «кстати, тоже были на
    # сайте», «вообще-то азбука», «я вам что сама …», «не самое сложное требование», «не пишите заглавными», «вопросы тут
    # скорее к себе», «Все почему-то думают», «хоть раз за 6 лет», «Теперь знаете.», «не пирожки», «это вы надеюсь
    # сможете»; "on every page of our website", "people expect miracles", "third time lucky", "do try to actually", "You
    # were very lucky this time", "We trust that next time you will"
    ("ru", "На сайте есть таблица с нагрузкой, обычно её смотрят до того, как писать в чат 🙂"),
    ("ru", "Жёсткость 4 жёстче, чем 3, тут, согласитесь, логика несложная."),
    ("ru", "Привезём завтра. Цены, кстати, тоже были на сайте."),
    ("ru", "Переворачивать нужно раз в три месяца, это вообще-то азбука."),
    ("ru", "женщина ну я вам что сама этот матрас понесу я на линии сижу"),
    ("ru", "Согласитесь, «использовать с наматрасником» — не самое сложное требование."),
    ("ru", "Пожалуйста, не пишите заглавными, я и так читаю."),
    ("ru", "Вы отказались от герметизации. Так что вопросы тут скорее к себе."),
    ("ru", "Все почему-то думают, что окна поставили — и можно забыть."),
    ("ru", "Скажите честно, вы фурнитуру хоть раз за 6 лет смазывали?"),
    ("ru", "Ну вот 🙂 Теперь знаете."),
    ("ru", "ну окна не пирожки их за вечер не пекут"),
    ("ru", "пока заклейте трещину скотчем с обеих сторон это вы надеюсь сможете"),
    ("en", "Production takes 10 working days, it says so on every page of our website."),
    ("en", "I really don't know why people expect miracles."),
    ("en", "third time lucky i suppose what day"),
    ("en", "and do try to actually be home this time"),
    ("en", "You were very lucky this time."),
    ("en", "We trust that next time you will discuss such decisions with your husband before signing."),
    # round 122 (blind167, blind168 as tuning data): «вы серьёзно … меняете», «ну кто так делает», «вероятно, стоило
    # прочитать», «ситуация стала вам понятна», «не можем каждому гостю читать лекцию», «Вообще-то на табличке … написано»,
    # «Странный вопрос», «это должно быть понятно», «а не детский утренник»; "should be fairly obvious from", "your call, not
    # mine", "since apparently that matters", "let's not exaggerate", "maybe the kids shouldn't have", "most people simply
    # buy", "So, obviously, no", "We're a craft brewery, not a health-food shop", "Not to be rude, but", "maybe stick to",
    # "I'm guessing you haven't", "a queue of chats", "why this is such a drama"
    ("ru", "девушка свадьба завтра вы серьёзно сейчас цвета меняете"),
    ("ru", "к платью надо было подбирать месяц назад ну кто так делает номер заказа"),
    ("ru", "Об этом сказано в памятке, и её, вероятно, стоило прочитать."),
    ("ru", "Надеемся, ситуация стала вам понятна."),
    ("ru", "Ну, мы не можем каждому гостю читать лекцию про стили пива."),
    ("ru", "Вообще-то на табличке у крана написано «sour»."),
    ("ru", "Странный вопрос, честно говоря."),
    ("ru", "Подросткам пиво не наливают, это должно быть понятно."),
    ("ru", "Нет. Экскурсия по пивоварне — это про пиво, а не детский утренник 🙂"),
    ("en", "Foil balloons are not latex, that should be fairly obvious from the name."),
    ("en", "Whether that's OK for your child is your call, not mine."),
    ("en", "We'll pack them separately from latex orders, since apparently that matters."),
    ("en", "I get that it's upsetting, but let's not exaggerate."),
    ("en", "With respect, maybe the kids shouldn't have been hanging off it either."),
    ("en", "It's a fairly unusual request, to be honest – most people simply buy new ones."),
    ("en", "It's beer, it's made from barley. So, obviously, no."),
    ("en", "We're a craft brewery, not a health-food shop."),
    ("en", "Not to be rude, but maybe stick to lager if IPA tastes too metallic for you."),
    ("en", "It's all in the FAQ, which I'm guessing you haven't opened."),
    ("en", "I have a queue of chats, so if that's it, let's wrap up."),
    ("en", "honestly i don't see why this is such a drama it's one evening"),
    # round 123 (blind169, blind170 as tuning data): «вы же на север отправляете а не в сочи», «X она для всех X», «погоду я
    # вам не закажу», «справляются даже первоклассники», «разбираемся немного лучше, чем», «Вы не волнуйтесь так», «Вы,
    # между прочим, уже», «раз вам так удобнее», «постарайтесь в этот раз», «это делают мастера а не», «если вы конечно не
    # штангист»; "don't write in capitals", "isn't a disaster", "then i don't know what to tell you"
    ("ru", "мужчина ну вы же на север отправляете а не в сочи"),
    ("ru", "пурга она для всех пурга"),
    ("ru", "погоду я вам не закажу и каждому звонить у нас людей нет"),
    ("ru", "Установить приложение несложно — с этим сегодня справляются даже первоклассники."),
    ("ru", "Мы бассейнами 12 лет занимаемся, поверьте, разбираемся немного лучше, чем интернет."),
    ("ru", "Вы не волнуйтесь так, 7,8 — это не кислота и не яд 🙂"),
    ("ru", "Вы, между прочим, уже второй раз в этом месяце переносите 🙂"),
    ("ru", "Ладно, раз вам так удобнее. Вторник, 14:00–16:00."),
    ("ru", "Только постарайтесь в этот раз быть дома, мастер ждать не будет."),
    ("ru", "только вообще-то это делают мастера а не хозяева"),
    ("ru", "таскать его я вам не советую если вы конечно не штангист"),
    ("en", "Please don't write in capitals, I can read you perfectly well."),
    ("en", "Honestly, one day late isn't a disaster, your pool isn't even open yet."),
    ("en", "then i don't know what to tell you i'll text you their number"),
    # round 124 (blind171, blind172 as tuning data): «его принято читать», «ну если хочется за 20 — зовите соседа», «после
    # таких умельцев», «это не обои клеить», «вы в щиток-то заглядывали?», «такие рычажки, автоматами называются»,
    # «половина вызовов — именно это», in a call «вы бы ещё лет через 10 позвонили»
    ("ru", "Вообще, перед подписанием договора его принято читать, там пункт 4.3 как раз про это."),
    ("ru", "Ну если хочется за 20 — зовите соседа 🙂"),
    ("ru", "Потом, правда, нас же вызывают, когда после таких умельцев всё дымится."),
    ("ru", "Проводка — это не обои клеить."),
    ("ru", "А вы в щиток-то заглядывали?"),
    ("ru", "Там такие рычажки, автоматами называются."),
    ("ru", "Ну мало ли, половина вызовов — именно это."),
    ("ru", "ну родная алюминиевая 56 лет вы бы ещё лет через 10 позвонили"),
    # round 125 (blind173, blind174 as tuning data): «должны бы знать», «не надо паники», in a call «же крупно написано …
    # смотреть надо что заказываете», «вряд ли существенна»; "Honestly, it's just paper, dry it out"
    ("ru", "Вы же бухгалтер, должны бы знать, что УПД за месяц выставляются до 15 числа следующего."),
    ("ru", "Сегодня 13-е, сроки не горят, не надо паники."),
    ("ru", "[NAME] в карточке же крупно написано 160 грамм смотреть надо что заказываете ладно упаковка целая"),
    ("ru", "К тому же, для организации вашего масштаба разница в 600 рублей вряд ли существенна."),
    ("en", "Honestly, it's just paper, dry it out on a radiator and it'll be fine."),
    # round 126 (blind175, blind176 as tuning data): «вообще полезная привычка», «Посмотреть туда несложно», «… своих
    # учите, а потом пишите», «Вы … вот и результат», «таких, как вы», «торговаться бесполезно», «Решайте быстрее»,
    # «отвечу в третий раз», «Быстрее от ваших сообщений …», in calls «небось», «я вам не механик по телефону», «вы же
    # видите что», «логично же», «как из песочницы»; "right there in big letters on our homepage"
    ("ru", "Гарантия на ремонт — 6 месяцев. Это написано в акте, который вы подписали. Читать документы до подписи — вообще полезная привычка 🙂"),
    ("ru", "Счётчик моточасов у вас в кабине, на панели. Посмотреть туда несложно."),
    ("ru", "Механизаторов своих учите, а потом пишите, что ремонт плохой."),
    ("ru", "Вы, скорее всего, опять гоняли его на максимальных оборотах без прогрева, вот и результат."),
    ("ru", "Сейчас уборка, у нас таких, как вы, двадцать человек в очереди."),
    ("ru", "Цена фиксированная, торговаться бесполезно."),
    ("ru", "Решайте быстрее: ставлю на завтра или отдаю место другому?"),
    ("ru", "Ну раз вы третий раз за день пишете, отвечу в третий раз: сеялка будет готова в пятницу."),
    ("ru", "Быстрее от ваших сообщений она не станет."),
    ("ru", "а масло вы какое заливаете небось что подешевле"),
    ("ru", "я вам не механик по телефону объяснять"),
    ("ru", "ну вы же видите что на улице июль кто сейчас зимний комбинезон купит"),
    ("ru", "логично же зимнее с 1 августа а летнее сегодня до 19 часов"),
    ("ru", "только чистое и без пятен а то приносят иногда как из песочницы прямо"),
    ("en", "It's right there in big letters on our homepage, but sure: we take uniforms from 1 August."),
    # round 127 (blind177, blind178 as tuning data): "in fairly big letters", "Reading the small print usually helps",
    # "not a bag of potatoes", "not a souvenir stall", in calls "people usually keep their documents", "would you rather
    # he stayed", "if you enjoy the company of", "this isn't a taxi", "it's 2034", "i can't imagine why"; "we would
    # gently suggest reading", "some customers somehow", "explain this as simply as possible"
    ("en", "The calculator says 'from 690 ₽' — in fairly big letters, I believe. Reading the small print usually helps with these things."),
    ("en", "It's a ceiling, not a bag of potatoes — every room is different."),
    ("en", "There is no 'foreigner price', we're not a souvenir stall."),
    ("en", "you know people usually keep their documents what's the address"),
    ("en", "As stated in the care leaflet (which we would gently suggest reading — it answers this exact question on page 2), a glossy ceiling is cleaned with a soft cloth."),
    ("en", "Please don't attack it with a scouring pad, as some customers somehow still manage to."),
    ("en", "would you rather he stayed an hour sir we can arrange that if you enjoy the company of technicians"),
    ("en", "you're paying for a calibrated rig and a legally valid result not for minutes this isn't a taxi"),
    ("en", "there's no paper anymore sir it's 2034 if you really want a printout it's 200 roubles but i can't imagine why"),
    ("en", "We appreciate that not everyone finds electronic records easy to follow, so we will try to explain this as simply as possible."),
    # round 128 (blind179, blind180 as tuning data): in calls «ну а как вы хотели», «на сайте всё есть найдёте», «вот вы
    # его и сожгли», «у вас всегда кто-то другой виноват»; «Ну если вам не жалко», «как будто … — это сюрприз», «или
    # будете дальше», «всё-таки не конец света», «не будем раздувать», «раз это так принципиально», «а не такси», «как и
    # все предусмотрительные»; in a call "i can't help that you … honestly what did you expect"
    ("ru", "ну а как вы хотели перфоратор это не молоток им по арматуре не бьют"),
    ("ru", "на сайте всё есть найдёте"),
    ("ru", "ну вот вы его и сожгли это не монтаж это вы"),
    ("ru", "ну конечно у вас всегда кто-то другой виноват"),
    ("ru", "Ну если вам не жалко привод за 40 тысяч — можете и не обслуживать 🙂"),
    ("ru", "Потом в −40 люди пишут, что у них «вдруг» всё встало, как будто зима в Сибири — это сюрприз."),
    ("ru", "Записывать или будете дальше «вроде работают»?"),
    ("ru", "[NAME], ну стружка в снегу — это всё-таки не конец света."),
    ("ru", "Давайте не будем раздувать из этого историю."),
    ("ru", "Хорошо, раз это так принципиально. Бригада будет в четверг."),
    ("ru", "Срочный выезд — это выезд вне очереди плановых работ, а не такси по вызову."),
    ("ru", "Рассчитываем на то, что впредь вы, как и все предусмотрительные владельцы, будете заранее заказывать обслуживание."),
    ("en", "i can't help that you decided to save 6000 honestly what did you expect in siberia with a drive like that"),
    # round 129 (blind181, blind182 as tuning data): «при всём уважении, не флеболог», «если, конечно, справитесь», «Вам
    # же при выдаче давали», «Вы, судя по всему, сразу», «пропускают мимо ушей», «это не тапочки», «а не чудеса»,
    # «вообще-то азы», «разобраться не помешает», in calls «вот к нему и идите», «что вы хотите от чулок», «потом всё
    # равно к нам придёте», «кусок поролона», «а то бывает и такое»; in calls "with respect your pediatrician isn't an
    # …", "don't come back in 3 years asking", "either you moved", "doesn't make things up", "it's not unbelievable";
    # "not quite the tragedy your email suggests"
    ("ru", "Мама, при всём уважении, не флеболог 🙂 «Чем сильнее, тем лучше» — так это не работает."),
    ("ru", "Можно измерить самой сантиметровой лентой, если, конечно, справитесь, или прийти к нам."),
    ("ru", "Вам же при выдаче давали памятку, там всё написано."),
    ("ru", "Вы, судя по всему, сразу весь день отходили."),
    ("ru", "Говорили, просто это все пропускают мимо ушей 🙂"),
    ("ru", "Стелька — это не тапочки, к ней надо привыкнуть."),
    ("ru", "Калькулятор считает модель, а не чудеса 🙂"),
    ("ru", "Это вообще-то азы 3D-печати, про поддержки написано на первой странице нашего FAQ."),
    ("ru", "Ну, раз заказываете печать, немного разобраться не помешает."),
    ("ru", "если вам 3 класс тяжело это вопрос к вашему флебологу вот к нему и идите"),
    ("ru", "а вы приходили к нам в 5 вечера ноги уже отёкшие были что вы хотите от чулок"),
    ("ru", "ну купите за полторы тысячи в интернете потом всё равно к нам придёте"),
    ("ru", "стелька из интернета это кусок поролона с картинкой"),
    ("ru", "пусть придёт в той обуви которую носит чаще всего а не в парадных туфлях а то бывает и такое"),
    ("en", "with respect your pediatrician isn't an orthopedist"),
    ("en", "if you want to wait and see that's your choice but don't come back in 3 years asking why nobody told you"),
    ("en", "and to be honest feet don't usually change size in a week so either you moved during the scan or"),
    ("en", "well somebody moved the scanner doesn't make things up"),
    ("en", "it's not unbelievable it's just how it works"),
    ("en", "That said, a 35-minute delay on a Monday evening is hardly unusual, and I'm sure you'll agree it is not quite the tragedy your email suggests."),
    # round 130 (blind183, blind184 as tuning data): «это не краска для забора», «Я же вам уже всё расписала»,
    # «перечитайте, если что», «нанимать специалистов, а не …»; "parquet is not a bathroom floor", "frankly surprising
    # to receive", "you're not the only one with", "it's not a pizza delivery", in a call "… what did you expect" ending
    # the sentence
    ("ru", "А детей уж придётся до вечера подержать в другой комнате — лак это не краска для забора 🙂"),
    ("ru", "Ну вот и я просто ответила. Я же вам уже всё расписала, перечитайте, если что."),
    ("ru", "Рекомендуем в следующий раз нанимать специалистов, а не знакомых с рынка."),
    ("en", "We would kindly remind you that parquet is not a bathroom floor and should not be mopped with a bucket of water."),
    ("en", "It is frankly surprising to receive a complaint of this kind from someone who has lived with a wooden floor for two months."),
    ("en", "Well, it's April — the whole region is pouring foundations, you're not the only one with a house to build 🙂"),
    ("en", "Next time book more than a day ahead, it's not a pizza delivery."),
    ("en", "and honestly if you pour at seven pm in april without covering it what did you expect"),
    # round 131 (blind185, blind186 as tuning data): «— это не волшебство», «это, в общем-то, очевидно», «ожидания …
    # были немного завышены», in a call «ну вы как в первый раз», «это же все знают»; "Honestly, most people never
    # notice", "If you stare at", "I wouldn't get my hopes up", in a call "it's not a disaster"; "not a surprise to
    # anyone who", "We are a farm, not a …", "may simply be a better fit for you"
    ("ru", "А пятно останется, ремонт скола — это не волшебство."),
    ("ru", "Стекло новым от этого не станет, это, в общем-то, очевидно."),
    ("ru", "Если вы ожидали, что скол исчезнет бесследно, то ожидания, скажем так, были немного завышены 🙂"),
    ("ru", "ну вы как в первый раз на ысыах весь город кумыс хочет"),
    ("ru", "кумыс это не молоко его на неделю вперёд не берут он 3 дня живёт это же все знают"),
    ("en", "Honestly, most people never notice this. If you stare at the edge of any windscreen long enough, you'll find something."),
    ("en", "If it's outside the standard, we'll replace the glass free of charge. But I wouldn't get my hopes up."),
    ("en", "look it's a few bottles it's not a disaster i don't know what to tell you"),
    ("en", "The new prices were announced on 15 May, so this was not a surprise to anyone who reads our messages."),
    ("en", "We are a farm, not a discount supermarket."),
    ("en", "If price is your main criterion, the supermarket may simply be a better fit for you."),
    # round 132 (blind187, blind188 as tuning data): «это не волшебная кнопка», «Поймите уже», «в школе такое проходят»,
    # «Не надо сразу писать», «как вы, вероятно, догадываетесь», «— если вас не смущает»; "not a car wash", "Maybe
    # google", "that's how it works here", in calls "not a family heirloom", "try not to ride it"; "not a souvenir
    # kiosk", "Most people see the price and change", "even you can manage", in a call "it's just a logo", "no inspector
    # is going to"; "which a quick glance at our website"
    ("ru", "Я вам объясняю: гарантия — это не волшебная кнопка, нажали — и всё бесплатно починили 🙂"),
    ("ru", "Поймите уже, от нас тут ничего не зависит."),
    ("ru", "Новая цепь всегда вытягивается в первые 300–500 км, это физика, а не брак, в школе такое проходят 🙂"),
    ("ru", "Не надо сразу писать «всё испортили». Сколько проехали после замены?"),
    ("ru", "Цены на электричество и аренду ангара, как вы, вероятно, догадываетесь, растут не только у нас."),
    ("ru", "Хранить мотоцикл в холодном гараже, конечно, дешевле — если вас не смущает весной менять аккумулятор и сальники."),
    ("en", "A valve check is a four-hour job, not a car wash 🙂 Maybe google what it involves first."),
    ("en", "As for an English invoice — we're in Russia, invoices are in Russian, that's how it works here."),
    ("en", "22000 wow you really should've changed it about 5000 ago it's a chain not a family heirloom"),
    ("en", "booked thursday at 12 try not to ride it another 5000 before then"),
    ("en", "We're a workwear company, not a souvenir kiosk, so five caps is not really what we're set up for."),
    ("en", "Technically there's no minimum, but digitising costs 1 500 ₽. Most people see the price and change their mind."),
    ("en", "And for next time, I'm sure even you can manage to read a care label properly — it says 30, not 40."),
    ("en", "it's just a logo honestly your chefs can wear them inside out for a couple of days no inspector is going to check the embroidery"),
    ("en", "We are a workwear company, not a sports-kit studio, which a quick glance at our website would have told you."),
    # round 133 (blind189, blind190 as tuning data): «у нас не колхоз», «сам по себе не колется, девушка», in a call
    # «это не ламинат»; «давайте я сделаю за вас», «Значит, не туда смотрели», «Как видите, ничего сложного», in a call
    # «ну а вы как думали», «вы новости вообще смотрите»; "or for next spring, why not", "even for the busiest people",
    # "surprised that it needs explaining", "will read … more carefully", "what did you expect the courier to do,
    # guess?", "not worth this much stress"
    ("ru", "Наши монтажники при сдаче проверяют кромку, у нас такие сколы не оставляют, у нас не колхоз."),
    ("ru", "А кто ещё? Камень сам по себе не колется, девушка."),
    ("ru", "женщина за 30 тысяч это ламинат а не камень камень это не ламинат из икеи он столько не стоит"),
    ("ru", "Вообще-то периодичность меняется в приложении самостоятельно. Но ладно, давайте я сделаю за вас."),
    ("ru", "Значит, не туда смотрели, кнопка «Изменить» внизу, под списком товаров."),
    ("ru", "Добавила 2 пачки подушечек в пятничную доставку. Как видите, ничего сложного."),
    ("ru", "ну а вы как думали цены на всё растут не только у нас вы новости вообще смотрите"),
    ("en", "Well, it's your kitchen, you can plan it for spring, or for next spring, why not 🙂"),
    ("en", "If spring really happens, just book again on the site, it takes two minutes even for the busiest people."),
    ("en", "This is standard practice, and we are somewhat surprised that it needs explaining."),
    ("en", "We trust you will read the terms of any future quote more carefully."),
    ("en", "And you didn't put the entrance code in the order, so what did you expect the courier to do, guess?"),
    ("en", "Honestly, it's one bag of dog food, it's not worth this much stress."),
    # round 134 (blind191, blind192 as tuning data): «Ну и, согласитесь, стекло само не трескается», in a call «вы бы
    # ещё с телефона цвет сравнили», «PDF сейчас открывают даже пенсионеры»; "almost everyone manages to", "you'd think
    # adults read what they sign", "this is really basic stuff."
    ("ru", "Я ни на что не намекаю. Ну и, согласитесь, стекло само не трескается 🙂"),
    ("ru", "вы бы ещё с телефона цвет сравнили вы же не обои выбираете при укладке мы плитку с 3 4 поддонов перемешиваем и разница уходит"),
    ("ru", "Честно говоря, PDF сейчас открывают даже пенсионеры: достаточно нажать на файл и выбрать «Открыть»."),
    ("en", "The guide's report says you went off the track. Honestly, almost everyone manages to follow a guide in a straight line."),
    ("en", "I can't refund anything. The deductible is in the agreement you signed — you'd think adults read what they sign."),
    ("en", "As for batteries: bring spares and keep them in an inside pocket — this is really basic stuff."),
    # round 135 (blind193, blind194 as tuning data): in a call «или я это придумала», «считать то умеете», «посмотрите
    # внимательно на этот раз»; "please read what we send you.", "that's hardly our fault, is it?", "I don't know what
    # you expected us to do", in a call "i don't know how many times i have to say it", "a quick search would have told
    # you", "more serious cases to deal with than"
    ("ru", "ну вы же сами бригадиру сказали отметить ещё 3 точки по забору или я это придумала считать то умеете 4 плюс 3 будет 7"),
    ("ru", "в акте ваша подпись стоит там 7 точек акт я вам сейчас отправила на почту посмотрите внимательно на этот раз"),
    ("en", "As I wrote to you on Monday, the report itself is in English. Translations are extra, it's in the price list, please read what we send you."),
    ("en", "If your fence was put in the wrong place by the previous owner, that's hardly our fault, is it? I don't know what you expected us to do, move the register?"),
    ("en", "i don't know how many times i have to say it it's in the contract pay it or dispute it with the booking desk"),
    ("en", "Honestly, nobody registers garden sheds; a quick search would have told you the same thing."),
    ("en", "I'm sure you can appreciate that we have more serious cases to deal with than sheds."),
    # round 136 (blind195, blind196 as tuning data): «Её, судя по всему, никто не открывал», «Не надо быть инженером,
    # чтобы прочитать одну страницу», in a call «это физика школьная программа», «только не удивляйтесь если он скажет
    # то же что и я»
    ("ru", "Про это, кстати, написано в инструкции, раздел «Обогрев». Её, судя по всему, никто не открывал 🙂"),
    ("ru", "Не надо быть инженером, чтобы прочитать одну страницу. Оттайка длится 5–15 минут."),
    ("ru", "ну так все кондиционеры щёлкают при нагреве пластик расширяется это физика школьная программа"),
    ("ru", "ну если вам так мешает приедет мастер посмотрит завтра с 10 до 12 бесплатно только не удивляйтесь если он скажет то же что и я"),
    # round 137 (blind197, blind198 as tuning data): «это не читальный зал», in a call «ну а как я вам цену скажу по
    # воздуху», «это вам не наклейки из фикс прайса», «Вы, видимо, давно в школе не были», «а не в музее», «известно
    # всем, кто хоть раз …»; "so it is hardly hidden", "if you have the time to learn", "we are, after all, a Russian
    # bookshop in Russia", "at a more appropriate level"
    ("ru", "Вообще-то вещи без присмотра оставлять не стоит, это не читальный зал 🙂"),
    ("ru", "мужчина ну вы хоть примерно размер знаете нет ну а как я вам цену скажу по воздуху"),
    ("ru", "это 8 букв если по 50 сантиметров считайте сами около 56 тысяч плюс монтаж это вам не наклейки из фикс прайса"),
    ("ru", "Вы, видимо, давно в школе не были 🙂 Сейчас всё по обновлённым стандартам, старые издания никто не берёт."),
    ("en", "May we point out that the approval fee is listed on our website, on the prices page, in bold, and again in your quote as a separate line — so it is hardly hidden."),
    ("en", "You are welcome to do so too, if you have the time to learn the town's design code."),
    ("en", "As the name suggests, our summer reading club is held in Russian — we are, after all, a Russian bookshop in Russia."),
    ("en", "Perhaps it would be wiser to wait until your son's Russian is at a more appropriate level before signing him up."),
    ("ru", "Хотели бы обратить ваше внимание, что баннеры висят на улице, а не в музее под стеклом."),
    ("ru", "Весеннее солнце никакую печать не щадит — это, в общем-то, известно всем, кто хоть раз заказывал наружную рекламу."),
    # round 138 (blind199, blind200 as tuning data): «Это элементарная арифметика», «а то потом будете писать», «Судя по
    # ответу, вы не очень представляете», «Это вам не розетку для чайника поменять», «Вряд ли это сложнее, чем …»,
    # «когда клиенту что-то перестало нравиться», «Такие вещи обычно проверяют до …»; "the first thing anyone should
    # check", "Try to remember … in future", "matters that much, by all means"
    ("ru", "16 ампер на одной фазе — это и есть 3,6 кВт. Это элементарная арифметика: 230 вольт умножить на 16 ампер."),
    ("ru", "Только не включайте одновременно духовку, чайник и зарядку, а то потом будете писать, что у вас всё выбивает."),
    ("ru", "Вот поэтому я бы и не советовала. Судя по ответу, вы не очень представляете, что такое 32 ампера длительной нагрузки."),
    ("ru", "Это вам не розетку для чайника поменять."),
    ("ru", "Станция будет заряжать медленнее, зато вентилятор почти не включается. Вряд ли это сложнее, чем писать нам в шесть утра."),
    ("ru", "Переносить оборудование бесплатно каждый раз, когда клиенту что-то перестало нравиться, мы, разумеется, не можем."),
    ("ru", "промокод не сработал, потому что вы ввели его латиницей: «SHKOLA36». Такие вещи обычно проверяют до того, как нажать «Оплатить»."),
    ("en", "That's Type 1, the Japanese standard. Honestly, it's about the first thing anyone should check before buying an EV."),
    ("en", "I've reserved one for you already. Try to remember it's Type 1 when you buy accessories in future, it'll save you some trouble 🙂"),
    ("en", "If 500 roubles matters that much, by all means order there and wait a month."),
    # round 139 (blind201, blind202 as tuning data): «а не по пожеланиям родителей», «Если привыкли к кофейне …, то
    # сравнение … не в пользу»; "not a bazaar", "explained a second time", "Honestly, who feeds …", "350 roubles, not a
    # fortune", "We would gently point out", "not a greengrocer's"
    ("ru", "Ассортимент мы подбираем по продажам, а не по пожеланиям родителей, уж извините."),
    ("ru", "Если привыкли к кофейне за 300 рублей, то сравнение, конечно, будет не в пользу автомата 🙂"),
    ("en", "We are a building-supplies yard, not a bazaar, so there is nothing to negotiate beyond that."),
    ("en", "We trust this will not need to be explained a second time."),
    ("en", "Honestly, who feeds a 500 note into a snack machine for a sandwich?"),
    ("en", "It's 350 roubles, not a fortune. Call dispatch, they're open until 20:00."),
    ("en", "We would gently point out that a vending machine is not a greengrocer's, and it is stocked with what people actually buy."),
    # round 140 (blind203, blind204 as tuning data): «это следовало понимать самостоятельно», «согласитесь, не самая
    # удачная мысль», in calls «трагедию из этого делать не надо», «если кухню не жалко», «это вам не пылесосом по ковру
    # пройтись»; in a call "it's not a car engine", "anybody can do that"; "You can't skip a year and then blame the
    # cleaners"
    ("ru", "Вообще-то, это следовало понимать самостоятельно: у любого карниза есть допустимая нагрузка."),
    ("ru", "Ставить вазу на подоконник под карнизом — тоже, согласитесь, не самая удачная мысль."),
    ("ru", "решётка стоит 300 рублей в любом строительном купите и поставьте трагедию из этого делать не надо"),
    ("ru", "ну попробуйте конечно если кухню не жалко это вам не пылесосом по ковру пройтись вы вообще видели сколько там жира"),
    ("en", "it's a chain sir it's not a car engine of course it can be fixed"),
    ("en", "just unscrew it and bring it in anybody can do that it's two screws"),
    ("en", "You can't skip a year and then blame the cleaners."),
    # round 141 (blind205, blind206 as tuning data): «это, конечно, оригинально», «у нас и не такие учились»,
    # «рекомендуем ознакомиться с ними заранее», «как это любят делать некоторые», «Надо было самим набрать
    # диспетчерскую», «Ну посидели немного, бывает», «умеют не все», «арифметика сошлась», «Позволим себе также
    # заметить»; "worth reading … more carefully", in calls "obviously it's gas mate", "we'll just rearrange the whole
    # route", "aren't a restaurant menu"
    ("ru", "Добрый вечер. Бояться воды в 43 года — это, конечно, оригинально 🙂 Но ничего, у нас и не такие учились."),
    ("ru", "В правилах это изложено достаточно ясно, так что в следующий раз рекомендуем ознакомиться с ними заранее, а не в момент болезни."),
    ("ru", "Также настоятельно советуем не приходить в бассейн с температурой «чтобы прогреться», как это любят делать некоторые наши посетители."),
    ("ru", "Водитель звонил, видимо, у вас там не было связи. Надо было самим набрать диспетчерскую, номер был в СМС. Ну посидели немного, бывает."),
    ("ru", "Позволим себе также заметить, что баллон 50 л весит больше 40 кг."),
    ("ru", "Прайс опубликован на сайте и в приложении; читать его, как показывает практика, умеют не все, но он там есть."),
    ("ru", "Электронный чек я отправила вам на почту повторно. Надеюсь, теперь арифметика сошлась."),
    ("en", "With respect, chickenpox at a party for six-year-olds in January is a fairly predictable risk. It may be worth reading them a little more carefully next time."),
    ("en", "look you probably left the valve open overnight obviously it's gas mate it doesn't last forever"),
    ("en", "sure we'll just rearrange the whole route around you what's the order number"),
    ("en", "you know the slots aren't a restaurant menu [NAME] hold on a minute let me see what the driver can do"),
    # round 142 (blind207, blind208 as tuning data): «лучше никому не показывать», «Думайте.», in a call «многовато но
    # ваше дело»; «сам в баллон не залетает», «а не повод для паники», «Надеемся, ситуация понятна»; in calls "not the
    # mona lisa", "i'm not a magician"; "I would have hoped this was clear", "here we go again", "It really isn't
    # complicated", "before sending questions of this kind"
    ("ru", "Если бюджет ограничен — есть пластиковый багет от 690 ₽ за метр, только картину в нём лучше никому не показывать 🙂"),
    ("ru", "Думайте. Мастерская на Оружейной, 12, работает до 20:00."),
    ("ru", "деревянный багет от 3240 сборка 500 антибликовое стекло 1015 итого примерно 4750 за пазл конечно многовато но ваше дело"),
    ("ru", "Перезарядка ОУ-3 — 700 ₽. „Просто газ“ сам в баллон не залетает 🙂"),
    ("ru", "Рекомендуем объяснить сотрудникам, что дым на кухне — повод включить вытяжку, а не повод для паники и звонков."),
    ("ru", "Выезд по вызову оплачивается отдельно согласно п. 4.3 договора. Счёт остаётся в силе. Надеемся, ситуация понятна."),
    ("en", "look it's a print not the mona lisa you can probably buy another one online"),
    ("en", "look i'm not a magician the earliest i have is tuesday 21 april 10 to 12"),
    ("en", "I would have hoped this was clear from the care card that came with your order, but here we go again."),
    ("en", "It really isn't complicated. If you lose the card again, it's also on our website."),
    ("en", "We would suggest reading the instructions before sending questions of this kind."),
    # round 143 (blind209, blind210 as tuning data): «Мы вообще-то мастерская, а не …», in a call «вы как будто первый
    # раз в мае живёте»; «в следующий раз не тяните», «Позволим себе обратить внимание», «это не слишком сложное
    # требование», «Надеемся, ситуация теперь понятна», in calls «я мотор отсюда не вижу», «где сдавали там и
    # забираете»; "Every trimmer owner should really know", "We trust you will … next time", "the end of the drama",
    # "not sure what the confusion is", "kind of the point of", in a call "can't explain it any simpler"
    ("ru", "Масло не надо, его мы меняем сами. Мы вообще-то мастерская, а не курсы для начинающих дачников, но ладно, объясню."),
    ("ru", "в понедельник было 11 мая мастерская не работала праздники вообще-то для всех были вы как будто первый раз в мае живёте"),
    ("ru", "Записала дочку в группу с 15 июня. Место было последнее, так что в следующий раз не тяните."),
    ("ru", "Позволим себе обратить внимание, что при получении вы расписались в накладной."),
    ("ru", "В описании каждого заказа написано: «Вскрывайте упаковку при курьере». Полагаем, это не слишком сложное требование."),
    ("ru", "Надеемся, ситуация теперь понятна."),
    ("ru", "женщина всё вам мастер скажет при выдаче я мотор отсюда не вижу"),
    ("ru", "где сдавали там и забираете в сувар её привезут во вторник 16-го после 15 всё"),
    ("en", "It's written on the fuel cap, to be honest — 1:50. Every trimmer owner should really know this one."),
    ("en", "We would point out that we are a workshop, not a warehouse. We trust you will plan your trips with this in mind next time."),
    ("en", "I've sent the correction to the course coordinator. I hope that's the end of the drama 🙂"),
    ("en", "It's in Russian and English, so I'm not sure what the confusion is."),
    ("en", "Well, that's kind of the point of signing it 🙂"),
    ("en", "look i can't explain it any simpler the knife is new the master checked it"),
    # round 144 (blind211, blind212 as tuning data): «это все знают», «Не надо передёргивать», «возможно, вы его просто
    # не посмотрели», «Надеемся, в этот раз всё понятно», «можно было, наверное, догадаться», «Давайте без претензий ко
    # мне лично», «Вы, видимо, раньше … никогда не …», «Это не суп», in calls «его читать надо перед тем как …», «ну
    # теперь знаете»; "not a tourist bureau", "Obviously we don't", "you can imagine how that goes", "I can't chase them
    # for every client", "no need to write in capitals", "not a typewriter", "Please do decide before", "if you'd taken
    # a minute to", "instead of calling 4 days later"
    ("ru", "И, честно говоря, летом у всех сроки сдвигаются. Памятники надо заказывать зимой, а не в мае, это все знают."),
    ("ru", "Не надо передёргивать. Я вам сказала, к кому обращаться."),
    ("ru", "Это стандартный пакет, его получают все семьи, странно, что у вас его нет — возможно, вы его просто не посмотрели."),
    ("ru", "Повторный комплект будет готов к выдаче завтра с 8:00. Надеемся, в этот раз всё понятно."),
    ("ru", "Да и гроза была на весь город — можно было, наверное, догадаться и позвонить перед выездом 🙂"),
    ("ru", "Давайте без претензий ко мне лично, я вчера вообще не работала."),
    ("ru", "Вы, видимо, раньше мыло никогда не делали? В наборе уже есть отдушка. Это не суп, тут «по вкусу» не добавляют 🙂"),
    ("ru", "на этикетке весь состав написан его читать надо перед тем как ребёнку давать это не детское мыло"),
    ("ru", "ну теперь знаете брака там нет можете принести сегодня до 20 00"),
    ("en", "We're a funeral agency in a small Russian town, not a tourist bureau, but we do grave care. Obviously we don't take PayPal."),
    ("en", "Finding a grave by names alone in a cemetery with no proper records from the nineties — you can imagine how that goes."),
    ("en", "Honestly, I can't chase them for every client. A few days' delay is normal in summer, and there's no need to write in capitals."),
    ("en", "Please do decide before writing to us again, the printer is not a typewriter."),
    ("en", "All of this is on our website, by the way, if you'd taken a minute to look."),
    ("en", "well if it was such a problem you should have said something on the day instead of calling 4 days later"),
    # round 145 (blind213, blind214 as tuning data): in a call «ну и что … ничего страшного это же не на всю жизнь»;
    # «Вопрос … не имеет смысла», «по всей видимости, вы не открывали», «справится любой родитель», «пришиваются и дома за
    # пять минут»; "Simple maths.", "if you'd read the terms"
    ("ru", "ну и что ребёнок два дня походил ничего страшного это же не на всю жизнь"),
    ("ru", "Вопрос «какой размер брать на 10 лет» не имеет смысла: дети в 10 лет бывают очень разные, как вы, наверное, и сами заметили."),
    ("ru", "Об этом написано в таблице размеров на нашем сайте, которую, по всей видимости, вы не открывали."),
    ("ru", "Это несложно, справится любой родитель."),
    ("ru", "Что касается пуговиц, они, к слову, пришиваются и дома за пять минут."),
    ("en", "But if you'd read the terms, free delivery applies from 5,000 rubles after discounts."),
    ("en", "Your total after the SEPT5 promo code was 4,845. Simple maths."),
    # round 146 (blind215, blind216 as tuning data): «Это не космический корабль», «Позвольте также заметить», «в
    # дальнейшем вы будете внимательнее», «Вы, наверное, не очень часто пользуетесь …», «Ну вот, а вы говорите»; "What did
    # you expect after", "a slightly calmer tone", "As any parent … knows", "if one reads them", "the worst thing you
    # could have used", "leave restoration to professionals", "not a doll hospital"
    ("ru", "Это не космический корабль, там всего одна кнопка."),
    ("ru", "Позвольте также заметить, что на упаковке крупно указан возраст 3+, а не 2+."),
    ("ru", "Возрастная маркировка пишется не просто так, и мы надеемся, что в дальнейшем вы будете внимательнее к ней относиться."),
    ("en", "Honestly, these cars are for kids playing indoors, not for racing round the yard in the snow. What did you expect after a weekend like that?"),
    ("en", "We would, however, suggest a slightly calmer tone in future; capital letters do not make refunds go faster."),
    ("en", "As any parent of small children knows, soft toys should be checked regularly for loose parts."),
    ("ru", "Вы, наверное, не очень часто пользуетесь электронной почтой 🙂"),
    ("ru", "Ну вот, а вы говорите — не пришло."),
    ("en", "That's a 1970s reproduction, which is written on the label right under the price. Price tags usually tell you a lot, if one reads them."),
    ("en", "To be frank, superglue was about the worst thing you could have used."),
    ("en", "Next time, please leave restoration to professionals and don't try to fix porcelain at home."),
    ("en", "We are also an antiques salon, not a doll hospital, but we do take porcelain for restoration."),
    # round 147 (blind217, blind218 as tuning data): «Я же вам выше всё написала», «У меня, кроме вас, ещё пять чатов», «в
    # третий раз пишу», «вы, по всей видимости, этого делать не стали»; in calls "won't do themselves", "not that anyone
    # ever reads those", "if you'd let me finish"; "not sure what's unclear", "it's not a piano", "if anyone reads it", "I
    # have four chats open"
    ("ru", "Я же вам выше всё написала 🙂 Прокрутите чат наверх, пожалуйста."),
    ("ru", "У меня, кроме вас, ещё пять чатов."),
    ("ru", "Вторник и четверг, 17:30, в третий раз пишу."),
    ("ru", "Отметим также, что большинство клиентов проверяют документы перед подачей в фонд; вы, по всей видимости, этого делать не стали."),
    ("en", "well the exercises won't do themselves what's your card number"),
    ("en", "it was all on the sheet artyom gave you not that anyone ever reads those"),
    ("en", "As I said, it's monthly. It's written on the price page in quite large letters, I'm not sure what's unclear."),
    ("en", "Honestly, for 10 days it would be simpler to pick it up yourself at Lenina 41 — it folds, it's not a piano."),
    ("en", "It's in section 6 of your contract, by the way — it's all there if anyone reads it."),
    ("en", "Look, I have four chats open."),
    ("en", "ma'am if you'd let me finish i'm trying to help you here you're not the only customer who was waiting yesterday"),
    # round 148 (blind219, blind220 as tuning data): «будете … сдавать до пенсии», «Вы поймите, времена поменялись»,
    # «удивляться теперь нечему», «в более корректном тоне», «это, простите, элементарно»; "expected an adult to", "the
    # name kind of gives it away", "if anyone reads those", "not the crown jewels"
    ("ru", "Двушки на Садовой сейчас сдаются за 20–23 тысячи. За 28 вы будете её сдавать до пенсии 🙂"),
    ("ru", "Стенки и ковры сейчас никому не нужны. Вы поймите, времена поменялись."),
    ("ru", "Так что, простите, удивляться теперь нечему."),
    ("ru", "И впредь просим писать нам в более корректном тоне."),
    ("ru", "Под сотню коробок штамп никто делать не будет, это, простите, элементарно."),
    ("en", "We would have expected an adult to read a contract before signing it; the fee is in clause 4.1."),
    ("en", "It's paper tape — the name kind of gives it away."),
    ("en", "Honestly, this is all on the product page, if anyone reads those."),
    ("en", "Honestly, it's a roll of bubble wrap, not the crown jewels."),
    # round 149 (blind221, blind222 as tuning data): «А вы что, ждали … за 12 тысяч?», in calls «а вы хотели как в журнале
    # за бесплатно», «господи делов то»; «обычно всё говорит сама», «а не зефир»; "That's pretty obvious, isn't it?",
    # "customers normally read those", "a lot of fuss over", in calls "everyone tries this", "the contract you signed
    # obviously"
    ("ru", "Риелтор показывает то, что есть. А вы что, ждали евроремонт за 12 тысяч? 🙂"),
    ("ru", "На цену тоже надо смотреть, она обычно всё говорит сама."),
    ("ru", "нашла этаж поправлю господи делов то"),
    ("ru", "фотографии делал наш фотограф нормальные фотографии а вы хотели как в журнале за бесплатно"),
    ("en", "You're renting a flat in Russia, so the lease is in Russian. That's pretty obvious, isn't it?"),
    ("en", "You ticked the box agreeing to the terms when you booked; customers normally read those."),
    ("en", "Honestly, this is a lot of fuss over a hold that drops off by itself."),
    ("en", "look everyone tries this what's the contract number"),
    ("en", "it's in the contract you signed obviously clause 4 commission is paid on signing so yes you pay"),
    ("ru", "Батончики и не обязаны быть мягкими, это протеиновый батончик, а не зефир 🙂"),
    # round 150 (blind223, blind224 as tuning data): «устроен элементарно», «можете оставить при себе», «чудес … не
    # бывает», «объясняю как новичку», «О таких вещах обычно думают до», «это не край света», «Другие как-то успевают», in
    # a call «вы что думали», «чтобы вам ещё и», «нормальный у меня тон»; "anyone who's sold a car before knows"
    ("ru", "Калькулятор на сайте устроен элементарно, достаточно выставить ползунки как надо."),
    ("ru", "Претензии к баннеру можете оставить при себе, там всё написано верно."),
    ("ru", "Всё равно не 19 900, чудес в кредитах не бывает."),
    ("ru", "Тогда объясняю как новичку: автозапуск — 42 000 ₽ с установкой."),
    ("ru", "О таких вещах обычно думают до покупки машины, а не после, но ничего, успеете."),
    ("ru", "Выезжайте пораньше, 230 км — это не край света. Другие как-то успевают."),
    ("ru", "ну машине 9 лет вы что думали за эти деньги новую получить чек бывает у всех"),
    ("ru", "тогда платно что вы хотите чтобы вам ещё и масло бесплатно меняли"),
    ("ru", "нормальный у меня тон до свидания"),
    ("en", "Honestly, anyone who's sold a car before knows a phone estimate isn't a price."),
    # round 151 (blind225, blind226 as tuning data): «думаю, найдёте», «всё равно нам напишете», «почему-то у остальных»,
    # «Может, вы просто два раза нажали», «пожелать удачи и крепкой спины», «догадаетесь сами», «тоже ровесник», «для того
    # и висит», «боюсь, нервов не хватит», «из воздуха не берётся», «— не конец света»; "did you really expect", ",
    # Vetluga is your address", in a call "have you really never", "not going to debate … with every caller"; "not a
    # Formula 1 car", "but it's your money", "worth this much typing", "not always checked promptly", "saves you a further
    # email", "worth reading … to the end", "confusing for visitors"
    ("ru", "Дробилкой — 150 ₽ за сантиметр диаметра. Калькулятор в телефоне, думаю, найдёте 🙂"),
    ("ru", "Можете, конечно, попробовать лопатой — через недельку всё равно нам напишете 😉"),
    ("ru", "По нашей ссылке платят все клиенты, и почему-то у остальных списалось по одному разу 🙂 Может, вы просто два раза нажали «Оплатить»?"),
    ("ru", "Если вам по-прежнему кажется, что это пара минут работы, — колун продаётся в любом хозяйственном магазине, можем только пожелать удачи и крепкой спины 🙂"),
    ("ru", "Есть сырые дрова, но топить ими этой осенью вы вряд ли сможете, о чём, думаем, догадаетесь сами."),
    ("en", "It's September and half the region was just flattened by a storm — did you really expect bone-dry logs? 🙂"),
    ("en", "Look, if you want to argue about the chemistry of birch sap, Vetluga is your address."),
    ("en", "because people book and then vanish it's a pretty standard thing everywhere have you really never booked a service before"),
    ("en", "well here you pay 30 percent first i'm not going to debate our terms with every caller"),
    ("ru", "А Газель у вас какого года, если не секрет? 🙂 Фильтр, наверное, тоже ровесник машины."),
    ("ru", "Предупреждать о каждой копейке мы не обязаны, табло для того и висит 🙂"),
    ("ru", "Если на каждые 1,20 ₽ так переживать, боюсь, нервов не хватит."),
    ("ru", "Газ, к сожалению, из воздуха не берётся 🙂"),
    ("ru", "Ну согласитесь, пару часов без газа — не конец света, переключитесь на бензин."),
    ("en", "Good morning. It's a rental Lada, not a Formula 1 car 😂 Regular 92 is fine."),
    ("en", "Honestly, on a rental I wouldn't pay extra, but it's your money 🙂"),
    ("en", "It's 150 points, so about 150 roubles. I'm honestly not sure it's worth this much typing 🙂"),
    ("en", "If they have not reached you, the first place to look may be your own accounts department's EDO inbox, which we understand is not always checked promptly."),
    ("en", "We hope this saves you a further email."),
    ("en", "The price rose at 00:00 on Friday, just above the figure you quoted, so it may be worth reading the page to the end next time."),
    ("en", "We do appreciate that rouble prices can be confusing for visitors."),
    # round 152 (blind227, blind228 as tuning data): «это не так уж сложно 🙂», «не та сумма, из-за которой», «Кто читает
    # …, того не …», «взрослый человек», in a call «а вы тоже хороши», «любой бухгалтер бы заметил»; «Прежде чем писать,
    # рекомендуем», «решаются … за минуту», «Смелый план.», «Читать инструкции, конечно, скучно», «это, надеюсь, объяснять
    # не надо», «обычно люди читают», «как нам казалось, общеизвестно», «ради Вашего удобства»; in calls "it's just
    # paper", "hardly brain surgery"; "We trust that in future you will", "If you'd scrolled", "I won't walk you through
    # every", "Perhaps earplugs"
    ("ru", "Хотите, чтобы всё уходило вовремя, — присылайте заранее, это не так уж сложно 🙂"),
    ("ru", "А 1 343 рубля — согласитесь, не та сумма, из-за которой стоит так переживать."),
    ("ru", "Кто читает уведомления, того не блокируют 🙂"),
    ("ru", "Вы же предприниматель, взрослый человек, такие вещи надо отслеживать самому."),
    ("ru", "а вы тоже хороши подписали не глядя там счёт получателя на первой строчке написан"),
    ("ru", "там счёт получателя на первой строчке написан любой бухгалтер бы заметил"),
    ("ru", "Прежде чем писать, рекомендуем всё-таки заглядывать на наш сайт: раздел «Вычеты» там на первой странице."),
    ("ru", "Вопрос, честно говоря, из тех, что решаются в интернете за минуту."),
    ("en", "look it's just paper you can get a fresh extract from the registry in like five days it's not a tragedy"),
    ("en", "you'll have to learn a few russian words sooner or later but fine it's hardly brain surgery"),
    ("en", "We trust that in future you will provide documents of adequate quality, as our checklist clearly requests."),
    ("ru", "С балкона девятого этажа? 🙂 Смелый план."),
    ("ru", "Читать инструкции, конечно, скучно, но иногда полезно."),
    ("ru", "Во дворе между машинами тоже не вариант, это, надеюсь, объяснять не надо."),
    ("ru", "Вы же его подписывали, там всё написано; обычно люди читают, прежде чем подписывать 🙂"),
    ("ru", "Фотография паспорта в телефоне, при всём уважении, документом не является — это, как нам казалось, общеизвестно."),
    ("ru", "Надеемся, Вы с пониманием отнесётесь к тому, что мы не станем рисковать лицензией ради Вашего удобства."),
    ("en", "If you'd scrolled to the bottom of our home page you'd have found the EN button 😉 it's been there for years."),
    ("en", "I won't walk you through every detail, it's all on the EN page."),
    ("en", "Perhaps earplugs or a white-noise machine would be worth considering for the coming weekends."),
    # round 153 (blind229, blind230 as tuning data): «написана не для красоты», «ответ, думаю, вы и сами знаете», «Это
    # примерно как спросить», «ещё в школе на ОБЖ проходят», «но не конец света», in calls «не умер же никто», «если вы
    # себя замерщиком считаете», «потом не звоните нам»; «подписали, не читая», «читать мелкий шрифт утомительно»;
    # "cutting it a bit fine", "like some people apparently do", "not a teddy bear", "not a Lego set", in calls "getting
    # yourself worked up", "i think we know what wind is", "not a space launch"; "eyebrows intact", "a more manageable
    # guest list", "in case that wasn't obvious", "kind of part of the deal", "a vacuum cleaner would sort"
    ("ru", "Инструкция на боку коробки написана не для красоты."),
    ("ru", "Ну, если честно, на вопрос «можно ли запускать во дворе» ответ, думаю, вы и сами знаете 🙂"),
    ("ru", "Это примерно как спросить, можно ли жарить шашлык в сенях. Такие вещи вообще-то ещё в школе на ОБЖ проходят."),
    ("ru", "Ну, слушайте, первый танец, конечно, событие, но не конец света 🙂"),
    ("ru", "да никто не ищет ну раз в год потерпеть можно не умер же никто от пяти минут салюта"),
    ("en", "And to be honest, ordering less than a week before a party is cutting it a bit fine — most people sort their fireworks out a couple of weeks ahead."),
    ("en", "Safe enough, as long as you don't hold it in your hand like some people apparently do 😂"),
    ("en", "Seriously though, it's a firework, not a teddy bear — there's always a bit of risk with the fun."),
    ("en", "right you're getting yourself worked up over a weather app we've been doing this for twelve years i think we know what wind is"),
    ("en", "honestly it's fireworks not a space launch anything else"),
    ("en", "We trust that, on reflection, you will agree that a short delay is a modest price for all of your guests going home with their eyebrows intact."),
    ("en", "Perhaps, for future celebrations, a slightly more manageable guest list would make things easier for everyone."),
    ("ru", "можно то можно только если вы себя замерщиком считаете то потом не звоните нам когда ступени не встанут"),
    ("ru", "Это требование указано на обороте накладной, которую Вы, по всей видимости, подписали, не читая."),
    ("ru", "Мы, безусловно, понимаем, что читать мелкий шрифт утомительно, однако правила для всех едины."),
    ("en", "OK. It's a staircase, not a Lego set 🙂"),
    ("en", "Bring a van, the stringers are 2.4 m long — a hatchback won't do, in case that wasn't obvious."),
    ("en", "It's a construction job — a bit of dust is kind of part of the deal, no? 🙃"),
    ("en", "And honestly, a vacuum cleaner would sort most of it out tonight 🙂"),
    # round 154 (blind231, blind232 as tuning data): «подписывали, не открывая», «Шрифт у всех одинаковый», «Если бы
    # прочитали … вопроса бы не было», «за ваши долги, а не за наши», «как известно, полезно», «когда-нибудь ответят»,
    # «можно было и туда заглянуть», «Люди как-то сверяют», in a call «женщина подругу не слушайте», «в интернете есть за
    # две минуты», «ну вот уточнили», «Позволим себе предположить», «осталась непрочитанной», «Надеемся, что ситуация Вам
    # теперь понятна»; "bold method", "isn't a piggy bank", "which I assume you've opened at least once", "might be
    # cheaper than an appeal", "familiar with the concept of", "We would gently remind you", "As we have now explained in
    # three previous emails", "For the avoidance of further correspondence", "will prove sufficient this time", "isn't
    # exactly famous for", "everyone's Wi-Fi is always fine"
    ("ru", "Говорил — договор, пункт 9.4. Его, видимо, подписывали, не открывая 🙂"),
    ("ru", "Шрифт у всех одинаковый. Расчёт выгружу сегодня до 18:00."),
    ("ru", "Если бы прочитали договор, этого вопроса бы не было."),
    ("ru", "Ну, арестовали-то его за ваши долги, а не за наши 🙂"),
    ("ru", "Налоги, как известно, полезно платить вовремя."),
    ("ru", "Пишите юристам на почту, когда-нибудь ответят."),
    ("ru", "Время в чеке тоже было, можно было и туда заглянуть 🙂 Люди как-то сверяют."),
    ("ru", "женщина подругу не слушайте для турции перевод не нужен"),
    ("ru", "всё это в интернете есть за две минуты находится"),
    ("ru", "ну вот уточнили могу записать к нотариусу"),
    ("ru", "Позволим себе предположить, что памятка осталась непрочитанной."),
    ("ru", "Надеемся, что ситуация Вам теперь понятна."),
    ("en", "Dividing the price by the months — bold method 🙃 The schedule is on page 3."),
    ("en", "Leasing isn't a piggy bank, there's a cost of financing."),
    ("en", "It's all on page 3 of your schedule, which I assume you've opened at least once?"),
    ("en", "A chat with your driver about the speed limit might be cheaper than an appeal 😉"),
    ("en", "We are sure that you, as a business owner, are familiar with the concept of bank processing times."),
    ("en", "We would gently remind you that the payment is due on the 10th."),
    ("en", "As we have now explained in three previous emails, the invoices are in your account."),
    ("en", "For the avoidance of further correspondence, this time we have numbered the steps."),
    ("en", "We trust that, with the steps numbered, the instructions will prove sufficient this time."),
    ("en", "Also, dorm Wi-Fi isn't exactly famous for its stability 🙂"),
    ("en", "Sure, everyone's Wi-Fi is always fine 😉 You can write to the provider."),
    # round 155 (blind233, blind234 as tuning data): «а не плейлист у вас в телефоне», «она точно болтать не будет»,
    # «видимо, большинству нравится», in a call «ну мало ли что написано», «не развалились же вы», «Вы вообще в окно
    # сегодня смотрели?», «Не на оленьей упряжке же»; "— physics 🙂", "Literally the only button there. Hard to miss 🙂", "a
    # more suitable outlet for your musical opinions", "Most kids on diets know what they can't eat", "he's not a
    # toddler", "kale doesn't exactly grow in the tundra", "so it's worth a read", "Well, now you know."
    ("ru", "Это утреннее шоу, а не плейлист у вас в телефоне 🙂 Ведущие там для того, чтобы разговаривать."),
    ("ru", "Если нужна только музыка, включите флешку — она точно болтать не будет."),
    ("ru", "У «Подъёма» лучший рейтинг в городе, так что, видимо, большинству нравится именно так."),
    ("ru", "ну мало ли что написано администратор заболела"),
    ("ru", "приходите сегодня после 14 ну не развалились же вы от одной поездки"),
    ("ru", "Вы вообще в окно сегодня смотрели? 🙂 С утра метель."),
    ("ru", "Не на оленьей упряжке же их было везти."),
    ("en", "FM waves don't follow you to Helsinki, I'm afraid — physics 🙂 The app streams worldwide."),
    ("en", "Press the big orange Play button. Literally the only button there. Hard to miss 🙂"),
    ("en", "We trust you will find a more suitable outlet for your musical opinions."),
    ("en", "To be fair, he could have told the server 🙂 Most kids on diets know what they can't eat."),
    ("en", "Nobody's blaming anyone. I'm just saying he's not a toddler."),
    ("en", "We're in the Arctic, not in California — kale doesn't exactly grow in the tundra 🙂"),
    ("en", "It says so on the board by the counter, in English too, so it's worth a read."),
    ("en", "Well, now you know. Tonight the buckwheat is vegan."),
    # round 156 (blind235, blind236 as tuning data): «🙄», «Вы сегодня уже двадцатый с этим вопросом», «кто читает, тот не
    # удивляется», «один день погоды не сделает», «обычно покупают заранее», «было бы быстрее, чем ждать», «раз уж Вы
    # написали», «как в любой серьёзной организации», «как правило, это знают», «никуда не убежит 😉», «а вы про … 🙂», «не
    # маленькие, разберётесь», in calls «мужчина ну …», «что вы там видели», «не нравится … везите сами», «не стену же
    # снесли», «зачем так драматизировать», «все нормальные люди»; "🙄", "literally what they're paid for", "not like it's
    # a fortune", "if you like 😂", "hardly worth a whole chat", "Maths 🙂", "perhaps rather less to"
    ("ru", "Вы сегодня уже двадцатый с этим вопросом 🙄 Проверка идёт с понедельника."),
    ("ru", "Объявление висело в приложении — кто читает, тот не удивляется."),
    ("ru", "Ну, один день погоды не сделает."),
    ("ru", "Вообще-то валюту в поездку обычно покупают заранее, а не за сорок минут до поезда 😉"),
    ("ru", "Прочитать раздел на сайте было бы быстрее, чем ждать нашего ответа."),
    ("ru", "Но раз уж Вы написали, перескажем."),
    ("ru", "Скидок для своих у нас, как и в любой серьёзной организации, не бывает, а предприниматели, как правило, это знают."),
    ("ru", "Не приехали сегодня — приедут в другой день, металл ваш никуда не убежит 😉"),
    ("ru", "У нас в субботу сорок машин, а вы про отдельное взвешивание для каждого класса 🙂"),
    ("ru", "Подпишите пачки, не маленькие, разберётесь."),
    ("ru", "мужчина ну что вы там видели на этом безмене это ж на глазок"),
    ("ru", "вес есть вес не нравится в следующий раз везите сами на другую площадку"),
    ("ru", "женщина ну косяк поцарапали не стену же снесли зачем так драматизировать"),
    ("ru", "все нормальные люди сначала в газовую службу звонят а потом уже в пункт приёма"),
    ("en", "What your bank does with it after that is really not our business 🙄"),
    ("en", "Then ask Desnabank. That's literally what they're paid for."),
    ("en", "Give it a couple of days, it's not like it's a fortune."),
    ("en", "Prices aren't set by me, so take it up with them if you like 😂"),
    ("en", "It's two roubles a kilo, hardly worth a whole chat, to be honest."),
    ("en", "Friday to Friday is a week, not 3 days. Maths 🙂"),
    ("en", "We appreciate that the contest means a great deal to the children, though perhaps rather less to a yard that handles forty tonnes a day."),
    # round 157 (blind237, blind238 as tuning data): «Данные теряют те, кто не делает копий», «Объяснять в 2038 году …»,
    # «это, честно, странно», «за квалификацию людей, которых Вы нанимаете», «который называет себя разработчиком», «а не
    # по картинке из интернета», «не можем за каждого …», «Ну значит, так мерили», «Выше всё есть, перечитайте»,
    # «спрашивают одно и то же», «штурмовать сугробы», «Законы мы тоже читали», «как мы полагаем, были Вами прочитаны»,
    # «по всей видимости, не открывали», «чуть более внимательного отношения», «Надеемся, вопрос исчерпан», «назвать
    # затруднительно», «благоразумие»; "I'm not surprised … 🙂", "Just saying.", "aren't exactly best friends", "the first
    # thing any kid … learns", "worth a read before the next purchase", in a call "you bought cheap boots", "not a magic
    # school", "don't come back complaining"
    ("ru", "Данные теряют те, кто не делает копий."),
    ("ru", "Объяснять в 2038 году, зачем нужны резервные копии, — это, честно, странно."),
    ("ru", "Мы не можем отвечать за квалификацию людей, которых Вы нанимаете."),
    ("ru", "Инструкция есть в разделе «Помощь»; для человека, который называет себя разработчиком, она не должна вызвать затруднений."),
    ("ru", "Детскую ногу обычно меряют линейкой по стельке, а не по картинке из интернета 🙂"),
    ("ru", "Мы же не можем за каждого родителя ребёнка мерить."),
    ("ru", "Ну значит, так мерили. Обмен — в магазине на Заводской."),
    ("ru", "Я вам уже написала: 25-го. Выше всё есть, перечитайте, пожалуйста."),
    ("ru", "У меня сегодня таких вопросов штук сорок, и все спрашивают одно и то же по два раза."),
    ("ru", "Если в сапогах на каблуке штурмовать сугробы, отклеится что угодно 😉"),
    ("ru", "Законы мы тоже читали 🙂 Адрес фабрики на коробке."),
    ("ru", "Правила программы, как мы полагаем, были Вами прочитаны при оформлении карты."),
    ("ru", "Об этом мы сообщали в рассылке, которую Вы, по всей видимости, не открывали."),
    ("ru", "Никаких действий не требуется — кроме, разве что, чуть более внимательного отношения к условиям программы."),
    ("ru", "Надеемся, вопрос исчерпан."),
    ("ru", "Бережным такое обращение назвать затруднительно."),
    ("ru", "Рассчитываем на Ваше понимание и благоразумие."),
    ("en", "Honestly, I'm not surprised Gmail thinks it's spam 🙂"),
    ("en", "Just saying. You can request delisting yourself."),
    ("en", "Wool and slush aren't exactly best friends 🙂"),
    ("en", "Honestly, it's about the first thing any kid around here learns about valenki."),
    ("en", "It's written on the product page under 'Care', worth a read before the next purchase 😉"),
    ("en", "if they're from the market they're plastic trust me you bought cheap boots"),
    ("en", "we're a workshop not a magic school"),
    ("en", "and if they crack don't come back complaining it's market leather"),
    # round 158 (blind239, blind240 as tuning data): «настолько принципиальна», «Вы уже третий раз спрашиваете», in a call
    # «не нагнетайте … висит и висит», «пока закипает чайник», «согласитесь, несколько преувеличено», «Надеюсь, объяснение
    # было достаточно подробным», «пока не надоест? 🙂», «Приложение — не лифт, от частых нажатий …», «были бы рады вашим
    # +27», «для красоты стоят», «открывайте форточку, как все»; in a call "not a blackout", "have you tried you know
    # actually", "hardly an eternity", "we note your impression", "more to your taste", "Have you tried a jumper? 😄",
    # "half kidding", "Maybe tidy the room", "the only crisis today", "Had your address been stated clearly", "a few basic
    # phrases useful"
    ("ru", "Ну, если для вас разница между золотом и белым настолько принципиальна, что не подождать, — берите золото 🙂"),
    ("ru", "Вы уже третий раз спрашиваете про сроки. Шесть. Недель."),
    ("ru", "женщина не нагнетайте ничего же не упало висит и висит"),
    ("ru", "Правила занимают две страницы — их вполне можно прочитать, пока закипает чайник."),
    ("ru", "Так что слово «развод», согласитесь, несколько преувеличено."),
    ("ru", "Надеюсь, объяснение было достаточно подробным."),
    ("ru", "Ну вот, а вы нажимали «Оплатить», пока не надоест? 🙂"),
    ("ru", "Приложение — не лифт, от частых нажатий быстрее не едет."),
    ("ru", "В понедельник люди сутки без тепла сидели и были бы рады вашим +27 🙂"),
    ("ru", "А терморегуляторы вы крутить пробовали, или они у вас для красоты стоят?"),
    ("ru", "Ну тогда открывайте форточку, как все."),
    ("en", "look it's two little spotlights not a blackout you've still got six"),
    ("en", "have you tried you know actually checking the switch"),
    ("en", "Twenty minutes on a Saturday afternoon is, frankly, hardly an eternity, but we note your impression."),
    ("en", "We trust a weekday will be more to your taste."),
    ("en", "Have you tried a jumper? 😄 Well, half kidding."),
    ("en", "Maybe tidy the room before he comes, I hear they love that 😉"),
    ("en", "Anything else, or is the radiator the only crisis today?"),
    ("en", "Had your address been stated clearly the first time, the call would have been handled more quickly."),
    ("en", "As a resident of a Russian town, you may find a few basic phrases useful in emergencies."),
    # round 159 (blind241, blind242 as tuning data): «это уже сильно 🙂», «Вы не первый, кто вспоминает», «Классика первого
    # мороза», «для того и кладут», «Но раз уж спросили», «совсем азы», «лучше знать наизусть», «это, простите, ещё
    # быстро», «Вы вчера в окно выглядывали?», «Не вижу, за что нам извиняться», in a call «вы же не на скорой», «постоит
    # ваша машина денёк»; «хочется всё и сразу», «согласитесь, это несложно», in calls «запутаться сложно», «до вечера
    # будем по кругу ходить», «раз самой никак», «голос повышать не надо», «не на паперти», «ваши ваши»; «избавило бы обе
    # стороны», «Выражаем уверенность, что впредь», «видимо, просто не дочитали», «закон пока придерживается другого
    # мнения»; "not a chemistry class", "Google would have told you", "same place it's been for two years", "before
    # writing to support usually", "last time I checked 😄", "signing usually comes after reading"
    ("ru", "800 рублей — деньги, конечно, но три сообщения подряд из-за них — это уже сильно 🙂"),
    ("ru", "Вы не первый, кто вспоминает про аккумулятор, когда машина уже не завелась 🙂 Классика первого мороза."),
    ("ru", "Допуск написан в сервисной книжке — её для того и кладут в бардачок. Но раз уж спросили: двигатель какой?"),
    ("ru", "Ну это уже совсем азы, такие вещи владельцу лучше знать наизусть 🙂"),
    ("ru", "Три часа в первый снегопад — это, простите, ещё быстро 🙂 Вы вчера в окно выглядывали?"),
    ("ru", "Не вижу, за что нам извиняться."),
    ("ru", "ну не тот шрус ничего страшного вы же не на скорой работаете постоит ваша машина денёк"),
    ("ru", "Я понимаю, что хочется всё и сразу, но бактериологию за два дня никто не вырастит 🙂"),
    ("ru", "В следующий раз бронируйте смены, когда медкнижка уже на руках, — согласитесь, это несложно."),
    ("ru", "там всего две кнопки запутаться сложно"),
    ("ru", "записывайте пожалуйста а то мы так до вечера будем по кругу ходить"),
    ("ru", "там вам и приложение настроят раз самой никак"),
    ("ru", "голос повышать не надо я вас прекрасно слышу"),
    ("ru", "ну и честно говоря не на паперти же стоите из-за одной смены"),
    ("ru", "ваши ваши в понедельник придут всё"),
    ("ru", "Его внимательное прочтение, вероятно, избавило бы обе стороны от данной переписки."),
    ("ru", "Выражаем уверенность, что впредь Ваши сотрудники будут знакомиться с документами заблаговременно."),
    ("ru", "«С 18 лет» написано в первой строке — до неё, видимо, просто не дочитали."),
    ("ru", "Родителям кажется, будто ребёнок уже совсем взрослый, но закон пока придерживается другого мнения."),
    ("en", "We're an auto parts shop, not a chemistry class 🙂 But fine: G11 or G12?"),
    ("en", "Google would have told you the same in ten seconds, by the way."),
    ("en", "Profile → Settings → Language, same place it's been for two years."),
    ("en", "Tapping around a bit before writing to support usually does the trick 😉"),
    ("en", "Lunch isn't work, last time I checked 😄"),
    ("en", "It's clause 5.2 of the contract you signed — signing usually comes after reading, not before."),
    # round 160 (blind243, blind244 as tuning data): «прокатились по морозцу — тоже неплохо», «люди обычно сначала
    # звонят», «Другого у нас нет 🙂», «вполне можно прочитать перед покупкой», «Да это сразу видно», «тут особо нечего
    # обсуждать», «это же …, а не … 🙂», «если вы не заметили», «Погоду мы не заказывали», «машину гонять?», «Это как
    # вызвать такси», «обычно читают до того, как бежать заказывать»; "in every beginner's guide", "If you really can't
    # manage", in a call "let's not turn a jacket into a court case", "in big letters but fine", "As you might reasonably
    # have expected", "not a travel agency", in calls "mushrooms not diamonds", "you could always grow your own", "most
    # people overwater", "not a pet", "nobody died", "We would also note, with respect", "carries certain risks"
    ("ru", "Ну, прокатились по морозцу — тоже неплохо 🙂"),
    ("ru", "За вещью за сто двадцать тысяч люди обычно сначала звонят, а не едут наугад."),
    ("ru", "Другого у нас нет 🙂"),
    ("ru", "Закон об оружии в открытом доступе, его вполне можно прочитать перед покупкой 🙂"),
    ("ru", "Да это сразу видно 🙂 Ладно, по порядку."),
    ("ru", "Ну это же костюм, а не карабин под заказ, тут особо нечего обсуждать 🙂"),
    ("ru", "На улице −29, если вы не заметили 🙂 Погоду мы не заказывали."),
    ("ru", "Ради трёхсот граммов машину гонять? 😄 Это как вызвать такси, чтобы доехать до соседнего подъезда."),
    ("ru", "И на будущее: рецепты обычно читают до того, как бежать заказывать 😉"),
    ("en", "Honestly, this is in every beginner's guide, but fine 🙂"),
    ("en", "If you really can't manage that with a cleaning rod, our gunsmith does a winter service."),
    ("en", "okay okay let's not turn a jacket into a court case here"),
    ("en", "it's printed on every receipt in big letters but fine give me the last four digits"),
    ("en", "As you might reasonably have expected, a tourist cannot simply buy a rifle. We are a gun shop, not a travel agency."),
    ("en", "yeah they're smaller this week they're mushrooms not diamonds"),
    ("en", "if you want them picture perfect you could always grow your own you know"),
    ("en", "to be honest most people overwater these kits"),
    ("en", "look it's a fifteen hundred rouble kit not a pet nobody died"),
    ("en", "We would also note, with respect, that the frost was forecast well in advance."),
    ("en", "Ordering a living product by courier in such conditions is, naturally, a decision that carries certain risks."),
    # round 161 (blind245, blind246 as tuning data): «скорее для успокоения», «ей как-то виднее», «Талон как талон»,
    # «Каждый сезон кто-нибудь …», «Промахнуться, честно говоря, сложно», «все, кроме вас», «надеюсь, справитесь без
    # меня», «Не очень понимаю, почему вы …», «Ну вот бухгалтерии это и объясните», «на дворе 2038 год», «смеем заметить»,
    # «справляются даже водители», «в дальнейшем вы освоите», «небесной канцелярии», «очевидно любому логисту», «вполне по
    # силам и вашей службе», «вы же сами бронировали … 🙂», «а не писать сразу в панике», «зачем так раздувать», «думаю, и
    # не заметили», «вы туда так и не заглянули», «это, полагаем, очевидно», «четвёртого письма не потребуется»; "means
    # banking days, not calendar days 🙂", "which I assume someone on your side read", "not a motel", "without anyone
    # needing to explain", "Try not to lose them 😉", "isn't going to ruin your Christmas"
    ("ru", "Ваш влагомер и лабораторный — это как весы в ванной и весы на приёмке 🙂 Ваш прибор, простите, скорее для успокоения."),
    ("ru", "Лаборатория у нас аккредитованная, ей как-то виднее."),
    ("ru", "А что тут смотреть? Талон как талон."),
    ("ru", "Каждый сезон кто-нибудь приходит со своим влагомером."),
    ("ru", "Кнопка одна, большая и зелёная 🙂 Промахнуться, честно говоря, сложно."),
    ("ru", "Инструкция висит на сайте с сентября, её, кажется, прочитали уже все, кроме вас 🙂"),
    ("ru", "В следующий раз, надеюсь, справитесь без меня."),
    ("ru", "Не очень понимаю, почему вы с этим пишете в чат."),
    ("ru", "Ну вот бухгалтерии это и объясните."),
    ("ru", "Сообщаем, что на дворе 2038 год."),
    ("ru", "Доступ, смеем заметить, есть у каждого. С этим справляются даже водители."),
    ("ru", "Надеемся, что в дальнейшем вы освоите личный кабинет."),
    ("ru", "Это вопрос не к нам, а скорее к небесной канцелярии 🙂"),
    ("ru", "Грузить в закрытый порт смысла нет, думаем, это очевидно любому логисту."),
    ("ru", "Следить за предупреждениями МЧС вполне по силам и вашей службе."),
    ("ru", "Ну вы же сами бронировали на 17:00 🙂"),
    ("ru", "В личном кабинете всё написано, а не писать сразу в панике."),
    ("ru", "Ну опоздала, бывает. Зачем так раздувать? Сотрудники, думаю, и не заметили 🙂"),
    ("ru", "Ответы есть на сайте — судя по всему, вы туда так и не заглянули."),
    ("ru", "Фотографироваться можно, это, полагаем, очевидно."),
    ("ru", "Надеемся, теперь всё понятно и четвёртого письма не потребуется."),
    ("en", "Five banking days means banking days, not calendar days 🙂"),
    ("en", "It's all in the contract, which I assume someone on your side read before signing."),
    ("en", "This is a grain terminal, not a motel 🙂"),
    ("en", "Drivers have been queuing here for years without anyone needing to explain it to them."),
    ("en", "Ticket numbers come by text at 07:00. Try not to lose them 😉"),
    ("en", "Honestly, 1,750 roubles isn't going to ruin your Christmas 🙂"),
    # round 162 (blind247, blind248 as tuning data): «Прочитать пару строк, в общем-то, несложно», «Если бы вы читали …
    # знали бы», «наконец привлекли ваше внимание», «этот опыт окажется полезным»; "With respect, it was a few hours", "I
    # really doubt half the town", "I'm sure you do 😉", "I know, shocking", "Don't forget your reading glasses", "where we
    # sent it — in your inbox"
    ("ru", "Это написано в разделе «Помощь», первым же пунктом. Прочитать пару строк, в общем-то, несложно."),
    ("ru", "Если бы вы читали наши новости в приложении, знали бы."),
    ("ru", "Рады, что эти письма наконец привлекли ваше внимание."),
    ("ru", "Надеемся, этот опыт окажется полезным и в следующий раз замена будет заказана вовремя."),
    ("en", "With respect, it was a few hours on a Monday morning."),
    ("en", "I really doubt half the town was browsing for you 🙂"),
    ("en", "I'm sure you do 😉 But the 25–35 evening is for people aged 25 to 35."),
    ("en", "The evening is for people aged 25 to 35 — I know, shocking — so the 45+ one suits you."),
    ("en", "Try to arrive by 18:45. Don't forget your reading glasses for the name cards 🙂"),
    ("en", "We trust you will find the form where we sent it — in your inbox."),
    # round 163 (blind249, blind250 as tuning data): in a call «ну конечно теперь бригада виновата»; «у тех, кто заполняет
    # форму внимательно, такого обычно не бывает», «не роман «Война и мир»», «не рекламный буклет», «Если бы у заведения
    # всё было идеально», «Я не курьер, чтобы …», in a call «ну конечно в телефоне же всё правда», «не по статусу»; "I
    # guess the crossword page is more interesting 😉"
    ("ru", "ну конечно теперь бригада виновата что у вас выписку не подписали"),
    ("ru", "Хотя у тех, кто заполняет форму внимательно, такого обычно не бывает."),
    ("ru", "Одиннадцать цифр — не роман «Война и мир» 🙂"),
    ("ru", "А вообще, газета — не рекламный буклет, пишем как есть 🙂"),
    ("ru", "Если бы у заведения всё было идеально, может, и путаницы бы не возникло."),
    ("ru", "Я не курьер, чтобы письма передавать 🙂"),
    ("ru", "ну конечно в телефоне же всё правда и всё бесплатно"),
    ("ru", "ну читайте в телефоне раз бумажная газета вам теперь не по статусу"),
    ("en", "The new prices were printed in every issue since November. I guess the crossword page is more interesting 😉"),
])
def test_rude_devices_fail(rules_engine, lang, reply):
    assert verdict(rules_engine, lang, "no_rudeness", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Задержка — это их нерасторопность, не наша."),
    ("ru", "За порядки на складе партнёра я не отвечаю."),
    ("ru", "За расчёты оценщика мы поручиться не можем."),
    ("ru", "С нас тут взятки гладки, жалуйтесь на склад."),
    ("ru", "Торопите продавца сами."),
    ("ru", "Искать ваш платёж в чужом банке мы не уполномочены."),
    ("ru", "Терминал сломан у заправки, а не у нас."),
    ("ru", "Сбой на совести производителя."),
    ("ru", "Это уже спор между вами и продавцом."),
    ("ru", "Добиваться возврата придётся вам самим."),
    ("ru", "Поторопить их мы никак не можем."),
    ("ru", "Мы только пересылаем штрафы."),
    ("ru", "Тут вопросы к себе: адрес вы указали сами."),
    ("ru", "Склад у нас отдельная епархия."),
    ("ru", "До выдачи на таможне мы, увы, бессильны."),
    ("en", "The repair dates are theirs to decide."),
    ("en", "That's a conversation to have with the garage."),
    ("en", "It is for you to press them for a date."),
    ("en", "That's something you'll need to sort yourself."),
    ("en", "We simply follow what the regulator decided."),
    ("en", "A fix isn't really in our hands."),
    ("en", "The delay sits squarely with the depot."),
    ("en", "We can't overrule their inspectors."),
    ("en", "The mistake was yours: the postcode is wrong."),
    ("en", "Their scanner is a law unto itself."),
    ("en", "Refunds are entirely the seller's call."),
    ("ru", "Ошибка в графике тоже на их стороне."),
    ("ru", "С ним и стоит разговаривать о переносе."),
    ("ru", "Сроки зависят от их загрузки, а не от нас."),
    ("ru", "С отменой лучше разбираться напрямую с преподавателем."),
    ("en", "A missed lesson is a matter between you and Mr Grant."),
    ("en", "Your quickest route is to drop them a line."),
    ("en", "That's really one for them to chase up."),
    ("en", "You'd do better chasing them yourself."),
    ("ru", "Такими справками мы не занимаемся."),
    ("ru", "Жалобу оставьте на их сайте."),
    ("en", "that's on the power company not us"),
    ("en", "Sorry, I don't deal with those at all."),
    ("ru", "Мы тут только посредник между вами и лабораторией."),
    ("ru", "Узнавать о сроках придётся у них."),
    ("ru", "Рычагов на склад у меня нет никаких."),
    ("ru", "Не оформил — с него и спрашивайте."),
    ("ru", "Я тут ни при делах, это регистратура."),
    ("ru", "Решение по возврату принимают они."),
    # round 20 (blind16 as tuning data)
    ("ru", "Потерянный платёж — это уже их кухня."),
    ("ru", "Сервис в этой схеме лишь посредник."),
    ("ru", "Претензию по запчастям нужно направлять им."),
    ("ru", "Пусть банк и ищет ваш перевод."),
    ("en", "Their delivery slots aren't something we have any visibility into."),
    ("en", "Discounts aren't something customer service gets a say in."),
    ("en", "Where the money lands is entirely down to your bank."),
    ("en", "After collection it's entirely on your carrier."),
    ("en", "The depot loads the vans, not customer service."),
    # round 21 (blind17 as tuning data)
    ("ru", "Это уже вопрос к вашему арендодателю."),
    ("ru", "Разбирайтесь со своим арендодателем."),
    ("ru", "Пусть продавец сам звонит и переоформляет."),
    ("en", "That was a system glitch, nothing I did."),
    ("en", "Those arrears are the previous owner's mess."),
    ("en", "Your letting agent's the one to chase."),
    ("en", "Sort it out with your landlord first."),
    ("en", "You'd have to chase the network operator for a date."),
    ("en", "We only supply the gas, we don't touch the pipes."),
    # round 23 (blind18, blind19 as tuning data)
    ("ru", "Мы в их расписание не вмешиваемся."),
    ("ru", "Претензия скорее к складу, чем к нам."),
    ("ru", "Наши мастера к этой поломке отношения не имеют."),
    ("ru", "Разбираться с платежом должен ваш банк."),
    ("ru", "Мы тут сбоку припёка."),
    ("ru", "Компенсацию требуйте у авиакомпании."),
    ("ru", "Спрос тут с них, а не с нас."),
    ("ru", "Этот вопрос уже к туроператору."),
    ("en", "We're really just the middleman here."),
    ("en", "Best to log a dispute with the card issuer yourself."),
    ("en", "It's down to the system now."),
    ("en", "Nobody on this team can touch it."),
    ("en", "It's them you call about refunds."),
    # round 24 (blind20 as tuning data)
    ("ru", "Салон тут стороной не является, это договор с банком."),
    ("ru", "Почему у курьеров сбой, нам отсюда не видно."),
    ("ru", "Все вопросы по страховке — к страховщику."),
    ("en", "A broken locker is one for the security firm to answer for."),
    ("en", "How the courier handles it is their business."),
    # round 25 (blind21 as tuning data)
    ("ru", "За то, что делал мастер, я отвечать не могу."),
    ("ru", "Меня в ту смену не было, так что ничего сказать не могу."),
    ("en", "The tracking's wrong, but that's a them problem."),
    ("en", "There's nothing on our end to chase, I'm afraid."),
    ("en", "The shop floor doesn't have any pull with the warehouse."),
    ("en", "Once it goes to the lab we have no say over it."),
    ("en", "Card disputes aren't something the store can reverse."),
    ("en", "Your best bet is ringing the insurer direct."),
    # round 26 (blind22 as tuning data)
    ("ru", "Так распорядилась система, вручную это не поменять."),
    ("ru", "Списание по карте — это уже вопрос к платёжной системе."),
    ("ru", "Адрес заполняли вы, компенсации не будет."),
    ("ru", "Направьте претензию поставщику, это его упаковка."),
    ("ru", "За свежесть отвечает поставщик."),
    ("en", "The bank is best placed to answer that."),
    # round 27 (blind23 as tuning data)
    ("ru", "С нас тут спрос никакой, это их оборудование."),
    ("ru", "Через нас такие вопросы не решаются."),
    ("ru", "Кабель принадлежит им, и сроки тоже их."),
    ("ru", "Не мы прокладывали, не мы и чиним."),
    ("en", "That's just how the system works, sorry."),
    ("en", "The system won't let me change the date."),
    ("en", "Condensation like this is on the tenant, not the block."),
    ("en", "It comes down to how the flat is heated."),
    ("en", "Warranty claims have to go to the builder."),
    ("en", "The delivery date is entirely in their hands."),
    ("en", "Complaints about the delay should go directly to the carrier."),
    # round 28 (blind24 as tuning data)
    ("ru", "Оценку выставило бюро, так что вопрос, к сожалению, к нему."),
    ("ru", "Штраф начислил ваш банк — пусть он его и возмещает."),
    ("ru", "Магазин только передаёт заказ курьерам."),
    ("en", "Parcel tracking is entirely their responsibility."),
    ("en", "We have no control over the merchant's refunds."),
    ("en", "Disputes about the fee must be taken up with the airline."),
    # round 29 (blind25 as tuning data)
    ("ru", "Претензии по упаковке — на склад."),
    ("ru", "Почему так вышло, могут сказать только они."),
    ("ru", "Лучше писать туда, у них своя поддержка."),
    ("ru", "За бронь отвечает сам филиал."),
    ("ru", "Мы из поддержки на склад не можем надавить."),
    ("ru", "ну это промах поставщика а не нашей аптеки"),
    ("ru", "Пока склад не подтвердит, ничего вернуть не могу."),
    ("ru", "Вы его сами выбрали при оформлении."),
    ("ru", "Вопросы о доставке — к перевозчику."),
    ("en", "The delivery address was set on your end."),
    ("en", "Confirming the address was the shopper's job."),
    ("en", "The warehouse team are the ones to ask."),
    ("en", "Stock levels don't show up on our system."),
    # round 30 (blind26 as tuning data)
    ("ru", "Повреждение при перевозке — на их совести."),
    ("ru", "Обмен делается не через нас."),
    ("ru", "Придётся вам съездить к ним самим."),
    ("ru", "Система так сделала, вручную не исправить."),
    ("ru", "Мы в эту систему не вмешиваемся."),
    ("ru", "Отвечать за него не могу, это чужой сервис."),
    ("ru", "Мастер сделал то, что вы согласовали."),
    ("ru", "Это их внутренняя кухня."),
    ("ru", "Обращаться с этим нужно к ним."),
    ("en", "Honestly it's just a system thing."),
    ("en", "Returns are the courier's department."),
    ("en", "Anything that happens to them is down to Parcelpoint."),
    ("en", "That comes down to the cardholder."),
    # round 31 (blind27 as tuning data)
    ("ru", "Выписки — это не к операторам."),
    ("ru", "Этим занимается метрологическая служба."),
    ("en", "Clearing the gully is down to the homeowner."),
    ("en", "If the blockage is past the boundary, it's on your side."),
    ("en", "The system does it automatically, sorry."),
    ("en", "There's nothing on my end."),
    ("en", "I haven't got a button to hurry it up."),
    # round 32 (blind28 as tuning data)
    ("ru", "Программа так посчитала."),
    ("ru", "Люди к этому руки не прикладывали."),
    ("ru", "За парковку отвечает парковка."),
    ("ru", "Это уже забота вашего провайдера."),
    ("ru", "Платёж завис у них."),
    ("ru", "Так что с этим — к организатору."),
    ("ru", "Пусть проверяют свои записи."),
    ("en", "It's the scanner that failed, sorry."),
    ("en", "All complaints go straight to them."),
    ("en", "On our side everything was fine."),
    # round 33 (blind29 as tuning data)
    ("ru", "Это сбой системы, а не вина сотрудников."),
    ("ru", "Сайт живёт своей жизнью."),
    ("ru", "Мы на это никак повлиять не можем."),
    ("ru", "За расписание отвечает транспортный комитет."),
    ("en", "There's nothing to fix on our end."),
    ("en", "It's down to how the card was stored."),
    ("en", "We can't see what they log."),
    ("en", "Chasing for you isn't something we can do."),
    ("en", "Please keep phoning them."),
    ("en", "That sits with a separate team."),
    # round 34 (blind30 as tuning data)
    ("ru", "Сроки срывают они."),
    ("ru", "Наша часть — только передать документы."),
    ("ru", "Спросите с них."),
    ("ru", "Компания за это ответственности не несёт."),
    ("ru", "Сумма — вопрос бухгалтерии."),
    ("ru", "Это к ним, не к сервисному центру."),
    ("ru", "Доступа к начислениям у нас нет."),
    ("en", "That one's on you rather than on us."),
    # round 35 (blind31 as tuning data): blame on the customer «по вашей вине» (not «не по вашей вине»), decisions
    # made by another party "not by" us, the customer told to take the request to them directly
    ("ru", "Экран разбит по вашей же вине."),
    ("en", "Refund decisions are made by the airline, not by the agency."),
    ("en", "You'll need to put your claim to the insurer directly."),
    # round 36 (blind32 as tuning data)
    ("ru", "К нам претензий быть не может."),
    ("ru", "Билеты вам продавал агент, вот к нему и обращайтесь."),
    ("ru", "Я уже сказала, чья это ошибка."),
    ("ru", "Переносить визиты — не наша функция."),
    ("ru", "Колл-центр тут ни при чём."),
    ("en", "The duplicate order originated with you."),
    ("en", "The delay isn't something we caused."),
    ("en", "You'll need to keep chasing the courier."),
    ("en", "After dispatch it's the carrier's affair."),
    ("en", "Please contact Northwind Bank yourself."),
    ("en", "The cleaning falls under their responsibility."),
    ("en", "Any compensation would have to come from the airline."),
    # round 37 (blind33 as tuning data)
    ("ru", "Задержка — сбой в их системе, а не в нашей."),
    ("ru", "За доставку отвечают они сами."),
    ("ru", "Жалобу на задержку направьте им."),
    ("ru", "Оплату проводит банк, у него и спрашивайте."),
    ("ru", "К бухгалтерии это отношения не имеет."),
    ("en", "After that it's in the carrier's hands."),
    ("en", "Chasing will have to come from you."),
    ("en", "That's a question for whoever packed the box."),
    ("en", "The error lies with your side."),
    # round 38 (blind34 as tuning data): «виновата …, а не наши …», «за такие … ответственности не несём», "down to the
    # … not to us", "asking … yourself", "a question for your card issuer", "your bank is the only one that can"
    ("ru", "Виновата тут ваша стиральная машина, а не наши технологи."),
    ("ru", "Мы за такие повреждения ответственности не несём."),
    ("en", "which is down to the drop-off point not to us"),
    ("en", "Try asking the front desk yourself."),
    ("en", "That's a question for your card issuer."),
    ("en", "Your bank is the only one that can trace it."),
    # round 39 (blind35 as tuning data): «я к его … отношения не имею», «за … мы … отвечать не будем», «это не наш
    # участок», "belongs with … rather than with us", "we can't answer for", "your bank's business", "better done with
    # them than with us"
    ("ru", "Я к его расчётам отношения не имею."),
    ("ru", "За кухню мы на раздаче отвечать не будем."),
    ("ru", "Это не наш участок, мы только выдаём."),
    ("en", "A complaint about the box belongs with the printer rather than with us."),
    ("en", "We can't answer for what the courier does."),
    ("en", "That's entirely your bank's business now."),
    ("en", "Chasing is better done with them than with us."),
    # round 40 (blind36 as tuning data): «за … ответить не могу», «…, не я», «упущение с вашей стороны»; "isn't ours",
    # "any claim goes to …", "in their …, not in our …", "aren't something the … can do"
    ("ru", "За ночную смену я ответить не могу."),
    ("ru", "Возвратами занимается бухгалтерия, не я."),
    ("ru", "Это упущение с вашей стороны."),
    ("en", "The fine isn't ours."),
    ("en", "Any claim goes to the courier."),
    ("en", "It broke in their warehouse, not in our office."),
    ("en", "Refunds aren't something the front desk can do."),
    # round 41 (blind37 as tuning data): the customer's own job, «…, а не мы», the system's rule, «sort it out with them»
    ("ru", "Заполнять анкету — это ваша забота."),
    ("ru", "Проверять данные должен тот, кто заполняет форму."),
    ("ru", "Штрафы выставляет инспекция, а не школа."),
    ("ru", "Ответы на такие вопросы даёт только банк."),
    ("en", "Nobody here decides that, it's automatic."),
    ("en", "You'll have to work it out with them directly."),
    ("en", "Their number is on their website somewhere."),
    # round 42 (blind38 as tuning data): the customer's own decision
    ("en", "That was your decision, so the cost is yours."),
    # round 43 (blind39 as tuning data): the advice not followed, «дальше вопрос к …», "where your problem comes from"
    ("ru", "Рекомендации техника вы не соблюдали, поэтому гарантии нет."),
    ("ru", "Дальше вопрос к соседям."),
    ("ru", "Вам нужно разбираться с продавцом."),
    ("en", "That's where your problem comes from, not from our product."),
    # round 44 (blind40 as tuning data): «спорить с ними», "no way of contacting their …", "down to them", "should go to …, not to us"
    ("ru", "Спорить с ними, не с нами."),
    ("en", "I have no way of contacting their depot."),
    ("en", "The delay was really down to them."),
    ("en", "Questions about the fine should go to the council, not to us."),
    # round 45 (blind41 as tuning data): «отвечают они», «обязанность родителей», "parents should have been …"
    ("ru", "За качество торта отвечают они."),
    ("ru", "Следить за своими детьми — обязанность родителей."),
    ("en", "The other parents should have been watching him."),
    ("en", "Parents are responsible for supervising children at all times."),
    # round 46 (blind42 as tuning data): «это не я вам обещала, это … смена», «за них отвечать не собираюсь», "nobody
    # here can …", "we don't manage their …"
    ("ru", "Это не я вам обещала, это утренняя смена."),
    ("ru", "Я за них отвечать не собираюсь."),
    ("en", "Nobody here can change that."),
    ("en", "We don't manage their drivers."),
    ("en", "Complaints about the driver should go to them."),
    # round 47 (blind43 as tuning data): "that's their platform", "it's not us doing it"
    ("en", "That's their platform, so I can't help."),
    ("en", "Honestly, it's not us doing it."),
    # round 48 (blind44 as tuning data): «в этой цепочке только», «повлиять … мы не можем», «договариваться …
    # напрямую», «это не мы придумали», «у себя ведут», «доступа не имеем», «у них на сайте чат», «вопросы к
    # регулятору»; "a conversation for you and …", "has it now, ask them to"
    ("ru", "Банк в этой цепочке только передаёт деньги."),
    ("ru", "Повлиять на решение мы не можем."),
    ("ru", "Лучше договариваться с продавцом напрямую."),
    ("ru", "Это не мы придумали, так решил банк."),
    ("ru", "Они это у себя ведут, мы туда не заглядываем."),
    ("ru", "Мы к их системе доступа не имеем."),
    ("ru", "По подписке — у них на сайте чат."),
    ("ru", "Все вопросы к регулятору."),
    ("en", "That's a conversation for you and your landlord."),
    ("en", "The courier has it now, ask them to bring it back."),
    # round 49 (blind45 as tuning data): «принимал офис не мы», «в банк и идите», "a matter for their employer"
    ("ru", "документы принимал офис не мы"),
    ("ru", "С чеком в банк и идите."),
    ("en", "Their driver's manners are a matter for their employer."),
    # round 50 (blind46 as tuning data): «это их дело …, а не наше», «известна только им», «направить … напрямую в
    # отдел»; "they're the ones dealing with", "best to start with them", "handled entirely by", "down to the venue",
    # "their bank's job", "your first stop", "addressed to … directly", "a matter for the assessor"
    ("ru", "это их дело бумаги собирать а не наше"),
    ("ru", "Причина известна только им."),
    ("ru", "Прошу направить ваше обращение напрямую в отдел выплат."),
    ("en", "They're the ones dealing with your refund."),
    ("en", "It's best to start with them."),
    ("en", "Deliveries are handled entirely by the courier."),
    ("en", "It's really down to the venue."),
    ("en", "It is their bank's job to trace it."),
    ("en", "The council is your first stop."),
    ("en", "Any claim for the lost bag should therefore be addressed to the airline directly."),
    ("en", "The valuation was a matter for the assessor."),
    # round 51 (blind47 as tuning data): «это всё к ним», «вам лучше самой позвонить в …»; "somewhere at the depot not
    # here", "sort it out with the landlord"
    ("ru", "а что до сроков это всё к ним"),
    ("ru", "Вам лучше самой позвонить в налоговую."),
    ("en", "if it went missing it went missing somewhere at the depot not here"),
    ("en", "You'll have to sort it out with the landlord."),
    # round 52 (blind48 as tuning data): «с программой спорить бесполезно», «мы операторы их не снимаем», «они там
    # разбираются»; "we're just the marketplace", "the question of … is one for the insurer", "not in a position to
    # verify", "I don't decide which"
    ("ru", "С программой спорить бесполезно, она сама решает."),
    ("ru", "мы операторы их не снимаем"),
    ("ru", "Это отдел выплат, они там разбираются."),
    ("en", "We're just the marketplace, the sale is between you two."),
    ("en", "The question of whether it was damaged is one for the insurer."),
    ("en", "We are not in a position to verify their records."),
    ("en", "I don't decide which ads get removed."),
    # round 53 (blind49 as tuning data): «его решения мы не оспариваем»
    ("ru", "Его решения мы не оспариваем, так устроено."),
    # round 54 (blind50 as tuning data): «с … и разбирайтесь» with any party, «мы-то тут при чём»
    ("ru", "С перевозчиком и разбирайтесь."),
    ("ru", "Мы-то тут при чём?"),
    # round 55 (blind51 as tuning data): «в их зоне ответственности», «следует направлять …, а не нам»; another shift's
    # promise disowned, "it was the …'s job", the customer sent back to the party that "will handle the refund"
    ("ru", "Задержка на таможне — в их зоне ответственности."),
    ("ru", "Претензию следует направлять в банк, а не нам."),
    ("en", "That was the night shift, so I can't say what they promised."),
    ("en", "I wasn't on shift when they promised that."),
    ("en", "It was the airport's job to tell you."),
    ("en", "Take the receipt back to the shop and they will handle the refund."),
    # round 56 (blind52 as tuning data): "no control over this process", "nothing we can change on our side", "suggest
    # contacting your bank"
    ("en", "Our company has no control over this process."),
    ("en", "There is nothing we can change on our side."),
    ("en", "I'd suggest contacting your bank."),
    # round 57 (blind53 as tuning data): «решают/организуют они сами», «они рассматривают самостоятельно», «договориться с
    # … напрямую», «туда и следует обращаться»; "can't speak for what my colleague …", "I wasn't in yesterday", "best
    # thing is to ring back", "don't set or change these fees", "raise the question directly with"; and a referral no
    # longer excused by a noun («по факту выполнения» is no work done)
    ("ru", "Выезд мастеров решают они сами."),
    ("ru", "Замену счётчиков организуют они сами."),
    ("ru", "Такие случаи они рассматривают самостоятельно."),
    ("ru", "По срокам лучше договориться с мастером напрямую."),
    ("ru", "Туда и следует обращаться."),
    ("en", "I can't speak for what my colleague told you."),
    ("en", "I wasn't in yesterday, so I don't know what was agreed."),
    ("en", "Best thing is to ring back on Monday."),
    ("en", "We don't set or change these fees."),
    ("en", "Please raise the question directly with your insurer."),
    ("ru", "Позвоните им напрямую. Акт подписывается по факту выполнения."),
    # round 58 (blind54 as tuning data): «ответственность … лежит на банке»; "we only carry out the landlord's
    # instructions", "is therefore down to <a company's name>, not to us"
    ("ru", "Ответственность за это решение лежит на банке."),
    ("en", "We only carry out the landlord's instructions."),
    ("en", "The late delivery is therefore down to Swift Couriers, not to us."),
    # round 59: a noun («по факту выполнения», «до устранения») no longer excuses a reproach either (blames_customer's
    # action_given follows round 57's help_given)
    ("ru", "Автором обращения были нарушены правила пользования. Акт подписывается по факту выполнения."),
    ("ru", "Вами были нарушены правила. До устранения течи перекройте кран."),
    # round 60 (blind56 as tuning data): «оспаривать … нужно у них, мы его только исполняем»; "we don't control coverage",
    # "isn't on our end", "you could raise it with", "no access to their queue", "the responsibility of <a partner>", "is
    # something they need to review", "please send them …"
    ("ru", "Оспаривать акт нужно у них, мы его только исполняем."),
    ("en", "We don't control coverage in that area."),
    ("en", "The connection issue isn't on our end."),
    ("en", "You could raise it with the network operator."),
    ("en", "We don't have access to their queue."),
    ("en", "Battery swaps are the responsibility of EcoCharge, our partner."),
    ("en", "The fee is something they need to review."),
    ("en", "Please send them the ride details."),
    # round 61 (blind57 as tuning data): «с нашей стороны всё выполнено» no longer excuses a referral; "your …, your
    # responsibility", "file with them yourself"
    ("ru", "Это вопрос к управляющей компании, обратитесь к ним. С нашей стороны всё выполнено."),
    ("en", "Your mat, your responsibility."),
    ("en", "If you want compensation, you can file with them yourself."),
    # round 62 (blind58 as tuning data): «это их проблема», «вина не наша», «всё к банку»
    ("ru", "в общем это их проблема"),
    ("ru", "Вина не наша, счёт выставил банк."),
    ("ru", "По списаниям всё к банку."),
    # round 63 (blind59 as tuning data): «мы его не контролируем», «Все вопросы по … — в …»; "you must have pressed",
    # "unable to do anything on our side"
    ("ru", "Расписание составляет школа, мы его не контролируем."),
    ("ru", "Все вопросы по возврату — в бухгалтерию."),
    ("en", "You must have pressed the wrong button."),
    ("en", "We are unable to do anything on our side."),
    # round 64 (blind60 as tuning data): «потеряли именно они», «лучше адресовать ему»; "down to … on your side"
    ("ru", "Заказ потеряли именно они."),
    ("ru", "Такие вопросы лучше адресовать ему."),
    ("en", "The delay was down to the paperwork on your side."),
    # round 65 (blind61 as tuning data): «должен был он сам», «администраторы тут ни при чём»
    ("ru", "Предупредить вас должен был он сам."),
    ("ru", "Администраторы тут ни при чём."),
    # round 66 (blind62 as tuning data): "is for them, not for us", in a call "that's your router at home not the line"
    ("en", "Any complaint about the delivery is for them, not for us."),
    ("en", "that's your router at home not the line"),
    # round 67 (blind63 as tuning data): a colleague named as the culprit («Это Савелий перепутал»), «станция тут ни при
    # чём»; "that one's for them", "which again isn't me", "the mistake was his"
    ("ru", "Это Савелий перепутал своё расписание."),
    ("ru", "Станция тут ни при чём."),
    ("en", "Wetsuits are handed out by the kit room, so that one's for them."),
    ("en", "Somebody on the shift didn't read it, which again isn't me."),
    ("en", "So the mistake was his rather than the team's."),
    # round 69 (blind65 as tuning data): "that's really one for them", "Then talk to …", in a call "he put the wrong
    # part code in", "it's with them now", "try them directly"
    ("en", "The service was done at the other branch, so that's really one for them."),
    ("en", "Then talk to the other branch."),
    ("en", "he put the wrong part code in"),
    ("en", "i know but it's with them now"),
    ("en", "you could try them directly they sell to the public"),
    # round 70 (blind66 as tuning data): «претензии к курьеру», «пишите им», «салоны … отношения не имеют», «отсюда мы не
    # можем», «вопрос скорее к поставщику»; "that mix-up is theirs"
    ("ru", "Упаковку везли они — претензии к курьеру, пишите им."),
    ("ru", "Салоны к комплектации отношения не имеют."),
    ("ru", "Исправить ошибку отсюда мы не можем."),
    ("ru", "Так что вопрос скорее к поставщику."),
    ("en", "So that mix-up is theirs, not the Market Square shop's."),
    # round 72 (blind69 as tuning data): «им самостоятельно — мы в этом процессе не участвуем»; "that was gordon and his team
    # not me"
    ("ru", "Направьте заявление с фотографиями им самостоятельно — мы в этом процессе не участвуем."),
    ("en", "so the night shift logged them in that was gordon and his team not me"),
    # round 73 (blind70 as tuning data): "something they'd have to cover", "It's theirs, really.", "because of your late
    # arrival, not because of anything our staff did", "It's their admin who has to answer you"
    ("en", "The 3,500 is their old listing, so the difference is something they'd have to cover."),
    ("en", "It's theirs, really. Please write to their support."),
    ("en", "The deposit was lost because of your late arrival, not because of anything our staff did."),
    ("en", "It's their admin who has to answer you; please write to them again."),
    # round 74 (blind72 as tuning data): «с ней и разговаривайте», «сами наверное мазали», «видно, что … вы сдирали сами»,
    # «спрашивать с нас … бессмысленно»; "one for the … lot", "so go and ask them", "Whoever sold it … must have", "you'll
    # need to … sort it out with them"
    ("ru", "это вам к мастеру асе она делала с ней и разговаривайте"),
    ("ru", "сами наверное мазали чем попало"),
    ("ru", "По фото видно, что корочки вы сдирали сами, отсюда и бугорки."),
    ("ru", "Дамир с нами больше не работает, так что спрашивать с нас за его работу бессмысленно."),
    ("en", "Right, then that's really one for the Liteynaya lot, they supply all the jewellery."),
    ("en", "They supply the balls, so go and ask them."),
    ("en", "Whoever sold it at the Liteynaya Street studio must have typed it in wrong."),
    ("en", "You'll need to go back there with the card and sort it out with them."),
    # round 75 (blind73, blind74 as tuning data): «им и звоните», «хранение … тоже на них», «рекомендуем обращаться
    # напрямую», «Я к этому отношения не имею», «ошибка со стороны покупателя»; "nothing on our side to put right", "the
    # studio doesn't really have a say", "agree … with her directly"
    ("ru", "продлением занимается бухгалтерия им и звоните"),
    ("ru", "Праздники проводит команда той площадки, и хранение детских работ тоже на них."),
    ("ru", "По вопросу фигурок рекомендуем обращаться напрямую на Заречную."),
    ("ru", "Это она обещала вам перезвонить. Я к этому отношения не имею, но давайте оформим."),
    ("ru", "Вы закрыли страницу оплаты раньше времени. Это ошибка со стороны покупателя."),
    ("en", "That comes down to how the piece was made, so there's nothing on our side to put right here."),
    ("en", "The cancellation came from Greta herself, so the studio doesn't really have a say in it."),
    ("en", "The best thing is to message her at [EMAIL] and agree a new time or a refund with her directly."),
    # round 76 (blind76 as tuning data): «повело из за вашей тумбы», «за вашу мебель мы отвечать не можем»; "the problem
    # is the way you've set it up", "isn't something we can take responsibility for", "hes the one who dropped it",
    # "not really mine to sort out", "you would have to catch him"
    ("ru", "в акте мастер отметил перекос так что шов скорее всего повело из за вашей тумбы"),
    ("ru", "я понимаю но за вашу мебель мы отвечать не можем"),
    ("en", "The feeder itself works fine: the problem is the way you've set it up."),
    ("en", "Three portions a day is far too much, and that isn't something we can take responsibility for."),
    ("en", "so that was kevins request he took it on and hes the one who dropped it"),
    ("en", "i only do the shop floor so its not really mine to sort out"),
    ("en", "you would have to catch him tomorrow he is in from 10"),
    # round 77 (blind77, blind78 as tuning data): «значит на нём прыгают», «значит кто то из ваших», «а не брак ткани»,
    # «Поролон тут ни при чём», «ни сном ни духом», «это к ним», «там разберутся»; "you must have picked the wrong …", "the
    # mistake was made on your side"
    ("ru", "сам он так не ломается значит на нём прыгают"),
    ("ru", "браслетом открывали в 18 40 значит кто то из ваших и открыл"),
    ("ru", "Это износ от когтей, а не брак ткани."),
    ("ru", "Поролон тут ни при чём, его просто перегружали."),
    ("ru", "рассылку делает приложение а мы тут ни сном ни духом"),
    ("ru", "замки обслуживает подрядчик это к ним"),
    ("ru", "пишите заявление в полицию там разберутся"),
    ("en", "You must have picked the wrong size when you ordered."),
    ("en", "As the mistake was made on your side, the change costs 300 ₽."),
    # round 78 (blind79, blind80 as tuning data): «Это не наша ошибка», «ответственность заказчика», «по их вине»,
    # «направить напрямую в»; "go to the operator, not to us", "aren't something I handle", "have nothing to do with
    # their", "ask them directly"
    ("ru", "Это не наша ошибка: макет прислали без полей."),
    ("ru", "Проверка файла — ответственность заказчика."),
    ("ru", "Опоздание случилось по их вине, у них сломалась машина."),
    ("ru", "Жалобу лучше направить напрямую в транспортную компанию."),
    ("en", "Questions about the bus go to the operator, not to us."),
    ("en", "Exchanges aren't something I handle."),
    ("en", "We have nothing to do with their booking system."),
    ("en", "Please ask them directly on [PHONE]."),
    # round 79 (blind81, blind82 as tuning data): «мастерская тут ни при чём»; "the mistake is hardly ours", "that is
    # citypost not us", "You probably picked the wrong date yourself"
    ("ru", "Если мерки изменились, мастерская тут ни при чём."),
    ("en", "The supplier sent the wrong shade, so the mistake is hardly ours."),
    ("en", "the parcel went to the wrong depot that is citypost not us"),
    ("en", "You probably picked the wrong date yourself when booking."),
    # round 80 (blind83, blind84 as tuning data): «ошибка ваша а не наша», «под вашу ответственность»; "his work is his
    # responsibility", "You'll have to catch her", "for them rather than for us"
    ("ru", "вы сами продиктовали размеры так что ошибка ваша а не наша"),
    ("ru", "Замер вы делали сами, это под вашу ответственность."),
    ("en", "The painter did that wall, and his work is his responsibility."),
    ("en", "You'll have to catch her on Monday and ask her."),
    ("en", "The frames come from the joiner, so this one is for them rather than for us."),
    # round 81 (blind86 as tuning data): «на вашей совести», «вы его сами не открыли»; "… is down to you", "their
    # decision and their responsibility, not the shop's", "send your complaint to … directly"
    ("ru", "Вы это сами не проверили, так что ошибка на вашей совести."),
    ("ru", "Уведомление пришло, вы его сами не прочитали."),
    ("en", "You chose the wrong date yourself, so the extra fee is down to you."),
    ("en", "The delay was their decision and their responsibility, not the shop's."),
    ("en", "Please send your complaint to the courier company directly."),
    # round 83 (blind89, blind90 as tuning data): «жалобу … направляйте производителю», «за содержимое не отвечает», «я за
    # него такое обещать не могу»; "their decision, not the museum's", "I don't manage them", "Complaints about … go to",
    # "caused by nobody being at home"
    ("ru", "Жалобу на качество направляйте производителю."),
    ("ru", "Склад за содержимое не отвечает."),
    ("ru", "я за него такое обещать не могу"),
    ("en", "The closure was their decision, not the museum's."),
    ("en", "I don't manage them, sorry."),
    ("en", "Complaints about drivers go to the transport office."),
    ("en", "The delay was caused by nobody being at home."),
    # round 84 (blind91 as tuning data): «уточняйте у них», «за звонки кассы не отвечает»; "the manufacturer's warranty,
    # not by the shop", "We only sell them"
    ("ru", "Про скидку уточняйте у них."),
    ("ru", "Наш отдел за звонки кассы не отвечает."),
    ("en", "Phones are covered by the manufacturer's warranty, not by the shop."),
    ("en", "We only sell them."),
    # round 85 (blind93 as tuning data): «недосмотр именно склада», «иначе такого бы не случилось»
    ("ru", "Это недосмотр именно склада."),
    ("ru", "Мы заказы не собираем, иначе такого бы не случилось."),
    # round 86 (blind95, blind96 as tuning data): in a call «мы то тут при чём»; "recommend addressing your claim to",
    # "so please ask them"
    ("ru", "это их касса мы то тут при чём"),
    ("en", "I'd recommend addressing your claim to the airline."),
    ("en", "The lost items desk is downstairs, so please ask them."),
    # round 87 (blind97, blind98 as tuning data): «…, а не нам.», in a call «это к отделу продаж», «направлять
    # непосредственно ей», «обязанность вашей стороны»; "run by … not by the cinema", "Claims … go to them", "send the
    # complaint … directly to the courier", "not our staff", "leave a complaint with them"
    ("ru", "Забытые вещи уходят в бюро находок, а не нам."),
    ("ru", "это к отделу продаж"),
    ("ru", "Жалобы просим направлять непосредственно ей."),
    ("ru", "Это обязанность вашей стороны."),
    ("en", "the car park is run by the mall not by the cinema"),
    ("en", "Claims for damaged parcels go to them."),
    ("en", "Please send the complaint with photos directly to the courier."),
    ("en", "The drivers are not our staff."),
    ("en", "You can leave a complaint with them online."),
    # round 89 (blind101, blind102 as tuning data): «претензии … это к фабрике», «пишите претензию в …», «Мы не можем
    # отвечать за то, что …»; "a matter between the airline and your insurer"
    ("ru", "претензии по цвету ткани это к фабрике"),
    ("ru", "пишите претензию в транспортную компанию"),
    ("ru", "Мы не можем отвечать за то, что гости теряют вещи."),
    ("en", "That's a matter between the airline and your insurer."),
    # round 90 (blind103, blind104 as tuning data): in a call "that's the council … not us", "I don't do refunds",
    # "decided by the owners anyway", "I can't speak for them", "…, not by me, so I can't", "You'd need to sort it out
    # with", "happened on the courier's side", "not part of the driver's job", "Our colleagues write down what", "team is
    # the right place for this", "a question for the bank, not for us", "From our side everything was done"
    ("en", "that's the council not gritting the roads not us"),
    ("en", "I don't do refunds."),
    ("en", "Prices are decided by the owners anyway."),
    ("en", "I can't speak for them."),
    ("en", "It was set by head office, not by me, so I can't change it."),
    ("en", "You'd need to sort it out with the landlord."),
    ("en", "The mix-up happened on the courier's side."),
    ("en", "Returns are not part of the driver's job."),
    ("en", "Our colleagues write down what the customer says."),
    ("en", "The billing team is the right place for this."),
    ("en", "That's a question for the bank, not for us."),
    ("en", "From our side everything was done on time."),
    # round 91 (blind105 as tuning data): in a call "… an outside firm that's not us", "complain to the caterer"; a
    # referral «Претензии … направляйте им» no longer excused by the customer's own «заявка была подана вами»
    ("en", "the cleaning is done by an outside firm that's not us"),
    ("en", "You'd have to complain to the caterer."),
    ("ru", "Претензии по опозданию гида направляйте им, тем более заявка была подана вами накануне."),
    # round 92 (blind107, blind108 as tuning data): «Ошибка не с нашей стороны», «Мы свою часть работы выполнили»,
    # «работает отдельно от нас», «Ответственность … несёт поставщик», «Претензию нужно направить перевозчику»; "works
    # fine on our end, so the problem is", "built by an external company anyway", "write to their support", "He's
    # responsible for his own", "if they hear it from you", in a call "thats on the proofreader not me", "i just take the
    # bookings", "I'm afraid it's on you", "charged by … directly, not by Ladoga Telecom", "We do not have access to their"
    ("ru", "Ошибка не с нашей стороны."),
    ("ru", "Мы свою часть работы выполнили."),
    ("ru", "Склад работает отдельно от нас."),
    ("ru", "Ответственность за сроки несёт поставщик."),
    ("ru", "Претензию нужно направить перевозчику."),
    ("en", "It works fine on our end, so the problem is your network."),
    ("en", "The app is built by an external company anyway."),
    ("en", "Please write to their support."),
    ("en", "He's responsible for his own schedule."),
    ("en", "It gets sorted quicker if they hear it from you."),
    ("en", "thats on the proofreader not me"),
    ("en", "i just take the bookings"),
    ("en", "I'm afraid it's on you."),
    ("en", "The fee is charged by the payment provider directly, not by Ladoga Telecom."),
    ("en", "We do not have access to their refunds."),
    # round 93 (blind109, blind110 as tuning data): «Вопросы по водителю к их диспетчеру», «работает с салоном по
    # договору», «Претензии … вы можете направить ему»; in a call "that's his job not mine", "sort it out with them", "has
    # to go to the federation directly", "That's something to raise with her"
    ("ru", "Вопросы по водителю к их диспетчеру."),
    ("ru", "Мастер работает с салоном по договору, это его решение."),
    ("ru", "Претензии по качеству вы можете направить ему напрямую."),
    ("en", "that's his job not mine"),
    ("en", "Please sort it out with them."),
    ("en", "The request has to go to the federation directly."),
    ("en", "That's something to raise with her."),
    # round 94 (blind111, blind112 as tuning data): «Вины с нашей стороны нет» (owning the fault excused it before round
    # 94); "a mistake on the courier's side", "something to be agreed within the family", "only be claimed through your
    # bank", "set up by the app developer"
    ("ru", "Вины с нашей стороны нет."),
    ("en", "That was a mistake on the courier's side."),
    ("en", "It's something to be agreed within the family."),
    ("en", "Refunds can only be claimed through your bank."),
    ("en", "Limits are set up by the app developer."),
    # round 95 (blind113, blind114 as tuning data): «У остальных гостей уведомление пришло», «…, звоните ему с 10»,
    # «Это ваша ошибка при заполнении», «направляйте их по адресу»; "that's their slip", "You'll need to ask them",
    # "are the marina's side"
    ("ru", "У остальных гостей уведомление пришло."),
    ("ru", "Возвраты решает бухгалтер, звоните ему с 10 до 12."),
    ("ru", "Это ваша ошибка при заполнении бланка."),
    ("ru", "Направляйте их по адресу director@club.ru."),
    ("en", "So that's their slip."),
    ("en", "You'll need to ask them at the desk."),
    ("en", "Rentals are the marina's side."),
    # round 96 (blind116 as tuning data): «С нашей стороны всё сделано», «с нашей стороны заказ выполнен» no longer an
    # excuse for «Звоните им»; "I have nothing to do with", "write to them yourself"
    ("ru", "С нашей стороны всё сделано."),
    ("en", "I have nothing to do with the exchange."),
    ("en", "You can write to them yourself."),
    # round 97 (blind118 as tuning data): «Претензии по лечению — к клинике»
    ("ru", "Претензии по лечению — к клинике."),
    # round 98 (blind119, blind120 as tuning data): «самостоятельным юридическим лицом», «не отвечает за работу …»,
    # «следует направить непосредственно», «— вопрос к разработчику», «Мы не можем отвечать за то, как …», «Вы можете
    # написать им»; in a call "everybody else connects fine you need to call them" (excused as a transfer before round 98)
    ("ru", "Кафе является самостоятельным юридическим лицом."),
    ("ru", "Клуб не отвечает за работу парковки."),
    ("ru", "Жалобу вам следует направить непосредственно в кафе."),
    ("ru", "Сбой в приложении — вопрос к разработчику."),
    ("ru", "Мы не можем отвечать за то, как работает их сайт."),
    ("ru", "Вы можете написать им на почту."),
    ("en", "everybody else connects fine you need to call them"),
    # round 99 (blind121 as tuning data): "which is separate from the", "I have no access to", "Please write directly to"
    ("en", "Accounts is a team which is separate from the studio."),
    ("en", "I have no access to their system."),
    ("en", "Please write directly to the accountant."),
    ("ru", "Звоните им, это не наша вина — с нашей стороны заказ выполнен."),
    # round 100 (blind124 as tuning data): in a call «погоду не мы делаем», «к гидрометеостанции и претензии»; «в ведении
    # порта, а не компании», «за его содержание ответственности не несём»
    ("ru", "погоду не мы делаем"),
    ("ru", "это к метеослужбе и претензии"),
    ("ru", "Стоянка находится в ведении города, а не нашей компании."),
    ("ru", "Мы только арендуем помещение и за его содержание ответственности не несём."),
    # round 101 (blind126 as tuning data): «это вопрос не к чату», «Позвоните ей, когда выйдет»; "so that's a question for
    # them", in a call "complain to them not us"; a transfer bus is no transfer of the contact
    ("ru", "Договор я сделать не могу, это вопрос не к чату."),
    ("ru", "Менеджер в отпуске. Позвоните ей, когда выйдет."),
    ("en", "Tickets are issued by the box office, so that's a question for them."),
    ("en", "the website is done by an outside firm you'd need to complain to them not us"),
    ("en", "Our transfer bus leaves at 10. For compensation, please call the group manager directly."),
    # round 102 (blind127, blind128 as tuning data): in a call «это у них сбой», «ваша зона ответственности», «а не винить
    # …», «так что ко мне какие претензии?»
    ("ru", "рассылку делает оператор это у них сбой"),
    ("ru", "Предупреждать тренера — это ваша зона ответственности."),
    ("ru", "Надо было выбрать уровень попроще, а не винить тренера."),
    ("ru", "Цену ставит система, так что какие ко мне претензии?"),
    # round 103 (blind129, blind130 as tuning data): "something to take up with them", "not our employee", "you should have
    # called … yourself", "that's not something I can answer for"
    ("en", "If you didn't get it, that's something to take up with them."),
    ("en", "the guide is a freelancer he's not our employee"),
    ("en", "you should have called the guide's number yourself"),
    ("en", "Your chat was handled before me, so that's not something I can answer for."),
    # round 104 (blind131, blind132 as tuning data): "on the … company, not on", "it's their responsibility", "I can't
    # answer for them", "it wasn't my booking", "aren't handled in this chat", "not really my question", "not something I
    # can deal with"
    ("en", "That's really on the town grid company, not on the lift team."),
    ("en", "I'm afraid so, it's their responsibility."),
    ("en", "I can't answer for them, it wasn't my booking."),
    ("en", "Refunds aren't handled in this chat."),
    ("en", "I don't work at the box office, so that's not really my question."),
    ("en", "That's not something I can deal with from here."),
    # round 105 (blind133 as tuning data): «зона ответственности кассиров», «вам необходимо самостоятельно написать»; "the
    # error … on your side", "handled by our … department, not by"
    ("ru", "Баллы в магазине — зона ответственности кассиров."),
    ("ru", "Для обмена вам необходимо самостоятельно написать на склад."),
    ("en", "The error seems to have been made on your side."),
    ("en", "Exchanges are handled by our returns department, not by support."),
    # round 106 (blind135, blind136 as tuning data): «с претензией … обращайтесь на склад»; "raise this with them
    # directly", "are their decision"
    ("ru", "С претензией по сборке обращайтесь на склад."),
    ("en", "We would ask you to raise this with them directly."),
    ("en", "Refunds for meals are their decision."),
    # round 107 (blind137 as tuning data): "that's not something we handle here", "I'm not the right department"
    ("en", "Receipts come from the payment provider, so that's not something we handle here."),
    ("en", "Invoices are for accounting, I'm not the right department for that."),
    # round 108 (blind140 as tuning data): «вот к ним и вопросы», «необходимо направить непосредственно», «не является
    # стороной, ответственной»; "All decisions are made by the insurer"
    ("ru", "отменяли не мы а альпинисты вот к ним и вопросы"),
    ("ru", "Претензию необходимо направить непосредственно подрядчику."),
    ("ru", "Компания не является стороной, ответственной за действия субподрядчика."),
    ("en", "All decisions are made by the insurer."),
    # round 109 (blind142 as tuning data): "the issue is on your side", "needs to be checked with your provider", "decided
    # by the …, not by me", "ask you to direct your complaint to"; «выполнена на тонкой бумаге» (what a work is made on) no
    # longer excuses a referral as a done action
    ("en", "So the issue is on your side."),
    ("en", "It really needs to be checked with your provider."),
    ("en", "Group placement is decided by the methodologist, not by me."),
    ("en", "We therefore ask you to direct your complaint to the Centre."),
    ("ru", "Все претензии просим направлять напрямую им. Работа вашей дочери выполнена на тонкой бумаге."),
    # round 110 (blind144 as tuning data): «просим обращаться напрямую в …», "… is therefore a question for … your bank"
    ("ru", "По вопросу продления или возврата просим обращаться напрямую в ТурКлик: support@turclick.ru."),
    ("en", "Where the money went is therefore a question for VolgaPay or your bank; they will trace it."),
    # round 111 (blind145, blind146 as tuning data): «доставка выполнена» is a defence, not a done step that excuses a
    # referral; «просим направлять непосредственно на …», «мы только продаём.», «По качеству — к ним», «это не я
    # решала», «я на это не влияю», «у нас разные линии»; "packed at the warehouse, not by customer service" (a later
    # "I'll pass it on" does not excuse it)
    ("ru", "А то, что грейдер сгрёб уголь, — это вопрос к дорожникам. С нашей стороны доставка выполнена."),
    ("ru", "талон выписывал водитель подрядчика с него и спрашивайте по нашим документам доставка выполнена"),
    ("ru", "Претензии по качеству угля просим направлять непосредственно на разрез."),
    ("ru", "Фарш делает агрохолдинг «Островной», мы только продаём. По качеству — к ним."),
    ("ru", "да вижу перенос поставила диспетчерская это не я решала вчера был циклон"),
    ("ru", "диспетчер сам перекидывает заказы я на это не влияю"),
    ("ru", "вам надо звонить диспетчеру я вас соединить не могу у нас разные линии"),
    ("en", "The bags are packed at the warehouse, not by customer service. Refunds go through accounts. I'll pass it on."),
    # round 112 (blind147, blind148 as tuning data): «гарантия на … а не на вашу …», «вызывайте вентиляционщиков», «это у
    # вас … не работает», «с вопросами к ним», «отсюда и результат», «причина — в …, а не в работе …»; "the
    # responsibility of whoever …", "please contact the roofing contractor who …"
    ("ru", "гарантия на монтаж а не на вашу вентиляцию вызывайте вентиляционщиков"),
    ("ru", "монтаж принят акт подписан это у вас вентиляция в доме не работает"),
    ("ru", "Заявку оформляла диспетчерская, не я, с вопросами к ним."),
    ("ru", "Вы сами не предупредили — отсюда и результат."),
    ("ru", "Причина — в неподготовленном доступе к септику и в состоянии дороги, а не в работе водителя."),
    ("en", "This is normal wear and the responsibility of whoever installed and maintains the roof."),
    ("en", "For repairs to the roof covering, please contact the roofing contractor who installed your roof."),
    # round 113 (blind149, blind150 as tuning data): «так что это не мы», «скорее всего вы сами …», «я сумки не чиню»,
    # «подрядной организацией «…», которая и отвечает за …», «оснований для претензии к нашей компании»; «акт выполненных
    # работ» (a document's name) no longer excuses «я за его цифры не отвечаю»
    ("ru", "у вас в квитанции написано потёртости сумка и так была не новая так что это не мы"),
    ("ru", "а клей это скорее всего вы сами чем-то капнули"),
    ("ru", "старший мастер сегодня в цеху приходите туда и говорите я сумки не чиню"),
    ("ru", "смету составлял менеджер не я я за его цифры не отвечаю ну вы же подписали акт выполненных работ"),
    ("ru", "Монтаж выполнялся подрядной организацией «КровляСтрой-А», которая и отвечает за герметизацию креплений."),
    ("ru", "Таким образом, оснований для претензии к нашей компании мы не усматриваем."),
    # round 114 (blind151, blind152 as tuning data): «… не подтвердила не я», «я к … доступа не имею»; "a matter between
    # you, your bank and …", "The fault lies with them, not with the park"
    ("ru", "вижу бронь отменена это администратор праздников алёна не подтвердила не я"),
    ("ru", "я к броням праздников доступа не имею звоните ей завтра"),
    ("en", "If the money did not reach us, this is a matter between you, your bank and SibPay."),
    ("en", "The fault lies with them, not with the park, and we have passed all the complaints on to them."),
    # round 115 (blind153, blind154 as tuning data): «рекомендуем адресовать непосредственно им», «мы ответственности не
    # несём», «решает бухгалтерия, а не служба поддержки»; "has no say in", "Please send your feedback directly to the …"
    ("ru", "Претензию по действиям водителя рекомендуем адресовать непосредственно им."),
    ("ru", "За состояние дисков мы ответственности не несём."),
    ("ru", "Вопросы возврата средств решает бухгалтерия, а не служба поддержки."),
    ("en", "Customer Care has no say in what goes into the boxes."),
    ("en", "Please send your feedback directly to the farm team at farm@bountypatch.ru."),
    # round 116 (blind155, blind156 as tuning data): «за выполненный выезд» is a defence, no excuse for «вопрос … — к ним»;
    # «рекомендуем запросить у вашей страховой», «которая самостоятельно отвечает за», «просим направлять им напрямую»;
    # "We don't handle insurance claims", "file the claim with … yourself"
    ("ru", "Так что вопрос компенсации — к ним, не к нам. Вернуть оплату за выполненный выезд мы не можем."),
    ("ru", "Возмещение ущерба от непогоды рекомендуем запросить у вашей страховой компании."),
    ("ru", "Монтаж выполняла подрядная бригада «ВысотаСервис», которая самостоятельно отвечает за качество своих работ."),
    ("ru", "Все вопросы по качеству и по оплате кабеля просим направлять им напрямую."),
    ("en", "We don't handle insurance claims and can't process receipts."),
    ("en", "You will need to file the claim with YugStrakh yourself at claims@yugstrakh.ru."),
    # round 117 (blind157, blind158 as tuning data): «Когда неисправность будет устранена, можете снова записаться» (a
    # condition for the customer) and «будет произведён в установленном порядке» no longer excuse a referral; «допущена …
    # заявителем, а не …», «зона ответственности механика вашего …», «я к вашему заказу отношения не имею», «по вине
    # поставщика», «Цех здесь ни при чём», «претензии … мы не принимаем»; "Responsibility for … lies with the supplier",
    # "cannot be held liable for", "Please address your claim directly to the …"
    ("ru", "«Гараж 25» — отдельная организация, мы за их работу не отвечаем. Когда неисправность будет устранена, можете снова записаться на сайте."),
    ("ru", "Таким образом, неточность допущена при заполнении формы заявителем, а не сотрудниками станции."),
    ("ru", "Срок годности огнетушителя — зона ответственности механика вашего предприятия."),
    ("ru", "Надпись делал цех, а выдавал другой пункт, я к вашему заказу отношения не имею."),
    ("ru", "Отмена произошла по вине поставщика. Возврат денежных средств будет произведён в установленном порядке."),
    ("ru", "Цех здесь ни при чём, принтер работает исправно."),
    ("ru", "Претензии к качеству печати мы не принимаем."),
    ("en", "Responsibility for incorrect labelling lies with the supplier."),
    ("en", "WaffleCone Creamery cannot be held liable for errors in third-party products."),
    ("en", "Please address your claim directly to the supplier at info@chocodecor.ru."),
    # round 118 (blind159, blind160 as tuning data): «В том, что вы … не …, вины агентства нет», «это делает семья», «в её
    # расписание не вмешивается», «Позвоните … напрямую» (not «нам»), «Решение … принимает …, не агентство», «По вопросу …
    # обращайтесь … в …»
    ("ru", "Мы проверили: инструкция была отправлена. В том, что вы её не открыли, вины агентства нет."),
    ("ru", "В карточке указан старый номер. Контакты нужно обновлять в приложении, это делает семья."),
    ("ru", "Визиты планирует старшая медсестра, колл-центр в её расписание не вмешивается."),
    ("ru", "Позвоните, пожалуйста, Валентине Петровне напрямую: 4-12-15."),
    ("ru", "Решение о продлении принимает центр социального обслуживания, не агентство."),
    ("ru", "По вопросу продления обращайтесь, пожалуйста, в КЦСОН Боровлянского района."),
    # round 119 (blind161, blind162 as tuning data): «демонтированные элементы» (a description) no longer excuses a
    # referral; «это ошибка диспетчера»; "that's the kitchen not me", "i just take calls", "run by an outside agency", "we
    # don't handle the posts ourselves"
    ("ru", "Бригада оставила демонтированные элементы на участке. По вопросу возмещения ущерба газону просим обращаться непосредственно к поставщику."),
    ("ru", "Ваш адрес она не внесла в маршрут — это ошибка диспетчера, замерщик о визите не знал."),
    ("en", "that's the kitchen not me i just take calls"),
    ("en", "Our Instagram account is run by an outside agency, DeltaSMM, so we don't handle the posts ourselves."),
    # round 120 (blind163, blind164 as tuning data): «претензию … следует направлять производителю», «проблема скорее там»;
    # "checked by the warehouse …, not by support", "came from their side", "may have been Artyom's typo"
    ("ru", "Брак клапана — их производственный дефект, претензию по нему следует направлять производителю."),
    ("ru", "Судя по описанию, проблема скорее там."),
    ("en", "Kits are checked by the warehouse before they go out, not by support, so I can't tell you what state it left in."),
    ("en", "Our certificates are printed by the print shop, so the spelling error came from their side."),
    ("en", "Also, it may have been Artyom's typo."),
    # round 121 (blind165 as tuning data): in a call "planned by the dispatcher not by customer service" (round 111's line)
    ("en", "well that's not us the routes are planned by the dispatcher not by customer service"),
    # round 122 (blind168 as tuning data): «вопросы — к нему»; «Удержание … произведено в соответствии с договором» is a
    # defence, no done step excusing it
    ("ru", "Кегу доставлял наш партнёр, и если пиво взболтали в дороге, вопросы — к нему. Удержание 500 ₽ произведено в соответствии с договором."),
    # round 123 (blind169, blind170 as tuning data): «рекомендуем обращаться к производителю», «мы лишь их применяем»; "it's
    # not our driver so talk to them", "has no access to them or to payments"
    ("ru", "По качеству реагента рекомендуем обращаться к производителю напрямую, мы лишь их применяем."),
    ("en", "the truck driver is from yenisei zimnik it's not our driver so talk to them"),
    ("en", "Invoices are issued by our accounting department, and customer care has no access to them or to payments."),
    # round 124 (blind171, blind172 as tuning data): «это уже к вашим отделочникам», «бригада тут ни при чём», «звоните
    # отделочникам, мы этим не занимаемся», in a call «её стажировал другой координатор не я»
    ("ru", "Штукатурка и покраска — это уже к вашим отделочникам."),
    ("ru", "Стены у вас старые, штукатурка держалась на честном слове, бригада тут ни при чём."),
    ("ru", "Если будете делать ремонт — звоните отделочникам, мы этим не занимаемся."),
    ("ru", "а то что она новенькая так её стажировал другой координатор не я"),
    # round 125 (blind173, blind174 as tuning data): «я к ним отношения не имею», in a call «звоните в … у них своя
    # гарантия»; "…team, which customer service has no control over"; «поставка считается выполненной» (a full-form
    # participle, a defence) no longer excuses «направьте претензию им»
    ("ru", "Документы формирует бухгалтерия, я к ним отношения не имею. Пишите на buh@ostryi-karandash.ru."),
    ("ru", "по браку звоните в тонер маркет у них своя гарантия номер на коробке"),
    ("en", "Unfortunately the packing is done by our warehouse team, which customer service has no control over. Please "
           "write to them at sklad@belypion.ru with your order number and a photo."),
    ("ru", "Согласно накладной, груз принят вашим сотрудником без замечаний, поэтому с нашей стороны поставка считается "
           "выполненной полностью. Претензии по количеству после подписания накладной принимаются перевозчиком «Лось "
           "Экспресс», направьте претензию им на claims@losexpress.ru, приложив накладную."),
    # round 126 (blind175, blind176 as tuning data): in calls «это решение старшего продавца не моё», «это не я делал»,
    # «звоните начальнику цеха"
    ("ru", "да вижу вещи списаны в фонд 14 июля это решение старшего продавца не моё я такие списания не делаю"),
    ("ru", "тут тут коробку вам собирал мастер из второй смены это не я делал"),
    ("ru", "звоните начальнику цеха он разберётся номер на сайте"),
    # round 127 (blind177, blind178 as tuning data): in a call "isn't actually us", "we only install the ceiling film",
    # "call electrodom yourselves"; "we in the chat don't control that", "looks like Gennady mixed up his evening", "The
    # error therefore comes from …"
    ("en", "right so i see the lights were connected by electrodom that's our partner electrician so the wiring isn't actually us"),
    ("en", "honestly it's your flat's wiring we only install the ceiling film"),
    ("en", "any electrician can check it or you can call electrodom yourselves their number is on the act"),
    ("en", "The measurers plan their own routes, we in the chat don't control that — looks like Gennady mixed up his evening."),
    ("en", "The error therefore comes from the management company's list, not from ExactSeal, and we are not able to change the address."),
    # round 128 (blind179, blind180 as tuning data): «вопросы к их сервисному центру», «не может отвечать за работу»,
    # «зависело от диспетчеров, а не от …»; "should therefore go to your own home insurer, not to us", "we only install
    # it."
    ("ru", "В любом случае поломка насоса — это гарантия производителя, вопросы к их сервисному центру в Калининграде."),
    ("ru", "Служба поддержки не может отвечать за работу пункта выдачи и пересматривать его акты."),
    ("ru", "Аварийные выезды распределяет диспетчерская служба, и время прибытия зависело от диспетчеров, а не от сервисного отдела."),
    ("en", "Any claim for cleaning or re-plastering should therefore go to your own home insurer, not to us."),
    ("en", "The motor is the manufacturer's, we only install it."),
    # round 129 (blind181, blind182 as tuning data): "we in online support don't see their shelves and can't tell them
    # what to do", "sort it out with the pick-up point staff directly"
    ("en", "The pick-up point in the mall is run by a separate team — we in online support don't see their shelves and can't tell them what to do."),
    ("en", "You'll need to sort it out with the pick-up point staff directly — ask them to check yesterday evening's incoming box."),
    # round 130 (blind183, blind184 as tuning data): in a call «это к поставщику вопросы мы клей не производим»;
    # «Претензии, соответственно, к бригаде, а не к заводу»; "was caused entirely by our carrier", "cannot be held
    # responsible", in calls "… job not mine i only take calls", "write to the production manager yourself"
    ("ru", "клей вам клали полификс январская партия от химпола если не держит это к поставщику вопросы мы клей не производим"),
    ("ru", "Трещины в ленте — результат того, что ваша бригада не укрыла фундамент. Претензии, соответственно, к бригаде, а не к заводу."),
    ("en", "The delay with your order was caused entirely by our carrier, DonGruzTaxi, which failed to deliver the boards on time."),
    ("en", "As this was the carrier's failure, WarmOak Flooring cannot be held responsible for the delay or for the day you took off."),
    ("en", "yeah the passport says no additive but the additive is the plant operator's job not mine i only take calls"),
    ("en", "well then write to the production manager yourself production at krutoyzames dot ru they'll sort it out"),
    # round 131 (blind185, blind186 as tuning data): «мы ставим то, что нам привезли», «можно направить им напрямую»,
    # «гарантия на … — у поставщика», «вы можете предъявить автомойке», «к ним и вопросы», «не можем отвечать за
    # решения», in a call «это их решение не наше», «вам надо звонить им»; in a call "doesn't work with us anymore so",
    # "not really our workmanship"; "is managed separately by", "cannot comment on the conduct of", "were caused by our
    # courier partner", "should be filed with … directly"
    ("ru", "Молдинги идут комплектом со стеклом от поставщика, и за качество их комплектующих мы, к сожалению, отвечать не можем — мы ставим то, что нам привезли."),
    ("ru", "Претензию по молдингу можно направить им напрямую: info@sibavtosteklo.ru."),
    ("ru", "Понимаю ваше недоумение, но гарантия на комплектующие — у поставщика."),
    ("ru", "Если стекло на мойке мыли под давлением, претензию по повреждению вы можете предъявить автомойке."),
    ("ru", "Если и грелся, то у курьера, это партнёр, к ним и вопросы."),
    ("ru", "Мы не можем отвечать за решения сотрудников партнёра."),
    ("ru", "у них с понедельника машина с холодильником сломана они сами всё и переносили это их решение не наше"),
    ("ru", "по переносу и по вчерашнему вам надо звонить им номер 2 40 40"),
    ("en", "that was fitted by andrei and he doesn't work with us anymore so honestly i can't tell you what he did there"),
    ("en", "the moulding kits from the distributor have been bad lately so it's not really our workmanship"),
    ("en", "Please note that the workshop reception is managed separately by the workshop manager, and customer care cannot comment on the conduct of workshop staff."),
    ("en", "The delay and the temperature of your order were caused by our courier partner, TundraCourier, whose van broke down."),
    ("en", "As the goods were in the courier's custody, claims for spoiled products should be filed with TundraCourier directly."),
    # round 132 (blind187, blind188 as tuning data): in calls «это страховая решает не мы», «сами и отправляйте»; "I
    # can't speak for their work", "Customer service doesn't decide on defects"
    ("ru", "акт мы вам выдали всё дальше это страховая решает не мы звоните в гейзер"),
    ("ru", "фото у вас в личном кабинете есть сами и отправляйте у меня кроме вас ещё звонки"),
    ("en", "Well, I don't handle printing, that's our print shop, and I can't speak for their work."),
    ("en", "Customer service doesn't decide on defects. You can bring the vests to the print shop and they'll have a look."),
    # round 133 (blind189, blind190 as tuning data): «за качество их работ ответственности не несёт» (no longer excused
    # by «наши обязательства по договору выполнены», a defence), «просим направить непосредственно»; "customer care has
    # no control over", "that would be a question for marketing."
    ("ru", "Сантехнические работы выполнял «АкваМастер», наш партнёр. Мастерская за качество их работ ответственности не несёт: наши обязательства по договору выполнены в момент подписания акта."),
    ("ru", "Претензию по повреждениям просим направить непосредственно в «АкваМастер»."),
    ("en", "The promotional banners are set up by our marketing department; customer care has no control over prices or promotions and cannot make adjustments."),
    ("en", "The promotion may have applied only to selected brands, but that would be a question for marketing."),
    # round 134 (blind191, blind192 as tuning data): «это вопрос страховой компании, а не туроператора», «это их зона, а
    # не отдела продаж»; "Please send it / your claim, …, directly to" a partner
    ("ru", "Полисы, справки и все документы по страховым случаям — это вопрос страховой компании, а не туроператора, мы такие документы не оформляем."),
    ("ru", "Задержка возникла по вине механиков базы, которые не прогрели технику заранее, — с ними уже проведена беседа, это их зона, а не отдела продаж."),
    ("en", "Please send it directly to PolarTransfer at complaints@polartransfer.ru, with your booking number and the time of the trip."),
    ("en", "Please send your claim, with photos of the fence, directly to ZemKub at claims@zemkub.ru."),
    # round 135 (blind193, blind194 as tuning data): «Задержка не по нашей вине» (no longer read as owning), «лучше
    # уточнять у неё напрямую», «это уже не от нас зависит», «повлиять на них наша организация не может», «рекомендуем
    # обращаться в ваш банк»
    ("ru", "Задержка не по нашей вине: часть материалов из петербургского архива должна была прислать архивист Вера Кольцова, а она до сих пор ничего не сдала."),
    ("ru", "По срокам лучше уточнять у неё напрямую, вот её почта: v.koltsova@archivist.pro."),
    ("ru", "Точно сказать не могу, это уже не от нас зависит. Когда отчёт загрузят, придёт уведомление."),
    ("ru", "Сроки регистрации определяются Росреестром и МФЦ, и повлиять на них наша организация не может."),
    ("ru", "По вопросам сроков ипотеки и возможного изменения ставки рекомендуем обращаться в ваш банк."),
    # round 136 (blind195, blind196 as tuning data): «за поведение её сотрудников на объекте мы отвечать не можем»,
    # «замечания … вы можете высказать бригадиру напрямую»
    ("ru", "Бригада работает у нас по договору подряда, и за поведение её сотрудников на объекте мы отвечать не можем."),
    ("ru", "Замечания по поведению вы можете высказать бригадиру напрямую."),
    # round 137 (blind197, blind198 as tuning data): «а не нашей работы», «Претензию нужно направлять поставщику»,
    # «рекомендуем направлять ему напрямую», «определяет он, а не мастерская», in a call «склад не я», «пишите складу»;
    # three excuses no longer read as help given (plural «работы выполнены», «поданы … в установленный срок», «был
    # выполнен по вашей просьбе», and «я бы сам им позвонил»); "the responsibility of the film manufacturer …, not of
    # our workshop", "recommend sending your claim … directly to"
    ("ru", "Выгорание — это дефект самой плёнки, а не нашей работы, поэтому гарантией мастерской оно не покрывается."),
    ("ru", "Претензию нужно направлять поставщику, вот их почта: claims@plenkaopt.ru."),
    ("ru", "Претензии по качеству материала рекомендуем направлять ему напрямую: info@printsib.ru."),
    ("ru", "Баннерное полотно и чернила мы закупаем у поставщика «ПринтСиб», и свойства материалов определяет он, а не мастерская."),
    ("ru", "ну а кто должен проверять я что ли комплект собирал склад не я"),
    ("ru", "не надо на меня голос повышать девушка хотите поменять пишите складу на почту у них там своя очередь"),
    ("ru", "Дальше рассмотрение — это не к нам, это администрация так долго смотрит. Штраф, если что, выписывают владельцу вывески, поэтому на вашем месте я бы сам им позвонил."),
    ("ru", "По заказу короб изготовлен и смонтирован 14 мая, акт подписан. С нашей стороны работы выполнены полностью. По подключению вам нужно звонить им напрямую."),
    ("ru", "Документы были поданы нашей компанией в отдел архитектуры 24 апреля, в установленный срок. По вопросу предписания рекомендуем обратиться в отдел архитектуры самостоятельно."),
    ("en", "Fading of printed film is caused by the properties of the material and is therefore the responsibility of the film manufacturer and its distributor, not of our workshop."),
    ("en", "We would recommend sending your claim with photos directly to PlenkaOpt at claims@plenkaopt.ru."),
    ("ru", "Решение по ним администрация на данный момент не приняла. Также напоминаем, что монтаж до получения согласования был выполнен по вашей просьбе. По вопросу предписания рекомендуем обратиться в отдел архитектуры самостоятельно."),
    # round 138 (blind199, blind200 as tuning data): "should be addressed to them", "who are responsible for the quality
    # of their work"
    ("en", "The cable route in the car park was approved by the management company itself, so any concerns about the route should be addressed to them."),
    ("en", "The installation was carried out by our subcontractor, ElectroMontazh-40, who are responsible for the quality of their work and can be contacted directly on 8 (48450) 5-40-40."),
    # round 139 (blind201, blind202 as tuning data): in calls "that's her mistake not mine", "that's the garage not us"
    ("en", "look if my colleague gave you an old price that's her mistake not mine and you should have paid for it yesterday"),
    ("en", "right so the route van broke down on monday and the garage still has it that's the garage not us"),
    # round 140 (blind203, blind204 as tuning data): "a question for him and the production department, not for customer
    # service", "sizes aren't handled by customer service"
    ("en", "The measurements were taken by our measurer, Igor, so that's a question for him and the production department, not for customer service — I can't comment on sizes."),
    ("en", "I'm afraid I can't, sizes aren't handled by customer service."),
    # round 141 (blind205, blind206 as tuning data): «администрация на расписание тренеров не влияет», «рекомендуем
    # обращаться к старшему тренеру … лично», in a call «баллон не наш мы его только возим»
    ("ru", "Замены тренеров — решение старшего тренера, администрация на расписание тренеров не влияет и о причинах замен не информирована."),
    ("ru", "По всем вопросам тренировочного процесса рекомендуем обращаться к старшему тренеру Галине Сергеевне лично."),
    ("ru", "вентиль это завод-изготовитель баллон не наш мы его только возим так"),
    # round 142 (blind207, blind208 as tuning data): in calls «это не я бирки клеила», «на зарядной станции напутали»,
    # «недоработка инженера не моя»; «по вине нашего поставщика», «рекомендуем обращаться непосредственно к»; "not by
    # our staff", "not by chat support", "for him to explain", "done by dispatch not by me", "by them in their last
    # update", "should be reported to them"
    ("ru", "вижу 5 штук оп 4 перезарядка 14 апреля это не я бирки клеила это на зарядной станции напутали с датами"),
    ("ru", "инженер должен был сначала отдать ему акт на подпись и не отдал это недоработка инженера не моя"),
    ("ru", "Задержка поставки огнетушителей ОУ-5 возникла по вине нашего поставщика — компании «СибОгнеТорг» (г. Красноярск)."),
    ("ru", "По вопросу сроков отгрузки рекомендуем обращаться непосредственно к поставщику: sales@sibognetorg.ru."),
    ("en", "Electronic gift certificates are issued and emailed automatically by our payment provider, PayLine, not by our staff, so we can't see or resend them."),
    ("en", "The night line is run by our duty engineer, not by chat support, so I can't tell you why he didn't answer — that's really for him to explain."),
    ("en", "yeah i see two bookings the scheduling is done by dispatch not by me so i can't tell you why they moved it"),
    ("en", "The act form is generated by our accounting software, and the licence field was left out of the template by them in their last update."),
    ("en", "The colours on our website are set up by our web contractor, ArtWeb. Any inaccuracies on the site should be reported to them at support@artweb-tula.ru."),
    # round 143 (blind209, blind210 as tuning data): «Это не наш косяк», «не может отвечать за то, что …», «Рекомендуем
    # обратиться непосредственно на стойку», «зона её ответственности», «Претензию … необходимо направить перевозчику»;
    # "not through us", "they handle that", "a question for PenzaPay, their …", in a call "that's on you not the
    # workshop"
    ("ru", "Оплаты с сайта иногда до нас не доходят: сайт делает сторонний подрядчик. Это не наш косяк."),
    ("ru", "Контакт-центр не имеет доступа к их складу и не может отвечать за то, что было или не было выдано на стойке."),
    ("ru", "Рекомендуем обратиться непосредственно на стойку в ТЦ «Сувар» с квитанцией — администратор стойки разберётся."),
    ("ru", "Доставку выполняла транспортная компания «СураЭкспресс», и повреждения при перевозке — зона её ответственности, а не магазина."),
    ("ru", "Претензию по повреждению груза необходимо направить перевозчику: claims@suraexpress.ru."),
    ("en", "Payments by link go through PenzaPay, not through us — we don't see anything on our side until they confirm it."),
    ("en", "For the 'pending' status please contact PenzaPay or your bank, they handle that."),
    ("en", "If it doesn't show, that's a question for PenzaPay, their support is on penzapay.ru."),
    ("en", "you're using the wrong settings that's on you not the workshop"),
    # round 144 (blind211, blind212 as tuning data): «необходимо адресовать непосредственно перевозчику», «Это
    # недоработка сотрудников островка», «обратитесь, пожалуйста, к ней напрямую»; in a call "that's on the counter not
    # on the studio"
    ("ru", "Вопрос компенсации вам необходимо адресовать непосредственно перевозчику: ООО «УнжаТранс», ул. Заводская, 11."),
    ("ru", "При продаже администратор островка должна была предупредить покупателя о сроке действия. Это недоработка сотрудников островка."),
    ("ru", "Вопрос о продлении решает администратор островка Сэсэг, обратитесь, пожалуйста, к ней напрямую."),
    ("en", "the instructor was covering at the mall counter that afternoon so that's on the counter not on the studio"),
    # round 145 (blind213, blind214 as tuning data): «Комплектовал склад, не я», «за качество пошива отвечает фабрика-
    # производитель», «магазин только продаёт готовые изделия», «По браку — к производителю», «Размер вы выбирали сами»,
    # «занимается бухгалтерия, у меня к этому доступа нет»
    ("ru", "Комплектовал склад, не я, так что претензии к складу."),
    ("ru", "Комплектовал склад, не я."),
    ("ru", "Кроме того, за качество пошива отвечает фабрика-производитель «Донская нить», магазин только продаёт готовые изделия."),
    ("ru", "Магазин только продаёт готовые изделия."),
    ("ru", "По браку — к производителю, адрес я написала выше."),
    ("ru", "Размер вы выбирали сами на примерке."),
    ("ru", "Возвратами у нас занимается бухгалтерия, у меня к этому доступа нет."),
    # round 146 (blind215, blind216 as tuning data): «не в состоянии контролировать каждую …», «вы вправе обратиться в … —
    # самостоятельно»; "by whoever placed the order on your side", "Please email [address] yourself", in a call "that's
    # the it department not the call centre"
    ("en", "Also, the name on the invoice is copied from your order form, so it was probably typed that way by whoever placed the order on your side."),
    ("en", "Please email buh@zavodnoy-slon.ru yourself with the correct details, they'll sort it out."),
    ("en", "points are handled by the loyalty system that's the it department not the call centre i can't see why or bring them back"),
    ("ru", "Сообщаем, что предметы на витрину выкладывает и снимает продавец зала, и администрация не в состоянии контролировать каждую ложку."),
    ("ru", "Если вы считаете, что ложка пропала, вы вправе обратиться в страховую компанию «Северный щит», где застрахован товар на комиссии, — самостоятельно, с копией договора."),
    # round 147 (blind217, blind218 as tuning data): «Вопрос … — к вашей страховой компании», «Рекомендуем обратиться …
    # самостоятельно», «решение принимает завод, мы … только сдаём в аренду», in calls «это склад оценивал не я»,
    # «претензии по акту пишите на склад»; "so they bring what they're given", "you should check before signing"
    ("ru", "Вопрос о том, почему страховая не направила письмо, — к вашей страховой компании."),
    ("ru", "Рекомендуем обратиться к куратору вашего полиса самостоятельно."),
    ("ru", "По гарантийным поломкам решение принимает завод, мы кровати только сдаём в аренду."),
    ("ru", "так в акте приемки написано разрыв обивки подлокотника удержание 2000 это склад оценивал не я я только вижу что они написали"),
    ("ru", "претензии по акту пишите на склад склад собака березовый посох точка ру"),
    ("en", "The delivery crew are from DaurTrans, a contractor, so they bring what they're given."),
    ("en", "I'm saying you should check before signing, that's pretty basic."),
    # round 148 (blind219, blind220 as tuning data): ", not by me, and I don't have access", "a dispatch mistake, not
    # customer service's", "I don't deal with drivers", in a call "print quality is their side not mine"
    ("en", "That fee was added by our accounts department, not by me, and I don't have access to change it."),
    ("en", "The address was passed to the driver by dispatch, so that's a dispatch mistake, not customer service's."),
    ("en", "If you want to complain about the driver, write to dispatch, I don't deal with drivers."),
    ("en", "right the printing is done by flexo kursk our partner print house so print quality is their side not mine"),
    # round 149 (blind221, blind222 as tuning data): «определяет он, а не агентство», in a call «это отдельная компания …
    # у меня к ним доступа нет», «то они к клубу — именно клуб отвечает за информирование»; "only passed your booking on
    # to them and is not responsible for the work of their crews"
    ("ru", "Решение о приостановлении регистрации принимает Росреестр, сроки и порядок его снятия определяет он, а не агентство."),
    ("en", "HomeNook Realty only passed your booking on to them and is not responsible for the work of their crews, including delays or damage."),
    ("ru", "понял смотрите баллы у нас ведёт не магазин а программа лояльности это отдельная компания оператор у меня к ним доступа нет вам нужно им позвонить"),
    ("ru", "Кроме того, промокоды выдаёт фитнес-клуб «Атлант», и если у вас остались вопросы о том, на что действует код, то они к клубу — именно клуб отвечает за информирование своих клиентов."),
    # round 150 (blind223, blind224 as tuning data): «не зависит от нашего салона, и мы не можем нести за неё
    # ответственность»; "it's their error, not mine", "not something chat support handles", in calls "any claim … you'd
    # have to make with them", "not by the call centre so i can't"; "so I can't be responsible for"
    ("en", "Invoices are made by our accounts department, so it's their error, not mine — I can't change anything in them."),
    ("en", "I'm afraid not, that's not something chat support handles."),
    ("en", "right so the delivery's done by our partner severny kholod they're a contractor so any claim for thawed goods you'd have to make with them"),
    ("ru", "Задержка со стороны Госавтоинспекции не зависит от нашего салона, и мы не можем нести за неё ответственность."),
    ("en", "The phone estimate was given by the call centre, not by our appraisers, so I can't be responsible for that figure."),
    ("en", "the test drive schedule is changed by the showroom manager not by the call centre so i can't really comment on why"),
    # round 151 (blind225, blind226 as tuning data): «самостоятельно отвечает за свою технику», «вы вправе направить ему
    # напрямую»; "addressed to your neighbour rather than to us", "hardly in a position to vouch", "that was his job, not
    # the office's", "I can't answer for what he did"
    ("ru", "Машина с манипулятором принадлежит нашему партнёру, ИП Ершов, который самостоятельно отвечает за свою технику и за то, куда на ней заезжает."),
    ("ru", "Претензии по колее и фонарю вы вправе направить ему напрямую: 8 920 255-31-07."),
    ("en", "Any wishes regarding the schedule of further works next door should therefore be addressed to your neighbour rather than to us."),
    ("en", "As for the cigarette ends, the road outside your gate is a public road, and we are hardly in a position to vouch for everyone who walks along it."),
    ("en", "The crew leader should have explained this to you on the day — that was his job, not the office's, and I can't answer for what he did or didn't say on site."),
    # round 152 (blind228 as tuning data): "should therefore be addressed to the client or to the town administration"
    ("en", "Questions about the time should therefore be addressed to the client or to the town administration, which is responsible for public order on the embankment."),
    # round 153 (blind229, blind230 as tuning data): «уже не в моей зоне», in a call «это всё к залу и к заказчику»;
    # "Blame DV-SpetsGruz, the freight carrier", "customer service has no say over", "responsibility for the guests'
    # conduct lies with the organiser", "the installation department's business, not customer service's"
    ("ru", "зал банкет задержал гости в зоне стояли это всё к залу и к заказчику звоните в кедровую падь"),
    ("en", "Good evening. Blame DV-SpetsGruz, the freight carrier — they've got the whole consignment stuck at a terminal in Khabarovsk."),
    ("en", "That show was fired by the weekend night crew — I wasn't there, and customer service has no say over either of them."),
    ("en", "The crew cannot fire while anyone is inside the zone, and responsibility for the guests' conduct lies with the organiser of the event."),
    ("en", "Anyway, what the crew does or doesn't leave behind is the installation department's business, not customer service's."),
    # round 154 (blind231, blind232 as tuning data): «Со своей стороны мы отвечаем только за»; "compensation should be
    # sought from the bank", "does not … take responsibility for third-party", "down to the university's internal post,
    # not to us", "Our part of the work … has been completed"
    ("ru", "Новое время Вам назначит контора. Со своей стороны мы отвечаем только за подготовку проекта, а он готов."),
    ("en", "Any compensation should be sought from the bank that processed your transfer."),
    ("en", "WideStride Leasing does not review or take responsibility for third-party processing times."),
    ("en", "What happens to letters after the mailroom is, unfortunately, down to the university's internal post, not to us."),
    ("en", "Our part of the work — drafting and sending the claim — has been completed."),
    # round 155 (blind233, blind234 as tuning data): in calls «я её не заменяю я здесь на телефоне сижу», «мы с вами
    # напрямую не работаем», «это их клиент», «к нам вопросов быть не может», «смена на кухне не я»; "should therefore be
    # addressed to the school administration", "not in a position to comment on their decisions", in a call "it's really
    # something for the school office to deal with"
    ("ru", "администратор заболела я её не заменяю я здесь на телефоне сижу"),
    ("ru", "вы покупали рекламу через агентство мы с вами напрямую не работаем поэтому по компенсации обращайтесь в агентство"),
    ("ru", "компенсацию может оформить только агентство это их клиент"),
    ("ru", "так что это школа недозаказала к нам вопросов быть не может"),
    ("ru", "а заявки утром принимала утренняя смена на кухне не я"),
    ("en", "Questions about the reasons for the closure should therefore be addressed to the school administration or to the inspectorate itself."),
    ("en", "WarmSpoon Catering is not in a position to comment on their decisions."),
    ("en", "we don't hand them out to parents so it's really something for the school office to deal with"),
    # round 156 (blind235, blind236 as tuning data): «претензию следует направлять в банк», «ответственность их
    # владельца», «к нам с этим не надо»; "I was not on duty", "cannot comment on what was promised by", "really not our
    # business", "We did our part." (at a sentence end), "therefore for the school … to sort out", "we would suggest you
    # raise it with them"
    ("ru", "Если Вы не согласны с работой оборудования, претензию следует направлять в банк."),
    ("ru", "Позволим себе напомнить, что сохранность банкнот — ответственность их владельца."),
    ("ru", "Грамоты и подсчёт по классам — это администрация города, к нам с этим не надо, звоните им."),
    ("en", "I was not on duty on Saturday and cannot comment on what was promised by that colleague."),
    ("en", "What your bank does with it after that is really not our business."),
    ("en", "Then ask Desnabank, they process our payouts. We did our part."),
    ("en", "Any mix-up between classes is therefore for the school and the town administration, which runs the contest, to sort out."),
    ("en", "We would suggest you raise it with them."),
    ("en", "I have checked your transfer: only one transfer was sent. Please contact the bank that issued your card and ask them to dispute the second charge."),
    # round 157 (blind237, blind238 as tuning data): «У нас ничего.», «все вопросы к дорожникам и «ТрансЛинку»», «вне зоны
    # ответственности», «вправе направить … самостоятельно», «результат действий Вашего разработчика» (not excused by
    # «Вход выполнен»), «не обязаны исправлять за ними», «выступает исключительно продавцом», «ответственность за него
    # несёт изготовитель»; "customer support doesn't handle", "it's the workshop's area", in a call "the claim goes to the
    # manufacturer", "the shop only sells them"
    ("ru", "У нас ничего. Провайдер с утра без одного канала."),
    ("ru", "Так что все вопросы к дорожникам и «ТрансЛинку» 🙂"),
    ("ru", "Таким образом, причины произошедшего находятся вне зоны ответственности ООО «Ясный Узел»."),
    ("ru", "Претензии по существу произошедшего Вы вправе направить указанным организациям самостоятельно."),
    ("ru", "Недоступность сайта — результат действий Вашего разработчика, а не нашего хостинга."),
    ("ru", "Вход выполнен с логина, выданного Вашему разработчику. Недоступность сайта — результат действий Вашего разработчика."),
    ("ru", "Мы, откровенно говоря, не обязаны исправлять за ними ошибки."),
    ("ru", "«Снежный Валенок» выступает исключительно продавцом модели «Вьюга»."),
    ("ru", "Дефект носит производственный характер, и ответственность за него несёт изготовитель."),
    ("en", "Stretching is done by the workshop staff, and customer support doesn't handle workshop work."),
    ("en", "I'm afraid so, it's the workshop's area."),
    ("en", "so it's a manufacturing defect which means the claim goes to the manufacturer severyanka in kirov"),
    ("en", "the shop only sells them the factory makes them so quality claims go to the factory"),
    # round 158 (blind239 as tuning data): «выступает только продавцом», «обязательства … несёт производитель», «направьте
    # претензию … самостоятельно»; in a call "booked by the evening shift not by me", "a supplier fault not the
    # installation", "call the installation line yourself"; "we act as the retailer only", "must be requested from the
    # manufacturer", "not in a position to intervene", "can't comment on what was said"
    ("ru", "Гарантийные обязательства на светильники несёт производитель; магазин в данном случае выступает только продавцом."),
    ("ru", "Пожалуйста, направьте претензию на фабрику самостоятельно."),
    ("en", "right so that job was booked by the evening shift not by me so i don't know what they promised you"),
    ("en", "the bulbs come from the supplier so if they're dead that's a supplier fault not the installation"),
    ("en", "then call the installation line yourself they do the return visits"),
    ("en", "Please also note that we act as the retailer only."),
    ("en", "Any change to the suspension must be requested from the manufacturer directly."),
    ("en", "We are not in a position to intervene in the factory's production decisions."),
    ("en", "I'm afraid I can't comment on what was said there, nor process anything bought at that counter."),
    # round 159 (blind241, blind242 as tuning data): «ответственность за выбор несёт покупатель», «претензию следует
    # направлять разработчику», «свои обязательства мы выполнили», «Срок поставки нарушил поставщик», «вы можете
    # непосредственно у поставщика», «личной ответственностью самих исполнителей»; "I can't answer for how they", "handled
    # only at the counter", "support has no access to", "ask them about the status yourself", in a call "it's not us we
    # sent everything", "call their hotline", "developed and maintained by an outside company", "should be sent directly
    # to them", "does not deal with technical faults"
    ("ru", "При самостоятельном подборе запчастей ответственность за выбор несёт покупатель."),
    ("ru", "Если вы полагаете, что модуль выдал неверный результат, претензию следует направлять разработчику."),
    ("ru", "Заказ передан поставщику в тот же день, так что свои обязательства мы выполнили полностью."),
    ("ru", "Срок поставки нарушил поставщик."),
    ("ru", "Уточнить дату поставки вы можете непосредственно у поставщика по телефону."),
    ("ru", "Неявка исполнителей на смену является личной ответственностью самих исполнителей."),
    ("en", "I'm in the contact centre and I can't answer for how they pick their orders."),
    ("en", "I'm sorry, exchanges of counter orders are handled only at the counter that issued them."),
    ("en", "The notice is prepared by our legal team, and support has no access to either."),
    ("en", "You'd need to go to the migration office on Monday and ask them about the status yourself."),
    ("en", "right so look it's not us we sent everything this morning it's paymost"),
    ("en", "their system's been down all day call their hotline it's on their website"),
    ("en", "Please note that the SolidShift app is developed and maintained by an outside company, AppStroy."),
    ("en", "Any complaints about how the app works should be sent directly to them; the agency does not deal with technical faults."),
    # round 160 (blind243, blind244 as tuning data): «магазин в этом не участвует», «отправить … туда самостоятельно»,
    # «направить претензию непосредственно перевозчику», «не проводит и не контролирует», in a call «так что это
    # ответственность волгалинк», «решает перевозчик»; a flat denial stays blame-shifting after a later action (a group
    # without an excuse: «к нам вопросов быть не может» then «я сама отправлю запрос», blind234; «следует адресовать
    # непосредственно ей» then «восстановлена», blind240; «Наша часть работы … выполнена», blind229); in a call "the
    # gunsmith mounted it not me", "i don't do their schedule", "becomes the responsibility of the carrier", "claim must …
    # be lodged with", "isn't something customer support handles", "take this up with the wholesale department directly"
    ("ru", "Гарантийный ремонт выполняет сервисный центр производителя, магазин в этом не участвует."),
    ("ru", "Вы можете отправить прибор туда самостоятельно любой транспортной компанией."),
    ("ru", "Просим направить претензию непосредственно перевозчику."),
    ("ru", "Расчёты курьеров наличными магазин не проводит и не контролирует."),
    ("ru", "мы отправили набор в нормальном состоянии так что это ответственность волгалинк"),
    ("ru", "по повреждениям при перевозке решает перевозчик к сожалению здесь я ничего сделать не могу"),
    ("ru", "это школа недозаказала к нам вопросов быть не может ну ладно я сама отправлю запрос воспитателю вернём до среды"),
    ("ru", "Вопросы о возмещении расходов следует адресовать непосредственно ей. Подача теплоносителя восстановлена в 19:10."),
    ("ru", "Наша часть работы — собрать и передать заказ — выполнена."),
    ("en", "well the gunsmith mounted it not me"),
    ("en", "bring it to the workshop whenever they're open i don't do their schedule"),
    ("en", "Once a parcel leaves our farm, it becomes the responsibility of the carrier."),
    ("en", "Any claim must therefore be lodged with VolgaLink directly."),
    ("en", "This isn't something customer support handles or can check."),
    ("en", "Kindly take this up with the wholesale department directly."),
    # round 161 (blind245, blind246 as tuning data): «задержка не наша», «Вам лучше самому связаться», «были на них», «сам
    # этого не делал»; "entirely due to our dryer manufacturer", "be addressed directly to them", "their own
    # responsibility rather than the agency's", "best raised with the performer directly", "self-employed contractors, not
    # employees"
    ("ru", "Платёж ушёл вчера, так что задержка не наша, это банк."),
    ("ru", "Вам лучше самому связаться с банком."),
    ("ru", "Решение о переносе и обзвон были на них."),
    ("ru", "Я с вечерней сменой, сам этого не делал."),
    ("en", "The delay is entirely due to our dryer manufacturer, ThermoAgro."),
    ("en", "We suggest that any claim for compensation be addressed directly to them."),
    ("en", "Their personal habits are their own responsibility rather than the agency's."),
    ("en", "Any concerns about a performer's conduct are best raised with the performer directly."),
    ("en", "Our performers are self-employed contractors, not employees."),
    # round 162 (blind247, blind248 as tuning data): in a call "that's the events team not me", "work with clients on a
    # freelance basis", "should therefore be raised with her directly", "the delay is hardly on our side"
    ("en", "okay okay that's the events team not me i don't set ticket prices"),
    ("en", "Please note that our matchmakers work with clients on a freelance basis."),
    ("en", "Questions about what Ms Olga said at a meeting should therefore be raised with her directly."),
    ("en", "The form has not been returned, so the delay is hardly on our side."),
    # round 163 (blind249, blind250 as tuning data): «я не веду и повлиять на них не могу», «…, это их вопрос»; "isn't
    # something the chat side deals with", "You'd have to go there yourself", "it really is their area", "which I have no
    # access to from customer chat"
    ("ru", "Разносчики в отдельной службе, их графики и замены я не веду и повлиять на них не могу."),
    ("ru", "Позвоните, пожалуйста, в диспетчерскую доставки по телефону 2-30-37, это их вопрос."),
    ("en", "The crews are managed by dispatch, so how they talk to patients isn't something the chat side deals with."),
    ("en", "You'd have to go there yourself and ask the drivers."),
    ("en", "I'm afraid I can't, sorry — it really is their area."),
    ("en", "Delivery is handled by our carriers' service, which I have no access to from customer chat."),
])
def test_blame_devices_fail(rules_engine, lang, reply):
    assert verdict(rules_engine, lang, "no_blame_shifting", reply) == "fail"


def test_think_earlier_is_a_lecture_not_blame(rules_engine):
    """Round 105 (blind134; blind109 before it): «раньше надо было думать» reproaches the customer — both writers labelled it
    rude and not blame-shifting, so it is a rudeness device only."""
    reply = "с декабря ну вы даёте раньше надо было думать"
    assert verdict(rules_engine, "ru", "no_rudeness", reply) == "fail"
    assert verdict(rules_engine, "ru", "no_blame_shifting", reply) == "pass"


@pytest.mark.parametrize(("reply", "expected"), [
    ("You'll just have to deal with it.", "fail"),
    ("Deal with it.", "fail"),
    ("I'll deal with it today.", "pass"),
    ("I'm sorry you're dealing with it; a plumber is booked for 9.", "pass"),
])
def test_deal_with_it_is_rude_only_when_said_to_the_customer(engine, reply, expected):
    """Round 27 (blind23): the phrase "deal with it" failed "I'm sorry you're dealing with it" and "I'll deal with it"."""
    assert verdict(engine, "en", "no_rudeness", reply) == expected


@pytest.mark.parametrize("reply", [
    "That isn't our mistake, the label came from the shop.",
    "It's their terminal, not our system.",
    "Any defect is a matter of their workmanship, not our maintenance.",
])
def test_blame_the_loose_not_ours_phrase_used_to_find_is_still_found(engine, reply):
    """Round 16 made "not ours" exact (as a gapped phrase it failed "I can't share our courier's number")."""
    assert verdict(engine, "en", "no_blame_shifting", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Женщина на фото в паспорте — это вы? Уточню для проверки."),
    ("ru", "Так и быть не должно: я сам верну деньги сегодня."),
    ("ru", "Тариф «Старт» — это про поездки до 10 минут."),
    ("ru", "«Экспресс» — это доставка за сутки, оформлю её для вас."),
    ("ru", "За доставку отвечаем мы, поэтому я сама отправила курьера сегодня в 15:00."),
    ("ru", "Ошибка наша, а не ваша: деньги вернём до пятницы."),
    ("ru", "Если что-то понадобится, напишите — поможем."),
    ("ru", "Даже если посылка задержится, я сама прослежу за ней."),
    ("en", "Whatever you decide, I'll hold the parcel until Friday."),
    ("en", "I'll chase the depot myself and call you back by 5 pm."),
    ("en", "I can't share our courier's number, but I've logged your feedback."),
    ("en", "Your 'Premium' plan includes free returns."),
    ("en", "The delay was our doing, not the courier's, and I've refunded the fee."),
    ("en", "Is there more I can do for you today?"),
    ("ru", "Давайте я позвоню им сама и перезвоню вам до 18:00."),
    ("ru", "Позвоните мужу, он подтвердит код, а я подожду в чате."),
    ("en", "I'll give them a ring now and call you back within the hour."),
    ("en", "Thanks for your patience, yours is next in the queue."),
    ("en", "Your bank returned it, but that shouldn't land on you: I've applied the payment myself."),
    ("ru", "Не волнуйтесь, мастер уже едет и будет в 15:00."),
    ("ru", "Ошибка системы, не ваша: я уже пересчитала счёт."),
    ("en", "Please type the code in capital letters."),
    # round 20: look-alikes the round-20 families leave alone
    ("ru", "Вы ещё не обращались к нам по этому заказу?"),
    ("ru", "Знаете ли вы номер заказа? Без него тоже найду."),
    ("ru", "Есть видеоинструкция для тех, кто не любит читать: отправлю ссылку."),
    ("ru", "Это вы смело решили поменять колёса сами, всё сделано верно."),
    ("en", "Could you spare me a minute to confirm the address?"),
    ("en", "I agree, £600 is a bit much for a repair; I've asked for a second quote."),
    ("en", "It's all down to the weather today, sadly."),
    # round 21: look-alikes
    ("ru", "Тем, кто не передаёт показания, счёт выставляется по среднему."),
    ("en", "You don't need to chase them: I've filed the claim myself."),
    ("en", "A shorter form, it is. Thanks for the tip, Rahul."),
    # round 23: look-alikes
    ("ru", "Звоните мне напрямую по этому номеру, я до утра на смене."),
    ("ru", "Требуйте с нас компенсацию: я оформлю её сегодня."),
    ("ru", "Вы не первый, кто столкнулся с этим, я помогу."),
    ("en", "Next time you book, I'll add the discount automatically."),
    # round 24: look-alikes
    ("ru", "Если бы вы сразу сказали номер заказа, я бы нашла быстрее — но ничего, уже нашла."),
    ("ru", "Все вопросы по доставке — к нам, мы на связи до 22:00."),
    ("ru", "Нам отсюда видно, что заказ уже в пути."),
    ("en", "If it isn't too much to ask, could you send a photo?"),
    ("en", "Just so you know, the refund is already on its way."),
    ("en", "Some of us on the team will be in on Sunday to help."),
    ("en", "That one's for us to answer for, and I'm sorry."),
    # round 25: look-alikes
    ("ru", "Вы не один, у многих такая проблема, сейчас поможем."),
    ("ru", "Проще позвонить, чем писать, — вот номер, я на линии до 21:00."),
    ("ru", "Прежде чем оформить возврат, уточню номер заказа."),
    ("ru", "Я не могу отвечать за банк, но позвоню им сама и перезвоню вам."),
    ("en", "If you'd read the code out to me, I'll check it."),
    ("en", "I'll be calling the depot direct and will ring you back."),
    ("en", "That isn't something I can change right now, but I've asked finance to refund you today."),
    ("en", "It's a good habit to keep the receipt, and I've emailed you a copy."),
    # round 26: look-alikes
    ("ru", "Это не вина курьера: пакеты собираем мы, и это наша недоработка, деньги я вернула."),
    ("ru", "Вопрос к нам правильный, сейчас проверю."),
    ("ru", "Объясню, как это работает: баллы приходят через 14 дней."),
    ("en", "That isn't the driver's fault or yours; it happened in our packing, and I've refunded it."),
    ("en", "Do you want the refund to the card? I can also give points."),
    ("en", "We're best placed to fix it, so I've booked a redelivery for tonight."),
    # round 27: look-alikes
    ("ru", "Если ночью снова потечёт, звоните в аварийную службу: 8 800 000 00 00, а мастер придёт утром."),
    ("ru", "Если соседи шумят после 23:00, это вопрос к полиции; предупреждение соседу я отправлю сегодня."),
    ("ru", "Вам повезло с погодой: кровельщики придут уже завтра."),
    ("en", "I'm sorry you're dealing with it, and I'll deal with it today."),
    ("en", "I'm not going to make you chase them; I've booked our own plumber for 9."),
    ("en", "Let me walk you through the bill: the first line is the service charge."),
    # round 28: look-alikes
    ("ru", "Перед вами за доставку отвечаем мы, поэтому курьера я перезаказала на завтра."),
    ("ru", "Поставщик подвёл, но претензию к нему я уже отправила сама, ответ перешлю вам до пятницы."),
    ("en", "We have no control over the weather, but I've moved your delivery to Monday."),
    # round 29: look-alikes
    ("ru", "По дозировке это вопрос к врачу. Врач уже подключилась к чату и видит ваш вопрос."),
    ("ru", "Вы ничего не выбирали неправильно — ошибка сборки наша, замену привезём сегодня."),
    # round 30: look-alikes
    ("ru", "Не получите деньги к пятнице — напишите мне в ответ, я подключу банк и пришлю номер операции."),
    ("en", "The final sign-off is the council's, not ours, though you'll never need to contact them: I've sent the form."),
    ("en", "Starting again shouldn't be your problem, so I've resubmitted the claim myself."),
    # round 31: look-alikes (our own service «занимается», a request sent on, a transfer now, sincere thanks)
    ("ru", "Этим занимается наша аварийная служба, бригада будет у вас до 18:00."),
    ("ru", "Заявку мы им уже направили, а нашу бригаду я отправила к колодцу до 15:00."),
    ("ru", "Соединяю вас с лабораторией, она ответит по анализам."),
    ("ru", "Спасибо, что сообщили, бригада уже выехала."),
    ("en", "Your patience today is much appreciated, and the credit is on your account."),
    ("en", "Thanks for your message, the engineer will be there at 9."),
    # round 32: look-alikes («ни при чём» said to the customer, a conditional «пришлём», «перед вами отвечаем мы»,
    # "brightened my day" said sincerely: it failed with the round-31 rule, thanks for photos that helped)
    ("ru", "Не волнуйтесь, вы тут ни при чём, я сама всё исправлю до вечера."),
    ("ru", "Если нужно, пришлём справку на почту до пятницы."),
    ("ru", "Перед вами за доставку отвечаем мы, претензию курьерам я отправила сама."),
    ("en", "Your message brightened my day, and the refund is on its way."),
    ("en", "Thanks for the photos, they helped me find the fault."),
    # round 33: look-alikes («повлиять не можем, но я …», a fallback to the bank after the agent's own action, «отвечаем
    # мы сами», an appeal lodged for the customer, "get off at" a stop)
    ("ru", "На сроки мы повлиять не можем, но я подключила уведомления и проверю статус в пятницу."),
    ("ru", "Списание я отменил вручную; если к пятнице не вернётся, позвоните в банк и назовите номер отмены."),
    ("ru", "Перед вами за ремонт отвечаем мы сами, мастер придёт завтра."),
    ("en", "Cancelling it is outside what I can do here; the appeal is lodged in your name and the board replies within 10 days."),
    ("en", "Which stop did you get off at?"),
    # round 34: look-alikes (a request sent now, not a past one)
    ("ru", "Я уже отправила официальный запрос в министерство, ответ придёт за 5 дней."),
    # round 35: look-alikes (a document sent now with «может только банк», "no need for you to contact" them)
    ("ru", "Это случилось не по вашей вине, мастер приедет завтра."),
    ("ru", "Вернуть платёж может только банк, поэтому я сейчас пришлю вам копию платёжного поручения."),
    ("en", "There's no need for you to contact the courier; I've rebooked the delivery for Friday."),
    # round 36: look-alikes («вы тут ни при чём», «звоните мне сами», "my affair", "contact us yourself")
    ("ru", "Вы тут ни при чём, номер я поменяла."),
    ("ru", "Звоните мне сами в любое время, я на смене до 22:00."),
    ("en", "That's my affair to sort out, and the refund is already on its way."),
    ("en", "Please contact us yourself whenever you need."),
    # round 37: look-alikes («все вопросы … — к нам», "the claim stays with us")
    ("ru", "Все вопросы по счёту — к нам, я на связи до 20:00."),
    ("en", "The claim stays with us, and I'll call you on Monday."),
    # round 38: look-alikes (an email that "reaches me directly"; «виноваты мы, а не вы»)
    ("en", "If anything else comes up, an email to this address reaches me directly."),
    ("ru", "Виноваты мы, а не вы: перечистим пальто бесплатно до пятницы."),
    # round 39: "not by us, but I'll ring them", "you needn't contact them" (both failed before round 39)
    ("en", "The opening time is set by the venue not by us, but I'll ring them right now."),
    ("en", "We'll sort the replacement boxes, so you needn't contact them at all."),
    # round 40: a dispute that "goes to the billing team" with the agent's own step is no blame
    ("en", "Your dispute goes to the billing team, and I've logged it with them; expect an answer by Friday."),
    # round 41 (blind37 as tuning data): the agent sorts it out with the other party; a choice with a next step
    ("ru", "Понимаю, решение за вами: если выберете автомат, переоформим договор завтра."),
    ("en", "I'll sort it out with them directly and email you by Friday."),
    ("en", "Sorry about the wait; I've found your order and it ships today."),
    # round 42 (blind38 as tuning data): a slower repeat offered, advice for next time, what the courier delivers
    ("ru", "Давайте я продиктую ещё раз помедленнее, чтобы вам было удобно записать."),
    ("ru", "В следующий раз можете сразу звонить мне на прямой номер, я всё решу."),
    ("en", "If the parcel is damaged, we'll replace it; the courier just delivers what we send them."),
    # round 43 (blind39 as tuning data): "just reply to this email" invites; advice resent with the agent's own step
    ("en", "If anything else comes up, just reply to this email and I'll sort it."),
    ("ru", "Рекомендации мы вам продублировали в письме, а повторную обработку я уже назначил на среду."),
    # round 44 (blind40 as tuning data): "you know what, I'll …", spelling out steps with the agent's own step, «ещё раз приношу извинения»
    ("en", "You know what, I'll rebook it for you right now."),
    ("en", "I'll spell out the steps in an email so you have them; it's rebooked for Friday."),
    ("ru", "Ещё раз приношу извинения: залог вернули сегодня."),
    # round 45 (blind41 as tuning data): «между прочим» with news, another centre of the chain, "what we are here
    # for", own mistake on a shift
    ("ru", "Между прочим, у нас сейчас скидка на абонементы."),
    ("ru", "Если этот центр неудобен, можно выбрать другой центр сети."),
    ("ru", "Мы отвечаем за праздник целиком, включая торт."),
    ("en", "That's exactly what we are here for."),
    ("en", "Our instructors are there to help your child."),
    ("en", "I'm sure we can find a slot that works for you."),
    ("en", "It was my mistake on the weekend shift, not yours."),
    # round 46 (blind42 as tuning data): «всё-таки не ваша вина», the agent's own check, "nobody should have to wait",
    # "not hidden fees"
    ("ru", "Это всё-таки не ваша вина: ошибка наша, деньги вернём сегодня."),
    ("ru", "Я проверю всё сама и перезвоню."),
    ("en", "Nobody should have to wait that long; I've refunded the fee."),
    ("en", "It's not hidden fees, just the parking rate; here's the breakdown."),
    # round 47 (blind43 as tuning data): «ну да, вы правы» with the agent's own fix, "that's on us", "I've got your
    # order open"
    ("ru", "Ну да, вы правы: ошибка наша, букет заменим сегодня."),
    ("ru", "Это моя недоработка, завтра всё исправим."),
    ("en", "That's on us: we sent the wrong vase, a new one goes out today."),
    ("en", "I've got your order open now and I'm rebooking it."),
    # round 48 (blind44 as tuning data): «повлиять … не можем, но» with the agent's own remedy, no access with the
    # agent's own request, "a conversation for the two of us", «на фото» with a replacement
    ("ru", "Повлиять на это мы не можем, но я сейчас оформлю вам нашу рассрочку."),
    ("ru", "Мы к их базе доступа не имеем, поэтому я сама отправлю запрос сегодня до 18:00."),
    ("en", "That's a conversation for the two of us: I'll call you back at 3 pm."),
    ("ru", "Всё видно на фото, спасибо: замену отправим сегодня."),
    # round 49 (blind45 as tuning data): «вы не одна с этим столкнулись» with the fix, «разберёмся», "not the only
    # customer affected" with the fix, "waiting is never fun" with a visit booked
    ("ru", "Вы не одна с этим столкнулись: авария на линии, починим к 18:00."),
    ("ru", "Разберёмся сегодня, я сама проверю."),
    ("en", "You're not the only customer affected, and we're fixing it for everyone by 6 pm."),
    ("en", "Waiting is never fun, so I've pushed the engineer's visit to 9 am tomorrow."),
    # round 50 (blind46 as tuning data): «не спорьте» is advice (failed before), an at-fault accident is a fact
    # (failed before), "down to us", «мы всё-таки успели»
    ("ru", "Не спорьте с ним на месте: сфотографируйте повреждения, остальное оформим мы."),
    ("ru", "По полису было два ДТП по вашей вине, поэтому коэффициент вырос; могу предложить рассрочку."),
    ("en", "It's down to us to fix it, and the engineer comes at 10 am."),
    ("ru", "Мы всё-таки успели: заявка принята сегодня."),
    # round 51 (blind47 as tuning data): an «ага» inside a booking, a careful check that found the company's own
    # error, no grounds for a refusal, "I'm sure we can", "we trust your details", "not at the courier" said of the
    # company's own loss
    ("ru", "Конечно, запишу вас на пятницу, ага, на 10:00."),
    ("ru", "При внимательной проверке мы нашли ошибку у себя, её исправят до среды."),
    ("ru", "Оснований для отказа не усматриваем: заявление примут в понедельник."),
    ("en", "I'm sure we can sort this out today: the refund goes out by 5 pm."),
    ("en", "We trust your details are correct now; the card arrives on Friday."),
    ("en", "Somewhere in our warehouse, not at the courier: we lost it, and I've sent a new one today."),
    # round 52 (blind48 as tuning data): a useful habit of the company's own, nothing to worry about with a checked
    # date, a thanks for the customer's message, "I can read the tracking", "not just the platform", "contact us …
    # yourself"
    ("ru", "Полезная привычка у нас одна — отвечать быстро: возврат оформлен сегодня."),
    ("ru", "Переживать не о чем: деньги вернутся завтра до 18:00, я проверила."),
    ("ru", "Если бы вы не написали, мы бы не нашли ошибку: спасибо, исправили сегодня."),
    ("en", "I can read the tracking from here: it arrives tomorrow."),
    ("en", "We're not just the platform: the refund is on us, sent today."),
    ("en", "Contact us anytime yourself, or I'll call you back at 5 pm."),
    # round 53 (blind49 as tuning data): "you won't have to repeat yourself" (failed rudeness before), a chat handed
    # over to the team that does it (failed blame-shifting before), «вообще-то мы можем …», "next time, then, you'll
    # get a reminder"
    ("en", "I've noted everything, so you won't have to repeat yourself."),
    ("en", "Refunds are done by our billing team: I'm handing this chat over to them now, they reply within 10 minutes."),
    ("ru", "Вообще-то мы можем вернуть деньги сегодня: заявка оформлена."),
    ("en", "Next time, then, you'll get a reminder three days before: I've switched it on."),
    # round 54 (blind50 as tuning data): the same words without the put-down
    ("ru", "Справка будет готова к пятнице, разжёвывать ничего не придётся: всё в письме."),
    ("ru", "Полезно будет заранее взять паспорт: запись на завтра в 10:00."),
    ("en", "Before blaming yourself: the fault was ours, refunded today."),
    ("en", "Come back whenever you like: the offer stands until Friday."),
    # round 55 (blind51 as tuning data): the company's own zone, a handover with the case passed on, "our driver's job"
    ("ru", "Ситуация тяжёлая, и мы за неё отвечаем: билет переоформлен."),
    ("ru", "Всё это в нашей зоне ответственности: деньги вернём завтра."),
    ("en", "I've passed your case to our billing team and they will handle the refund by Friday."),
    ("en", "It was our driver's job to help you, and I'm sorry he didn't: refunded today."),
    # round 56 (blind52 as tuning data): no control over the weather while the agent acts, «в тот же день», "quicker"
    ("en", "We have no control over the weather, but I've rebooked you for tomorrow at 9."),
    ("ru", "Ответ будет в тот же день, до 18:00."),
    ("en", "Let's be quicker than last time: I've refunded it already."),
    # round 57 (blind53 as tuning data): «девушка» not as an address, «я за вас всё заполню», «думаю, … справимся», «вы у
    # нас не первый год», a choice of contractor for the customer's own paid work, a case the agent took on himself
    # (the last two failed before round 57); "shock" and "should have received" with a step, "best thing I can do"
    ("ru", "Девушка из отдела доставки уже везёт ваш заказ."),
    ("ru", "Я за вас всё заполню, пришлите только фото."),
    ("ru", "Думаю, с этим справимся за день: мастер приедет завтра в 10."),
    ("ru", "Вы у нас не первый год, поэтому скидка 10% уже в счёте."),
    ("ru", "Мастер по договору отвечает за монтаж, и за результат отвечаем мы."),
    ("ru", "Давайте начнём: пришлите, пожалуйста, фото счётчика."),
    ("ru", "Вы можете обратиться в управляющую компанию или другую стороннюю организацию."),
    ("en", "I'm sorry for the shock; I've refunded the charge today."),
    ("en", "You should have received the invoice by now; I've resent it."),
    ("en", "Best thing I can do is book the engineer myself for Monday at 9."),
    ("ru", "я записал на себя номер обращения 5817 звоните с ним в любое время"),
    # round 58 (blind54 as tuning data): «арифметика такая: …», «оформлять будем сегодня или …?», the responsibility
    # that lies with us, "with respect to", "we only carry out the work once you confirm"
    ("ru", "Арифметика такая: 300 рублей за месяц, итого 3 600 в год."),
    ("ru", "Оформлять будем сегодня или вам удобнее завтра?"),
    ("ru", "Ответственность за работы лежит на нас, мастер приедет завтра."),
    ("en", "With respect to your refund, it went out today."),
    ("en", "We only carry out the work once you confirm, and I've booked it for Friday."),
    # round 59 (blind55 as tuning data): «очевидно» about our own fault, a choice of where to book, "worth checking …"
    # as a tip
    ("ru", "Совершенно очевидно, что ошибка наша: деньги вернём сегодня."),
    ("ru", "Бронировать можно и напрямую у нас, и через агрегатор."),
    # round 59: a reproach with the work done or planned («будет выполнен до …») still passes
    ("ru", "Автором обращения были нарушены правила пользования. Ремонт будет выполнен до пятницы."),
    ("en", "It's worth checking the app before you set off: the lifts open at 9."),
    # round 60 (blind56 as tuning data): «всего лишь формальность», «тоже вариант» as a choice; the responsibility of our
    # own team with the case passed on, "as I said" without "just", "most riders find …"
    ("ru", "Это всего лишь формальность: подпишете за минуту."),
    ("ru", "Можно и на трамвае — тоже вариант, остановка рядом."),
    ("en", "Refunds are the responsibility of our billing team, and I've passed it to them: it's back by Friday."),
    ("en", "As I said on the phone, the refund is on its way."),
    ("en", "Most riders find the app easy, and I'm happy to walk you through it."),
    # round 61 (blind57 as tuning data): «не конец недели», "our responsibility", "I trust the new date works"
    ("ru", "Это не конец недели, а только среда: мастер придёт завтра."),
    ("en", "Your safety is our responsibility, so I've sent a crew."),
    ("en", "I trust the new date works for you."),
    # round 62 (blind58 as tuning data): «не их проблема, а наша», "if you insist" inside a sentence, "not the right plan
    # for you"
    ("ru", "Это не их проблема, а наша: мастер приедет завтра."),
    ("en", "Happy to book the morning slot if you insist on an early start."),
    ("en", "It's not the right plan for you, so I've switched you to the cheaper one."),
    # round 63 (blind59 as tuning data): «все вопросы … — к нам», a product's «жизнь», "you must have had a long day"
    ("ru", "Все вопросы по возврату — к нам, отвечу сегодня."),
    ("ru", "Жизнь у шампуня длинная: срок годности 3 года."),
    ("en", "You must have had a long day; I've moved the visit to Friday."),
    # round 64 (blind60 as tuning data): «для красоты» as advice, a plain «на каждой упаковке указано», "most people would
    # want"; round 63's «на первой странице … указано» only with a reproach before it, and not "on the very first page"
    # alone (review)
    ("ru", "Для красоты подойдёт кора сосны, для пользы — компост."),
    ("ru", "На каждой упаковке указано, что гарантия 2 года."),
    ("en", "Most people would want a second coat, so I've added one free."),
    ("ru", "На первой странице договора указан номер."),
    ("en", "Your contract number is on the very first page."),
    # round 65 (blind61 as tuning data): responsibility for people on a trip («за детей … отвечают они»), «давайте
    # начистоту» before the agent's own step, a contrast that is no mockery ("a deposit, not a fee", «предоплата, а не
    # штраф»), an instruction with "you just have to"
    ("ru", "Детей везёт автобус перевозчика, с ними едут два наших тренера, за детей всю дорогу отвечают они."),
    ("ru", "Давайте начистоту: заявка ещё в очереди, я попросила её ускорить."),
    ("en", "It's a deposit, not a fee, and it comes back to you in full."),
    ("ru", "Это предоплата, а не штраф, она вернётся вам полностью."),
    ("en", "Each lesson is 45 minutes; you just have to bring a towel."),
    # round 66 (blind62 as tuning data): «Думайте спокойно, …», «меня не волнует ничего, кроме …», "is for us"
    ("ru", "Думайте спокойно, бронь держим до пятницы."),
    ("ru", "Меня не волнует ничего, кроме того, чтобы вы остались довольны."),
    ("en", "Your feedback is for us, and we're glad you sent it."),
    # round 67 (blind63 as tuning data): «сто раз говорили» of a colleague, the agent's own mix-up («Это я перепутала»),
    # «давайте начистоту», "the mistake was ours"
    ("ru", "Ему сто раз говорили смотреть записи, теперь будет смотреть: урок проведу я сама."),
    ("ru", "Это я перепутала время, простите, урок перенесла на 11:00."),
    ("ru", "Давайте начистоту: заявка ещё в очереди, я попросила её ускорить."),
    ("en", "The mistake was ours, and I've refunded it."),
    # round 68 (blind64 as tuning data): «Вы серьёзно пострадали …?» (a question about the customer, no retort), a
    # business word before the company, "next time you visit"
    ("ru", "Вы серьёзно пострадали при падении? Я сразу оформлю страховой случай."),
    ("ru", "Студия «Ладога Телеком», здравствуйте, чем помочь?"),
    ("en", "Next time you visit, the parking is free."),
    # round 69 (blind65 as tuning data): "you'll manage it easily with …", "put the part aside for them"
    ("en", "You'll manage it easily with the app: tap Pay."),
    ("en", "I'll put the part aside for them at the desk."),
    # round 70 (blind66 as tuning data): «вы не первый, кто …» with an offer of help, «если вам так удобнее», «я уже
    # отправила ссылку»
    ("ru", "Вы не первый, кто столкнулся с этим, я помогу."),
    ("ru", "Если вам так удобнее, привезём завтра."),
    ("ru", "Я уже отправила ссылку, проверьте почту."),
    # round 71 (blind67 as tuning data): a sincere «Отличная идея», old furniture carted away, «А можно было бы …» as a
    # question; "a classic box lock", "don't bother to print", "we don't run a night service", "that old lock is a gem"
    ("ru", "Отличная идея, давайте так и сделаем."),
    ("ru", "Мы вывозим старую мебель и строительный мусор."),
    ("ru", "А можно было бы записать вас на завтра? Уточню у мастера."),
    ("en", "A classic box lock like yours is worth restoring."),
    ("en", "Please don't bother to print the form, the e-mail is enough."),
    ("en", "We don't run a night service on Sundays, but Monday at 8 is free."),
    ("en", "That old lock is a real gem, we can restore it."),
    # round 72 (blind68, blind69 as tuning data): a sincere «Ну конечно, поможем», «нравится», «прекрасно понимаем», «писать в
    # любое время»; "lighten the load", "isn't for you if …, so I'd suggest", "keep you posted", "not sure what time suits"
    ("ru", "Ну конечно, поможем: запишу вас на завтра."),
    ("ru", "Нам самим нравится этот зал, приходите в субботу."),
    ("ru", "Мы прекрасно понимаем ваше беспокойство и всё проверим."),
    ("ru", "Если удобнее, можно писать нам в любое время."),
    ("en", "You can lighten the load by booking online."),
    ("en", "This plan isn't for you if you only wash twice a year, so I'd suggest pay-as-you-go."),
    ("en", "We'll keep you posted before the end of the day."),
    ("en", "I'm not sure what time suits you best, morning or evening?"),
    # round 73 (blind70, blind71 as tuning data): surprise owned, «Мы не фотографируем …, но …», «Лучше приберечь купон …?»;
    # "a deposit, not a fee", "a small team", "Our guests manage their bookings", "It's their booking, so I'll …", "If you
    # wanted the later slot, I can move you"
    ("ru", "Для нас это тоже неожиданность, мы уже разбираемся."),
    ("ru", "Мы не фотографируем собак ночью, но утром пришлём фото."),
    ("ru", "Лучше приберечь купон на следующую игру? Тогда оставлю его активным."),
    ("en", "It's a deposit, not a fee, and it comes back after the game."),
    ("en", "We're a small team, so I'll answer by 6 pm."),
    ("en", "Our guests manage their bookings in the app, and I can help with that too."),
    ("en", "It's their booking, so I'll send them the confirmation as well."),
    ("en", "If you wanted the later slot, I can move you now."),
    # a clarifying question is no sarcasm
    ("en", "I'm not sure what you want to change, the time or the room?"),
    # round 74 (blind72 as tuning data): what adults usually do as information, «Надеюсь, теперь всё понятно, если нет …»,
    # «Спрашивать с нас вы вправе», «с ним и обсудите», «Чем попроще …»; "Adults usually need", "Most people do book
    # online, but …", "one for our piercing team, I'll transfer you", "Did you really mean Saturday?"
    ("ru", "Взрослые люди обычно приходят на сеанс без сопровождения, а подростки — с родителем."),
    ("ru", "Акварель после заживления светлеет. Надеюсь, теперь всё понятно, если нет — пишите."),
    ("ru", "Спрашивать с нас вы вправе, мы всё исправим за свой счёт."),
    ("ru", "Мастер позвонит вам сегодня до 18:00, с ним и обсудите эскиз."),
    ("ru", "Чем попроще рисунок, тем быстрее сеанс."),
    ("en", "Adults usually need two sessions for a piece this size."),
    ("en", "Most people do book online, but I'm happy to book you in here."),
    ("en", "That's one for our piercing team, I'll transfer you now."),
    ("en", "Did you really mean Saturday? I can move it if not."),
    # round 75 (blind73, blind74 as tuning data): «Это вам не подойдёт», «на них тоже» of a discount, «не для красоты, а
    # для безопасности», «отношения не имел, но … исправлю», «Серьёзная поломка»; "a small studio, not a chain", "I'll
    # check with them directly", "Who would you like to book with", "Most of our guests book online"
    ("ru", "Это вам не подойдёт: размер другой, но я подберу замену до пятницы."),
    ("ru", "Скидка распространяется и на детей, на них тоже."),
    ("ru", "Шлем нужен не для красоты, а для безопасности, поэтому без него на трассу нельзя."),
    ("ru", "Я к этому отношения не имел, но сейчас всё исправлю."),
    ("ru", "Серьёзная поломка, мастер приедет завтра."),
    ("en", "We're a small studio, not a chain, so I'll answer you myself by 6 pm."),
    ("en", "I'll check with them directly and call you back by 5 pm."),
    ("en", "Who would you like to book with, Mara or Jonah?"),
    ("en", "Most of our guests book online, and I can book you here too."),
    # round 76 (blind75, blind76 as tuning data): a clarifying «Что вы хотите, чтобы мы сделали», «Ну надо же, как
    # неприятно», «Из-за вашей болезни перенесли», «с ним и обсудите»; "Don't worry about …", "a quiet room", "She's the
    # one who will fit it", "Our guests often ask"
    ("ru", "Что вы хотите, чтобы мы сделали: вернули деньги или перенесли сеанс?"),
    ("ru", "Ну надо же, как неприятно вышло! Сейчас всё исправлю."),
    ("ru", "Из-за вашей болезни перенесли сеанс на пятницу без доплаты."),
    ("ru", "Мастер приедет в субботу, с ним и обсудите, где поставить аквариум."),
    ("en", "Don't worry about the deposit, I'll move it to your new date."),
    ("en", "It's a quiet room, so there's no music after 9 pm."),
    ("en", "She's the one who will fit it, and she's in from 10 tomorrow."),
    ("en", "Our guests often ask about the pool; the chlorine level is checked every morning."),
    # round 77 (blind77, blind78 as tuning data): «Это вам не подойдёт», «Я вам как специалист подскажу», «Видимо, курьер
    # не смог», «для взрослого человека» of a price, «Вы тут ни при чём», «Значит, вы сможете», «там разберут заявку»; "Who
    # knew about the leak", "leave the fabric choice to us", "If it bothers you at all", "You must have received", "I'm
    # not going to charge you"
    ("ru", "Это вам не подойдёт по размеру, подберу другой до пятницы."),
    ("ru", "Я вам как специалист подскажу: лучше взять плотный поролон, он прослужит дольше."),
    ("ru", "Видимо, курьер не смог дозвониться — я сама перезвоню ему сейчас."),
    ("ru", "Абонемент для взрослого человека стоит 900 рублей."),
    ("ru", "Вы тут ни при чём, ошибка наша — деньги вернём сегодня."),
    ("ru", "Значит, вы сможете прийти в субботу? Записываю."),
    ("ru", "Мы передадим всё в страховую сами, там разберут заявку за три дня."),
    ("en", "Who knew about the leak before you called? I'll note it down."),
    ("en", "Please leave the fabric choice to us if you like, we're happy to help."),
    ("en", "If it bothers you at all, we'll redo it free of charge by Friday."),
    ("en", "You must have received our confirmation email by now; if not, I'll resend it."),
    ("en", "I'm not going to charge you for the change, it was our mistake."),
    # round 78 (blind79, blind80 as tuning data): «не успеть к …, — мне очень жаль» is no «не ко мне», «не ваша ошибка, а
    # наша», «не по их вине», «Посмотрите календарь на сайте», «Вы правда можете», «заслуга нашего мастера»; "I'll ask them
    # directly", "complaints go to me", "Your kids will love", "I'll set a reminder for you"
    ("ru", "Понимаю, как обидно не успеть к началу, — мне очень жаль."),
    ("ru", "Это была не ваша ошибка, а наша — перепечатаем бесплатно сегодня."),
    ("ru", "Задержка случилась не по их вине, а по нашей, извините."),
    ("ru", "Посмотрите календарь на сайте, там все свободные даты."),
    ("ru", "Вы правда можете прийти в субботу? Записываю."),
    ("ru", "Это большая заслуга нашего мастера, передам ему спасибо."),
    ("en", "I'll ask them directly and call you back by 5 pm."),
    ("en", "Our guides are our own staff, so complaints go to me, and I'll look into it today."),
    ("en", "Your kids will love the pony ride."),
    ("en", "I'll set a reminder for you so you don't miss the next date."),
    # round 79 (blind81, blind82 as tuning data): «Прекрасная идея!» without the dash, «Давайте по порядку», «— ваша
    # задача, а мы подскажем», «Может, вам удобнее»; "You could have found that confusing", "You probably noticed it
    # yourself", "What else would you like me to check", "have time to explain everything", "Room 101"
    ("ru", "Прекрасная идея! Запишу вас на пятницу."),
    ("ru", "Давайте по порядку: сначала номер заказа."),
    ("ru", "Выбор ткани — ваша задача, а мы подскажем, что лучше носится."),
    ("ru", "Может, вам удобнее прийти в субботу? Запишу."),
    ("en", "You could have found that confusing, so here is a short guide."),
    ("en", "You probably noticed it yourself: the hem is uneven, and we'll fix it free by Friday."),
    ("en", "What else would you like me to check while you're here?"),
    ("en", "We'll have time to explain everything at the tasting."),
    ("en", "Room 101 is on the first floor."),
    # round 80 (blind83, blind84 as tuning data): «Ошибка наша, а не ваша», «Я вам всё расскажу», «Если вас что-то
    # беспокоит», «Вы лучше нас знаете свой график»; "Seriously, thank you", "Unless you prefer", "If you have any
    # questions", "If you had any trouble", "I'll catch him on Monday myself"
    ("ru", "Ошибка наша, а не ваша, — переделаем бесплатно до пятницы."),
    ("ru", "Я вам всё расскажу по шагам: сначала откройте приложение."),
    ("ru", "Если вас что-то беспокоит, напишите, я помогу."),
    ("ru", "Вы лучше нас знаете свой график, поэтому выберите удобное время."),
    ("en", "Seriously, thank you for waiting; the order is on its way."),
    ("en", "Unless you prefer the morning session, I'll book you for 6 pm."),
    ("en", "If you have any questions, reply to this email."),
    ("en", "If you had any trouble with the app, I'm sorry; here is the link again."),
    ("en", "I'll catch him on Monday myself and call you back."),
    # round 81 (blind85, blind86 as tuning data): "send … to us directly", a choice "down to you", "hope for the best
    # weather", "most … choose", «можно было и на сайте», «опять касса виновата» owned, «справочную»
    ("ru", "Можно было и на сайте записаться, и по телефону."),
    ("ru", "Да, опять касса виновата, простите нас, деньги вернём сегодня."),
    ("ru", "Я не справочную вам дам, а сразу телефон мастера."),
    ("ru", "Это платье в стиле прошлого века, очень красивое."),
    ("en", "Please send your request to us directly."),
    ("en", "The choice of date is down to you."),
    ("en", "Just don't forget your ticket."),
    ("en", "We'll book it and hope for the best weather."),
    ("en", "Most of our customers choose the evening slot."),
    ("en", "I can't spend more than an hour on the lanes, can I?"),
    # round 82 (blind87, blind88 as tuning data): «не все … читают» without «видимо», «вы же в …, верно?», «серьёзно
    # повреждённую», «давайте сразу оформим»; "Well, it's a good question, so", "What did you expect to pay?",
    # "Everybody in the group", "I'm sure you'll love", "read my message below"
    ("ru", "Не все гости читают правила, поэтому я повторю главное: выезд до 12:00."),
    ("ru", "Вы же в домике 3, верно? Мастер уже идёт к вам."),
    ("ru", "Серьёзно повреждённую палатку мы заменим бесплатно."),
    ("ru", "Давайте сразу оформим бронь, чтобы место не ушло."),
    ("en", "Well, it's a good question, so let me check."),
    ("en", "What did you expect to pay? I'll check the price."),
    ("en", "Everybody in the group needs a wristband."),
    ("en", "I'm sure you'll love the lake."),
    ("en", "Please read my message below about the deposit and reply."),
    # polite look-alikes the shipped rudeness vote (0.99) fails, found while writing the round-81 cases (the rules pass
    # them): «Ну конечно, …» with an invitation, and «вы его сами не открыли?» as a question
    pytest.param("ru", "Ну конечно, приходите снова, будем рады.", marks=VOTE_FAILS_NU_KONECHNO),
    pytest.param("ru", "Ну конечно, опять ждём вас в субботу!", marks=VOTE_FAILS_NU_KONECHNO),
    pytest.param("ru", "Вы его сами не открыли? Я пришлю ещё раз.", marks=VOTE_FAILS_A_QUESTION),
    # round 83 (blind89, blind90 as tuning data): «судя по письму» with an apology, «очередь у кассы», «если что-то не
    # подойдёт», «бабушка с внуками», «вы ничего не перепутали»; "Come on in", "It's common", "I'm not the right person …,
    # so I'll transfer you", "That's how we work:", "The decision was ours", "I don't manage the rota, but I'll ask",
    # «претензию я сама направлю поставщику»
    ("ru", "Судя по вашему письму, курьер приехал раньше — простите нас."),
    ("ru", "Очередь у кассы короткая, приходите к 10:00."),
    ("ru", "Если что-то не подойдёт, напишите, заменим."),
    ("ru", "Бабушка с внуками пройдёт бесплатно."),
    ("ru", "Вы ничего не перепутали, это наша ошибка."),
    ("en", "Come on in, the doors open at 10."),
    ("en", "It's common for the first visit to take longer."),
    ("en", "I'm not the right person for refunds, so I'll transfer you now."),
    ("en", "That's how we work: you book, we confirm within an hour."),
    ("en", "The decision was ours, not the supplier's."),
    ("en", "I don't manage the rota, but I'll ask the head keeper and call you today."),
    ("ru", "Претензию я сама направлю поставщику сегодня."),
    # round 84 (blind91, blind92 as tuning data): «я зачитаю вам условия», «Вот, нашла», «Постарайтесь отдохнуть», «Как ни
    # странно, ошибка была на нашей стороне»; "Not that one, …", "Quickly" only opening a sentence, "Our team usually does";
    # «Я уточню у них сама», "We don't just sell them"
    ("ru", "Если что-то непонятно, я зачитаю вам условия по пунктам."),
    ("ru", "Вот, нашла ваш заказ: он уже в пути."),
    ("ru", "Постарайтесь отдохнуть, а мы пока всё проверим."),
    ("ru", "Как ни странно, ошибка была на нашей стороне — простите."),
    ("en", "Not that one, the blue button next to it."),
    ("en", "Please reply quickly, please, if the time doesn't suit."),
    ("en", "Our team usually does the fitting in one visit."),
    ("ru", "Я уточню у них сама и перезвоню через час."),
    ("en", "We don't just sell them, we fit and service them too."),
    # round 85 (blind93, blind94 as tuning data): «журнал заполняем мы сами, ошибка наша», «если появятся вопросы», «это
    # не повод переживать», «без лишних формальностей»; "We're not a large company", "I know what I'm doing", "has been
    # noted and booked", "We'd be grateful for your patience"; «это наш недосмотр»
    ("ru", "Журнал заполняем мы сами, ошибка наша — простите."),
    ("ru", "Если появятся вопросы, пишите."),
    ("ru", "Это не повод переживать: деньги вернём сегодня."),
    ("ru", "Поясню без лишних формальностей: заказ уже в пути."),
    ("en", "We're not a large company, but we answer every message."),
    ("en", "I know what I'm doing here, so I'll fix it now."),
    ("en", "Your request has been noted and booked for Friday."),
    ("en", "We'd be grateful for your patience."),
    ("ru", "Это наш недосмотр, исправим сегодня."),
    # round 85 (blind93): "I've already told her" (a colleague) failed as "I've already told you" before round 85
    ("en", "I've already told her, and she will check today."),
    ("en", "I've already explained it to the driver."),
    # round 86 (blind95, blind96 as tuning data): «откуда такая тревога», «если вам так удобнее», «на этот раз мы …»,
    # «способны это исправить», «мы тут как раз поможем»; "Most guests book online", "No worries, but", "You could just
    # show", a leading "Believe it or not", "addressing the envelope to our office", "not only tickets"
    ("ru", "Понимаю, откуда такая тревога: давайте проверим заказ вместе."),
    ("ru", "Если вам так удобнее, пришлю счёт на почту."),
    ("ru", "На этот раз мы отправим курьера сами."),
    ("ru", "Мы способны это исправить до вечера."),
    ("ru", "Мы тут как раз поможем: пришлите номер заказа."),
    ("en", "Most guests book online, but you can also call us."),
    ("en", "No worries, but please bring your ticket."),
    ("en", "You could just show the QR code at the door."),
    ("en", "Believe it or not, it's our busiest day, but I've found you a table."),
    ("en", "We recommend addressing the envelope to our office."),
    ("en", "We sell gift cards too, not only tickets."),
    # round 87 (blind97, blind98 as tuning data): «Значит, завтра в 10», «Если верить прогнозу», «Раз вы волнуетесь, я
    # проверю», «Ваше право на возврат …», «Справится любой наш мастер», «Это наша обязанность», a transfer «Я переключу
    # вас к отделу продаж»; "I just wrote to the warehouse", "handled by our own team", "our own staff", "directly to
    # me", "on the website, and I'll send you the link", "run by …, not by us, but I've already called them"
    ("ru", "Значит, завтра в 10 — до встречи!"),
    ("ru", "Если верить прогнозу, завтра будет тепло."),
    ("ru", "Раз вы волнуетесь, я проверю заказ прямо сейчас."),
    ("ru", "Ваше право на возврат сохраняется 14 дней."),
    ("ru", "Справится любой наш мастер, запишу на завтра."),
    ("ru", "Это наша обязанность — вернуть деньги."),
    ("ru", "Я переключу вас к отделу продаж, соединяю."),
    ("en", "I just wrote to the warehouse, they'll answer today."),
    ("en", "Claims are handled by our own team within 5 days."),
    ("en", "Our drivers are our own staff."),
    ("en", "Please send the photos directly to me."),
    ("en", "Most of this is on the website, and I'll send you the link."),
    ("en", "The lift is run by the building's management, not by us, but I've already called them and they'll fix it by 5."),
    # round 88 (blind99, blind100 as tuning data): «Если хотите, перенесём — решать вам», «Давайте ещё раз проверим»,
    # «что-то попроще по цене», «Ответ знают в бухгалтерии»; "An hour is plenty for a first visit", "As I said, I'll call
    # you back", "Sorry you had to wait", "We trust you'll enjoy", "a big room, not a small one"
    ("ru", "Если хотите, перенесём на субботу — решать вам."),
    ("ru", "Давайте ещё раз проверим адрес."),
    ("ru", "Могу предложить что-то попроще по цене."),
    ("ru", "Ответ знают в бухгалтерии, я уточню и напишу."),
    ("en", "An hour is plenty for a first visit, and I can extend it if needed."),
    ("en", "As I said, I'll call you back at 5."),
    ("en", "Sorry you had to wait — I've fixed it."),
    ("en", "We trust you'll enjoy the game."),
    ("en", "It's a big room, not a small one, so there's space for 12."),
    # round 89 (blind101, blind102 as tuning data): «Вы условия читали? Если нет — …» (no «вообще»; the shipped vote
    # fails it, below), «не только столовая», «Мы отвечаем за то, что обещали», «претензию на наш адрес», «может, и вам
    # стоит попробовать»; «с давлением решайте сами» — a customer's own choice, failed as blame before round 89; "Most
    # guests find us easily", "You really should try …", "no issue between you and us"; «в следующий раз вы выберете
    # любой сеанс» and «Не переживайте, справится любой!» (round 87's «справится любой» at a sentence end failed it; since
    # round 89 only «всё просто, справится любой»)
    ("ru", "У нас не только столовая, но и кафе."),
    ("ru", "Мы отвечаем за то, что обещали: деньги вернём сегодня."),
    ("ru", "Пишите претензию на наш адрес, рассмотрим за 3 дня."),
    ("ru", "Многие гости берут абонемент — может, и вам стоит попробовать."),
    ("ru", "с давлением решайте сами, а я подскажу, где в сауне прохладнее"),
    ("en", "Most guests find us easily, but I'll send a map."),
    ("en", "You really should try the wave pool, it's great."),
    ("en", "There's no issue between you and us — the refund is on its way."),
    ("ru", "В следующий раз вы выберете любой сеанс бесплатно."),
    ("ru", "Не переживайте, справится любой!"),
    # round 90 (blind103, blind104 as tuning data): in a call "… not ours but i'll ask them myself" (failed as blame
    # before round 90: round 30's exclude needed a comma), «Каждый раз мы не будем просить паспорт», "hard to read, sorry",
    # "Sorry the delay upset you — I've refunded", «Индивидуальные занятия стоят …»
    ("en", "that's the venue's rule not ours but i'll ask them myself today"),
    ("ru", "Каждый раз мы не будем просить паспорт — только при первой покупке."),
    ("en", "The menu is hard to read, sorry — I'll send it as a PDF."),
    ("en", "Sorry the delay upset you — I've refunded the fee."),
    ("ru", "Индивидуальные занятия стоят 1 500 ₽."),
    pytest.param("ru", "Вы условия читали? Если нет — пришлю ссылку.", marks=VOTE_FAILS_A_QUESTION),
    # round 91 (blind105, blind106 as tuning data): «Это не ваша проблема» (failed as «ваши проблемы» before round 91),
    # «Вы же на экскурсию записывались на 10:00?», «Это ни о чём не говорит», «Не расстраивайтесь, если …», «Нажмите
    # «оплатить», а не «сохранить»», "If you have to ask for a refund, use …", "Even the easiest route", "I'll email
    # the agency", «заявка подана вами вчера, я её уже подтвердила»
    ("ru", "Это не ваша проблема, мы всё исправим сегодня."),
    ("ru", "Вы же на экскурсию записывались на 10:00? Уточню, где гид."),
    ("ru", "Это ни о чём не говорит: проверим ещё раз."),
    ("ru", "Не расстраивайтесь, если с первого раза не получится — инструктор поможет."),
    ("ru", "Нажмите «оплатить», а не «сохранить»."),
    ("ru", "Это тариф «Семейный», а не «Базовый»."),
    ("en", "If you have to ask for a refund, use the form below."),
    ("en", "Even the easiest route is fun for kids."),
    ("en", "I'll email the agency today and call you back by 5 pm."),
    ("ru", "Ваша заявка подана вами вчера, я её уже подтвердила на пятницу."),
    # round 92 (blind107, blind108 as tuning data): «договор … я выделю главное», «Надеемся, вам понравится», «Мы не будем
    # устраивать очередь», "Sorry you feel unwell", "If you don't mind", "I'll write to their support myself", "Our side
    # is fine, and I'll check", «Ошибка с нашей стороны — исправим»
    ("ru", "Если договор покажется сложным, я выделю главное."),
    ("ru", "Надеемся, вам понравится новая выставка."),
    ("ru", "Мы не будем устраивать очередь: запишем всех по времени."),
    ("en", "Sorry you feel unwell — let's move your booking to Friday."),
    ("en", "If you don't mind, I'll call you back at 5."),
    ("en", "I'll write to their support myself and call you back today."),
    ("en", "Our side is fine, and I'll check your account settings with you now."),
    ("ru", "Ошибка с нашей стороны — исправим сегодня."),
    # round 93 (blind109, blind110 as tuning data): a colleague who «должна была …, а не кричать» (failed as «не
    # кричите» before round 93), «Инструктор за вас отвечает головой» (failed as blame before round 93), "It's all on
    # the site, but I'll send you the link", "Most of our guests appreciate", «А вы что предпочитаете»
    ("ru", "Администратор должна была сразу предупредить вас, а не кричать через весь зал, — простите нас."),
    ("ru", "Инструктор за вас отвечает головой, поэтому правила строгие."),
    ("en", "It's all on the site, but I'll send you the link too."),
    ("en", "Most of our guests appreciate the quiet hours."),
    ("ru", "А вы что предпочитаете — утро или вечер?"),
    # round 94 (blind111, blind112 as tuning data): «Это вам не подойдёт, …», «Вы уже второй раз пишете — простите»,
    # "What did you expect to see? I'll check", "a mistake on our side", «Ошибка с нашей стороны — вернём»
    ("ru", "Это вам не подойдёт, лучше возьмите средний размер."),
    ("ru", "Вы уже второй раз пишете — простите, что заставили ждать."),
    ("en", "What did you expect to see? I'll check the programme."),
    ("en", "That was a mistake on our side, sorry."),
    ("ru", "Ошибка с нашей стороны — вернём деньги сегодня."),
    # round 95 (blind113, blind114 as tuning data): «Если бы вы предупредили заранее, мы бы вас встретили», «Оплата до, а
    # не после занятия», "Sorry if my last message came across as curt — here is", «Это не ваша ошибка», «Я позвоню ему»
    ("ru", "Если бы вы предупредили заранее, мы бы вас встретили — в следующий раз звоните."),
    ("ru", "Оплата до, а не после занятия — так удобнее бухгалтерии."),
    ("en", "Sorry if my last message came across as curt — here is the full answer."),
    ("ru", "Это не ваша ошибка — я сама всё исправлю."),
    ("ru", "Я позвоню ему в 15:00 и перезвоню вам."),
    # round 96 (blind115, blind116 as tuning data): "What do you want me to do with the old booking", «Девушка на
    # ресепшене уже оформила возврат», «С нашей стороны заказ выполнен, а курьеру я уже позвонила сама»
    ("en", "What do you want me to do with the old booking — cancel it?"),
    ("ru", "Девушка на ресепшене уже оформила возврат."),
    ("ru", "С нашей стороны заказ выполнен, а курьеру я уже позвонила сама."),
    # round 97 (blind117, blind118 as tuning data): «вы узнали об этом из соцсетей, а не от нас — простите» (failed as
    # blame before round 97), "The Night Tour, as the name suggests, starts after dark"
    ("ru", "Жаль, что вы узнали об этом из соцсетей, а не от нас — простите."),
    ("en", "The Night Tour, as the name suggests, starts after dark — I'll book you in."),
    # round 98 (blind119, blind120 as tuning data): «Если вы не читали правила — ничего страшного», «я же для этого здесь»,
    # "it doesn't make it your problem — I've refunded" (failed as "your problem" before round 98), "on their side, but the
    # order is mine" and "not something you should have to chase with them; I've reported it" (failed as blame before
    # round 98), "I'm connecting you", «Удержание произведено правильно, но я верну его»
    ("ru", "Если вы не читали правила — ничего страшного, я расскажу главное."),
    ("ru", "Пишите, если что-то будет непонятно — я же для этого здесь."),
    ("en", "That explains the outage, but it doesn't make it your problem — I've refunded the hour."),
    ("en", "The posting is on their side, but the order is mine: I'll track it."),
    ("en", "That is not something you should have to chase with them; I've reported it myself."),
    ("en", "I'm connecting you to the manager now."),
    ("ru", "Удержание произведено правильно, но я верну его как жест доброй воли сегодня."),
    # round 99 (blind121, blind122 as tuning data): «Это правило клуба, а не моя прихоть, но я помогу», "Keep the receipt,
    # which you'll need for the warranty"
    ("ru", "Это правило клуба, а не моя прихоть, но я помогу подобрать другое время."),
    ("en", "Keep the receipt, which you'll need for the warranty."),
    # review of rounds 91–99: polite wordings next to the families
    ("ru", "Люди обычно сами выбирают время — запишу вас на любое."),
    ("ru", "Главное, чтобы гости пришли вовремя, — я предупрежу охрану."),
    ("ru", "Вы, похоже, перепутали нас с соседним клубом — вот их телефон, я им уже написала."),
    ("ru", "Не обязательно ждать последнего дня — продлить можно заранее в приложении."),
    ("en", "I have no access to your card number, which keeps it safe; I'll send a payment link."),
    ("en", "Please write directly to me at anna@ladoga.ru."),
    ("en", "Everyone seems to have enjoyed the tour — thanks for the photos!"),
    # round 100 (blind123, blind124 as tuning data): polite wordings beside the round's families
    ("ru", "Условия тарифов лучше уточнить до покупки: я пришлю ссылку на них."),
    ("ru", "Раз это так важно для вас, я сейчас же оформлю возврат."),
    ("ru", "Как вы, наверное, помните, в прошлый раз мы меняли каюту; сделаю так же."),
    ("ru", "Чтобы избежать недоразумений, рекомендуем заранее ознакомиться с условиями провоза животных."),
    ("ru", "Это несложно: нажмите «Вернуть билет». Если не разберётесь, пишите."),
    ("ru", "Надеюсь, этот вариант вам подойдёт; если нет, подберём другой."),
    ("ru", "Эта каюта на солнечной стороне, а не у машинного отделения."),
    ("ru", "Претензии по залу ожидания я передам в порт сама и сообщу вам ответ до пятницы."),
    ("en", "For obvious safety reasons drones stay switched off on board, but you can film from the deck."),
    ("en", "I hope that's clear; if not, I'm happy to explain again."),
    ("en", "A quick look at the timetable on our site shows the next crossing at 14:00."),
    ("en", "this isn't a problem at all we'll sort it out today"),
    # round 101 (blind125, blind126 as tuning data): polite wordings beside the round's families
    ("ru", "Мало кто знает, но на сайте есть таблица очков — вот ссылка."),
    ("ru", "Как правило, этого времени достаточно, но если нет — продлим бесплатно."),
    ("ru", "Прежде чем делать выводы, я всё проверю и напишу вам до 18:00."),
    ("ru", "Это вопрос не к чату, поэтому я сама передала его менеджеру — она позвонит вам до 17:00."),
    ("en", "No offence taken — thanks for telling us, I'll pass it on."),
    ("en", "It's well worth a complaint, and I've logged it for you."),
    ("en", "As stated on our website, the session lasts 45 minutes; I've added you to Saturday."),
    ("en", "That's a question for the box office, so I've passed it to them and they'll call you today."),
    ("en", "I'll transfer you to the group manager now."),
    # round 102 (blind127, blind128 as tuning data): polite wordings beside the round's families
    ("ru", "Если для вас это важно, я подберу коврик из новой партии."),
    ("ru", "Многие, кто ходит по утрам, берут абонемент «Утро» — он дешевле."),
    ("ru", "Можно было бы сразу оформить курс, но я сделаю это сейчас — скидка сохранится."),
    ("ru", "Ваш случай особый, поэтому делаю исключение и переношу бесплатно."),
    ("ru", "Привязка простая, но если не получится, я помогу по шагам."),
    ("en", "I'd like to point out that the refund has already been sent."),
    ("en", "As explained on our website, you can upgrade at any time — I've done it for you."),
    ("en", "I hope it's not too much to ask, but could you send a photo of the receipt?"),
    ("en", "It's a short walk from the waiting room to the car park."),
    ("ru", "Сбой был у нас, сообщение не ушло — прошу прощения, занятие вернула."),
    ("ru", "Это наша зона ответственности, поэтому компенсацию оформлю сегодня."),
    # round 103 (blind129, blind130 as tuning data): polite wordings beside the round's families; "This was our mistake,
    # full stop.", «работает с нами по договору, но … ответственность на нас» and "nothing I can do about the weather, but
    # I've moved your trip" failed before the round
    ("ru", "Это стоит учесть при записи: занятия идут в любую погоду."),
    ("ru", "Не обижайтесь на инструктора, пожалуйста, — я поговорю с ним сегодня же."),
    ("ru", "Если вы умеете плавать, можно сразу на двухдневный тур."),
    ("en", "I've already answered your email, and the refund is on its way."),
    ("en", "If you'd like a look at the boats, come by on Saturday."),
    ("en", "This was our mistake, full stop. I've refunded the bill today."),
    ("en", "There's no need to apologise — I'll sort it out."),
    ("ru", "Сергей работает с нами по договору, но группу вёл от нашего имени, поэтому ответственность на нас."),
    ("en", "Storms happen, and there's nothing I can do about the weather, but I've moved your trip to Sunday."),
    ("en", "He's not our employee, but I'll call him myself and ring you back by 3."),
    # round 104 (blind131, blind132 as tuning data): polite wordings beside the round's families
    ("ru", "Тишину ночью мы обещать не можем, но механик проверит шум завтра до 17:00."),
    ("ru", "Я вам уже ответила на почту и продублирую здесь: заявка в работе."),
    ("ru", "На концерт лучше приходить заранее — гардероб зимой загружен, а мы откроем двери в 18:00."),
    ("ru", "Вся информация есть на сайте, а я могу продиктовать главное."),
    ("ru", "Согласитесь, удобно получать билеты сразу на почту."),
    ("en", "It's in bold on the page, and I've also emailed it to you."),
    ("en", "I hope you're fond of Chopin — the encore is a nocturne!"),
    ("en", "You can try booking again next time with the promo code."),
    ("en", "The grid company cut the power, but the repair is ours: the mechanic comes by 18:00."),
    ("en", "It's our responsibility to fix it, and I've booked the mechanic."),
    ("en", "You paid in advance so you wouldn't have to queue, and I've refunded you today."),
    # round 105 (blind133, blind134 as tuning data): polite wordings beside the round's families
    ("ru", "Пожалуйста, подождите минуточку, я проверю заказ."),
    ("ru", "Мягко говоря, мы сами недовольны курьером — вернём 390 ₽ сегодня."),
    ("ru", "Надеемся, теперь вам понятна причина, и приносим извинения за задержку."),
    ("en", "That's kind of you to say, thank you!"),
    ("ru", "Это наша зона ответственности, поэтому обмен я оформлю сама до пятницы."),
    ("en", "The error was on our side, and I've sent the right perfume today."),
    # round 106 (blind135, blind136 as tuning data): polite wordings beside the round's families; «Спасибо, что обратились в
    # магазин «…»!» failed as blame before the round
    ("ru", "Это стоит учитывать при бронировании: вечером у озера прохладно."),
    ("ru", "Согласитесь, удобно, когда ужин приносят прямо в купол."),
    ("ru", "Меню висит на сайте — пришлю ссылку прямо сюда."),
    ("ru", "Как вы понимаете, мы сразу проверили склад и отправим новую корзину сегодня."),
    ("en", "I'm not sure what you'd prefer — a refund or a new date? Both are fine."),
    ("ru", "Спасибо, что обратились в магазин «Старая Лоза»!"),
    ("ru", "С претензией по сборке я обращусь на склад сама и отвечу вам до пятницы."),
    ("en", "I'll raise this with them directly and call you back by 5 pm."),
    # round 107 (blind137, blind138 as tuning data): polite wordings beside the round's families; "the system doesn't let
    # me make an exception — but I've moved it" failed as blame before the round
    ("ru", "Если хотите, я пересажу вас на места рядом — они есть в секторе Б2."),
    ("ru", "Это понятно, и я уже передала ваш отзыв врачу."),
    ("ru", "Правила висят у входа — и я пришлю их вам сюда."),
    ("en", "Please type your booking number and I'll check it."),
    ("en", "Honestly, it's our fault, and I've refunded the 400 rubles."),
    ("en", "We do try to answer within an hour — sorry for the wait today."),
    ("ru", "Этот вопрос к бухгалтерии, поэтому я сама передала его им — счёт придёт сегодня до 18:00."),
    ("en", "I can't refund a used pass — the system doesn't let me make an exception — but I've moved it to an open date."),
    ("en", "That's not something we handle here, so I've forwarded it to accounting and they'll email you by 5 pm."),
    # review of rounds 100-107: polite wordings beside the rounds' families, all but one of which failed before the review
    # narrowed the phrases («…, на минуточку, …» with commas, «почитайте … на досуге», «это стоит понимать» not «… так»,
    # no «крупно написано» / «никто не мешает» / «а вы хотите, чтобы я», "no offence" not "… meant", "gesture, not an
    # obligation", "reading … saves everybody time", "the stairs … great exercise", "it's not the theatre" not "theatre's",
    # "as it says in big letters", "ladies your age" not "people", "kind of the point of a …", no "it was their … who")
    ("ru", "Можете зайти к нам на минуточку в офис?"),
    ("ru", "Приходите на досуге к нам на дегустацию."),
    ("ru", "Статус «в обработке» стоит понимать так: заявка уже у мастера."),
    ("ru", "На билете крупно написано время начала."),
    ("ru", "Вам никто не мешает взять свой коврик — это разрешено."),
    ("ru", "Вам стоит сначала определиться с датой, а потом я забронирую."),
    ("ru", "Согласитесь, мы не можем рисковать вашей безопасностью, поэтому предлагаем перенос."),
    ("ru", "А вы хотите, чтобы я перенёс бронь на завтра?"),
    ("ru", "Надо просто внимательнее посмотреть на номер — давайте проверим вместе."),
    ("en", "No offence meant — I just need to check your ID."),
    ("en", "It's a recommendation, not an obligation."),
    ("en", "Booking online saves everybody time."),
    ("en", "Our hiking route is great exercise for the whole family!"),
    ("en", "It's not the theatre's rule, it's the law, but I'll help you with the refund."),
    ("en", "We print the code in big letters on the ticket."),
    ("en", "Many people your age enjoy our gentle course."),
    ("en", "That's kind of the point of the trial class — to see if you like it!"),
    ("en", "It was their attendant who found your coat — it's at our desk now."),
    # round 108 (blind139, blind140 as tuning data): polite wordings beside the round's families; "done by our contractor,
    # but lost property is our responsibility" failed as blame before the round
    ("ru", "Нас удивило и огорчило, что так вышло, — вернём деньги сегодня."),
    ("ru", "Я уже написала мастеру — он перезвонит вам до 15:00."),
    ("ru", "Это несложно: нажмите «Оплатить» в приложении, я подскажу, если что."),
    ("ru", "Оформим возврат без лишних объяснений — напишите номер заказа."),
    ("en", "Are you happy now with the new date?"),
    ("en", "Who leaves the key for the crew — you or the concierge?"),
    ("en", "The cleaning is done by our contractor, but lost property is our responsibility, so it's at our desk."),
    # round 109 (blind141, blind142 as tuning data): polite wordings beside the round's families; a transcript's "a failure
    # on their side but … it's on us to give you one" failed as blame before the round
    ("ru", "Вы думаете, что успеете к 18:00? Если нет, перенесу."),
    ("ru", "Я не обязана была это делать, но с радостью оформлю возврат сама."),
    ("ru", "Вопросов бы не возникло, если бы мы предупредили заранее — это наша ошибка."),
    ("en", "Our rooms aren't five-star, but they're clean and quiet, and I've booked you a double."),
    ("en", "Kids are welcome in every group from age 5."),
    ("en", "The issue was on our side, and I've fixed it."),
    ("en", "I'll direct your complaint to the Centre myself and call you back by Friday."),
    ("en", "it didn't reach us because of a failure on their side but you booked a room and it's on us to give you one"),
    # round 110 (blind143, blind144 as tuning data): polite wordings beside the round's families
    ("ru", "Может, вам ещё что-нибудь подсказать по заказу?"),
    ("ru", "А как вы хотели бы оплатить — картой или наличными?"),
    ("ru", "Удивительно, что вы заметили это раньше нас, спасибо!"),
    ("ru", "Смело приезжайте к десяти, всё будет готово."),
    ("ru", "Не все знают заранее, что площадь перекрыта, поэтому мы предупреждаем в автобусе."),
    ("ru", "Мы рассчитывали, что ремонт закончится к пятнице, но поставщик задержал деталь."),
    ("en", "You wouldn't mind holding for a minute, would you?"),
    ("en", "I'll book that so we don't waste your time on another trip."),
    ("en", "I have other chats open, so bear with me for a moment while I check."),
    ("en", "We can't exactly match that price, but we can offer a 10% discount."),
    ("ru", "По любым вопросам просим обращаться напрямую к нам по телефону 8 800 100 20 30."),
    ("en", "That's a great question for our billing team — I've passed it on and they'll reply by Friday."),
    # round 111 (blind145, blind146 as tuning data): polite wordings beside the round's families; "I've told him you want
    # …" in a warm hand-over failed as rude before the round (the phrase "i've told you" with a gap)
    ("en", "Gennady knows far more than I do, so I'm bringing him into this chat. I've told him you want a 4-bone rib."),
    ("en", "I know this is a bit much to ask, but could you send a photo of the label?"),
    ("ru", "Мягко говоря, отличная идея — так и сделаем."),
    ("ru", "Если вы не очень разбираетесь в разделке, я подскажу, какой кусок взять."),
    ("ru", "Мы только продаём фермерское мясо без заморозки, привозим каждое утро."),
    ("ru", "Это не я решала, но это наша ошибка: верну слот на сегодня с 18 до 20 сама."),
    ("ru", "По любым вопросам просим направлять письма непосредственно нам на почту."),
    ("en", "Your order is packed at the shop, not by a courier, so it stays cold — I've checked it myself."),
    # round 112 (blind147, blind148 as tuning data): polite wordings beside the round's families
    ("ru", "Памятка для тех, кто впервые заказывает чистку, есть на сайте."),
    ("ru", "Думаю, вы сможете сами выбрать удобное окно в приложении, а если нет — я помогу."),
    ("ru", "Мы всё-таки постараемся успеть к девяти, но обещать не могу."),
    ("ru", "Давайте без спешки: сначала проверим адрес."),
    ("en", "You're not the only customer in this situation, and I'm sorry — we're fixing it for everyone today."),
    ("en", "I don't know what else you need for the form — could you tell me which field is missing?"),
    ("ru", "Гарантия на монтаж 2 года, мастер приедет завтра с 10 до 12 и всё проверит."),
    ("ru", "С вопросами к нам пишите в этот чат в любое время."),
    ("ru", "Причина — в нашей ошибке при оформлении, а не в ваших действиях; я уже исправила заявку."),
    # round 113 (blind149, blind150 as tuning data): polite wordings beside the round's families; «ошибки монтажа, а не
    # погоду» (a warranty rule) and "i'm going to check with the courier dispatcher" (the agent's own step) failed as blame
    # before the round
    ("ru", "Только потом не забудьте забрать квитанцию."),
    ("ru", "Если вам не жалко пары минут, опишите, пожалуйста, где именно жмёт."),
    ("ru", "Согласитесь, удобно: чек придёт на почту сразу."),
    ("en", "Maybe you could send a photo of the receipt so I can check it?"),
    ("en", "We are a small workshop, not a chain, so please call before you come in."),
    ("ru", "Это правило одинаковое для всех: гарантия закрывает заводской брак и ошибки монтажа, а не погоду."),
    ("ru", "Наш мастер, который и отвечает за ремонт, перезвонит вам сегодня до 18:00."),
    ("en", "thank you i'm going to check with the courier dispatcher please stay on the line"),
    # round 114 (blind151, blind152 as tuning data): polite wordings beside the round's families; «вопрос к хозяевам собаки»
    # (a put-down of the customer, not a referral) and "we don't control the weather" (a true cause) failed as blame
    # before the round
    ("ru", "Странно, что чек не пришёл — сейчас проверю и пришлю заново."),
    ("ru", "Надеемся, погода прояснится к субботе, и сеанс состоится."),
    ("ru", "Каждый родитель может пройти трассу вместе с ребёнком, это бесплатно."),
    ("ru", "Полагаем, что ответ придёт до пятницы, и сразу сообщим вам."),
    ("en", "I know it's not what you expected from us, and I'm sorry — I've booked a free re-clean."),
    ("en", "Let's keep it short: the driver comes on Thursday between 6 and 8 pm."),
    ("ru", "Чистку делала не я, но ошибка наша: пришлю водителя завтра с 10 до 12."),
    ("ru", "Я к бронированиям доступа не имею, но передам администратору, и она перезвонит до 18:00."),
    ("en", "we close for thunderstorms we don't control the weather but you can move the ticket free"),
    ("en", "The fault lies with us, not with the turnstile contractor, and I've refunded your tickets today."),
    # round 115 (blind153, blind154 as tuning data): polite wordings beside the round's families
    ("ru", "Скидку получают все, кроме вас? Сейчас проверю, почему её не применили."),
    ("ru", "Проверять надо было нам до того, как отправлять машину, — это наша ошибка, верну 2 000 ₽ сегодня."),
    ("ru", "Вы же понимаете, что мы не можем вернуть деньги без чека, поэтому пришлите, пожалуйста, фото."),
    ("ru", "Давайте без спешки разберёмся."),
    ("en", "Most of our clients order online, but I can book it for you by phone right now."),
    ("en", "Let me put this simply for the insurer: I'll add an English summary to the invoice."),
    ("ru", "Мы ответственности не снимаем: ремонт дисков оплатим, мастер позвонит сегодня."),
    ("en", "Please send your feedback directly to us at care@bountypatch.ru, and I'll answer by Friday."),
    # round 116 (blind155, blind156 as tuning data): polite wordings beside the round's families
    ("en", "That's not your problem — I'll sort it out with the courier myself today."),
    ("ru", "Позволим себе, однако, напомнить о скидке 10% для постоянных клиентов."),
    ("ru", "Дети всё рассказали вожатому, и он уже поменял комнаты."),
    ("en", "If it turns up, we will call you the same day and keep it at reception."),
    ("en", "We'll file the claim with YugStrakh ourselves and send you the number by Friday."),
    ("ru", "Рекомендуем запросить у нас акт осмотра — пришлём его сегодня."),
    ("ru", "Оплату за выполненный выезд вернём сегодня: мастер ошибся адресом."),
    # round 117 (blind157, blind158 as tuning data): polite wordings beside the round's families; "it's not really our job
    # to teach the traffic rules" failed as blame before the round (a put-down, labelled rude only)
    ("ru", "Задержка произошла по вине поставщика, но это наша ответственность: торт соберём сегодня к 18:00."),
    ("ru", "Когда неисправность будет устранена, мастер приедет и проверит, я запишу вас на пятницу 10:00."),
    ("ru", "Пишите, куда вам удобнее — в чат или на почту, ответим везде."),
    ("en", "Seriously, thank you for letting us know — I've refunded the delivery."),
    ("en", "If you can't read Russian, I'll send the contract in English today."),
    ("en", "Please address your claim directly to us at care@wafflecone.ru, and I'll reply by Friday."),
    ("ru", "Вы не одна такая, у соседей по подъезду тот же вопрос, и мы уже отправили бригаду."),
    # round 118 (blind159, blind160 as tuning data): polite wordings beside the round's families; «… зависло у них из-за
    # сбоя. Но бронь наша, и разбираться буду я» failed as blame before the round
    ("ru", "Второе списание зависло у них из-за сбоя при оплате. Но бронь наша, и разбираться буду я, а не вы."),
    ("ru", "Позвоните нам напрямую по номеру 4-12-15, если визит не состоится."),
    ("ru", "По вопросу продления обращайтесь, пожалуйста, к нам — оформим за один день."),
    ("ru", "Что вы хотите, чтобы я сделала в первую очередь — перенесла визит или нашла замену?"),
    ("ru", "Может, ей ещё и прогулки добавить? Это 150 рублей, куратор позвонит до пятницы."),
    ("en", "It would be unrealistic to promise a fluent speaker, but Elvira has basic English and can start on Monday."),
    # round 119 (blind161, blind162 as tuning data): polite wordings beside the round's families; «вы сами указали в
    # договоре» (a fact of the contract) and "you wouldn't need to call" failed as blame before the round
    ("ru", "Свидетеля доверенным лицом вы сами указали в договоре, пункт 6.3. Скан акта я вам отправила."),
    ("en", "right i've emailed you the invoice it's correct if you'd read the contract you wouldn't need to call"),
    ("ru", "Это же наша ошибка, а не ваша — пересчитаем сегодня."),
    ("ru", "Это же подарок, а не покупка, поэтому чек не нужен — просто назовите номер сертификата."),
    ("ru", "Рекомендуем ознакомиться с памяткой: там есть схема зала и контакты декоратора."),
    ("ru", "Это ошибка нашего диспетчера, простите: замерщик приедет в четверг с 15 до 17."),
    ("ru", "Это ошибка диспетчера, но отвечаем за неё мы: замер проведём завтра в 10:00."),
    # round 120 (blind163, blind164 as tuning data): polite wordings beside the round's families; «читает сама или пока по
    # слогам» (of a child's reading) failed as rude before the round
    ("ru", "поняла а дочка уже читает сама или пока по слогам"),
    ("ru", "Пересказывать программу не нужно — вот ссылка, а если что-то непонятно, отвечу здесь."),
    ("ru", "Это сэкономит вам время: заказ будет ждать в кофейне."),
    ("en", "It's pretty obvious you care about the beans, so I've added a free sample of the Kenya."),
    ("ru", "Претензию по клапану мы направим производителю сами, а вам заменим поставку завтра."),
    ("en", "The error came from our side, and I've ordered a reprint for Friday."),
    # round 121 (blind165, blind166 as tuning data): polite wordings beside the round's families
    ("ru", "Все почему-то молчали про скидку — исправляюсь: для вас минус 10% на любой матрас."),
    ("ru", "Теперь знаете, где смотреть статус, — а я продублирую его вам СМС."),
    ("ru", "Логика такая: чем выше жёсткость, тем больше нагрузка; для 120 кг подойдёт «Кокос»."),
    ("en", "I know you're not expecting miracles, and we'll have it installed by 3 November."),
    ("en", "Third time is fine — no charge for moving it, see you Friday."),
    # round 122 (blind167, blind168 as tuning data): polite wordings beside the round's families
    ("ru", "Если вы серьёзно решили сменить цвета, успеем к утру — золото есть."),
    ("ru", "Странно, что заказ не пришёл — сейчас проверю."),
    ("ru", "Это должно быть готово к пятнице, я проверю и напишу вам."),
    ("en", "Most people simply reply to the SMS, but you can also book right here in the chat."),
    ("en", "Let's not wait for the weekend — I'll send the courier tomorrow morning."),
    # round 123 (blind169, blind170 as tuning data): polite wordings beside the round's families; «кладовщик поставил
    # запятую не туда, и система посчитала» (the company's own error) and «Если вы, конечно, не против» (an older «если …,
    # конечно, не …» device) failed as rude before the round
    ("ru", "Приношу извинения: при приёмке кладовщик поставил запятую не туда, и система посчитала 253 кг вместо 25,3 кг."),
    ("ru", "Если вы, конечно, не против, мастер приедет пораньше, в 9:00."),
    ("ru", "Не волнуйтесь, мастер приедет в среду и всё проверит."),
    ("ru", "Постарайтесь, пожалуйста, оставить калитку открытой — мастер позвонит за час."),
    ("en", "I honestly don't know yet — let me check with the warehouse and call you back by 4."),
    ("ru", "Мы лишь на время заменили реагент, а обработку оплатим сами: мастер приедет завтра."),
    ("ru", "Если вы, конечно, не против, мастер приедет пораньше, в 9:00."),
    ("ru", "Вопросы — к нам: я сама свяжусь с курьером и перезвоню до 18:00."),
    # round 124 (blind171, blind172 as tuning data): polite wordings beside the round's families; «это наша ошибка при
    # сборке, курьер тут ни при чём» (an own mistake, the partner cleared) failed as blame under the round's first line
    ("ru", "Значит, это наша ошибка при сборке, курьер тут ни при чём — пакетик просто не положили."),
    ("ru", "Бригада тут ни при чём, это наша ошибка с замером — переделаем в пятницу."),
    ("ru", "Договор принято подписывать в офисе, но можно и онлайн — пришлю ссылку."),
    ("ru", "Вы в приложении смотрели статус? Если нет — подскажу, где он."),
    ("ru", "Этим займётся другой мастер, не я: Олег приедет завтра в 10:00."),
    ("ru", "Это уже к вашему заказу добавлено, мастер привезёт в среду."),
    # round 125 (blind173, blind174 as tuning data): polite wordings beside the round's families; "the moment it's on the
    # site" (the web site, not a building site) failed as blame before the round
    ("en", "The ceremonial grade is expected on Wednesday 24 May; I've subscribed your number to an SMS the moment it's on "
           "the site."),
    ("ru", "Если что-то непонятно — без паники, я всё объясню по шагам."),
    ("ru", "Вы бухгалтер? Тогда пришлю УПД сразу в ЭДО, так вам удобнее."),
    ("ru", "Для организации вашего масштаба есть оптовая скидка 5%, оформлю сегодня."),
    ("en", "Honestly, it's just a formality, I'll sign it for you today."),
    ("ru", "Гарантия у них своя, но звонить никуда не нужно: я сама оформлю обмен, курьер заберёт картридж завтра."),
    ("en", "The packing is done by our warehouse team, and I've already asked them to send the scoop today."),
    # round 126 (blind175, blind176 as tuning data): polite wordings beside the round's families; «… вот и результат» about
    # a colleague (blind63) failed under the round's first line
    ("ru", "Ему сто раз говорили смотреть записи в приложении, а он ведёт свой блокнот, вот и результат. Деньги, конечно, вернём."),
    ("ru", "Полезная привычка — проверять давление в шинах раз в месяц, я пришлю памятку."),
    ("ru", "Логично, что вы волнуетесь — давайте я сразу всё проверю."),
    ("ru", "Это решение старшего продавца, но я сама его пересмотрю и верну куртку завтра."),
    # round 127 (blind177, blind178 as tuning data): polite wordings beside the round's families; "our crew's mistake"
    # (an own mistake with a possessive) failed as blame before the round
    ("en", "I've spoken to the crew leader: that was our crew's mistake — not the tile's and certainly not yours. We'll replace the tile at our cost."),
    ("en", "It's a big job, but the crew will have it done by Friday — let's not make it harder than it needs to be, I'll book them now."),
    ("en", "The price is in big letters on the quote I just sent, 18 400 ₽ in total."),
    ("en", "We only install on weekdays, so I've booked you for Monday 9:00–11:00."),
    # round 128 (blind179, blind180 as tuning data): polite wordings beside the round's families; in a call «у меня
    # линия продаж» (the line the agent works on, not round 84's «у меня линия» brush-off) failed before the round
    ("ru", "вижу у вас привод дорхан перепрограммирование пультов делает сервисный отдел я вас переключу у меня линия продаж"),
    ("ru", "Если вам не жалко старый привод, можем забрать его на запчасти бесплатно."),
    ("ru", "Время прибытия зависело от нас, а не от погоды: простите, завтра мастер будет с 9:00."),
    ("en", "We only install it after the survey, so I've booked the survey for Friday."),
    # round 129 (blind181, blind182 as tuning data): polite wordings beside the round's families
    ("ru", "При всём уважении к вашему врачу, мы подберём класс только по назначению — пришлите его, и я всё оформлю."),
    ("ru", "Что вы хотите от стелек в первую очередь — мягкости или поддержки свода?"),
    ("ru", "Если справитесь сами — отлично, а если нет, замер у нас бесплатный."),
    ("en", "With respect to your question, the scan is free for children under 7."),
    ("en", "The pick-up point is run by a separate team, so I've called them myself and they'll have your parcel ready by 6 pm."),
    # round 130 (blind183, blind184 as tuning data): polite wordings beside the round's families; in calls "the number
    # is on the tin" (a can's label, not the idiom) failed as rude and «это не мы придумали это физика дерева» (a true
    # cause) as blame before the round
    ("en", "the varnish is aqualak pro the batch number is on the tin so read it to me and i'll check it myself"),
    ("ru", "доске нужна акклиматизация 48 часов это не мы придумали это физика дерева"),
    ("en", "What did you expect the crew to do first — the hallway or the bedroom?"),
    ("ru", "Я же вам всё расписала в письме — если что-то непонятно, позвоню и объясню."),
    ("en", "The delay was caused entirely by our own scheduling, and I'm sorry — the crew will come on Monday at 9."),
    # round 131 (blind185, blind186 as tuning data): polite wordings beside the round's families
    ("ru", "Это не волшебство, конечно, но полимер скроет скол почти полностью — приезжайте завтра в 10:00."),
    ("en", "Most people never notice the dot at the edge, but if it bothers you, we'll replace the glass on Friday."),
    ("en", "Andrei doesn't work with us anymore, but his work is ours to fix — I've booked a free reseal for Friday at 9."),
    ("en", "The delay was caused by our courier partner's van, but that's our responsibility — I've refunded the order in full."),
    # round 132 (blind187, blind188 as tuning data): polite wordings beside the round's families; «напишите — договор
    # пришлю в тот же день» (an invitation with the agent's own step) failed as blame before the round
    ("ru", "Если решите продлевать, напишите — договор пришлю в тот же день."),
    ("ru", "Если вас не смущает небольшой шов, поставим сегодня; если смущает — закажу цельную плиту."),
    ("en", "Most people see the price list first, so I've attached it — the valve check is 9 500 ₽."),
    # round 133 (blind189, blind190 as tuning data): polite wordings beside the round's families
    ("ru", "Если удобнее, давайте я сделаю это за вас — пришлите номер подписки."),
    ("ru", "Как видите, всё готово: доставка в пятницу, 18–21."),
    ("en", "Please read the care leaflet carefully — I've attached it, and the crew will check the edge on Friday."),
    ("en", "That would be a question for our marketing team, so I've forwarded it to them and will reply by 5 pm."),
    # round 134 (blind191, blind192 as tuning data): «вы бы ещё что-нибудь хотели», «Согласитесь, …, поэтому я сама», a
    # partner's question we do ourselves; "basic maintenance", sending straight to me or our own desk
    ("ru", "Вы бы ещё что-нибудь хотели заказать к плитке?"),
    ("ru", "Согласитесь, стекло за 15 000 ₽ — это много, поэтому я сама проверю акт механика до пятницы."),
    ("ru", "Это вопрос страховой компании, но документы для неё мы подготовим сами и пришлём до пятницы."),
    ("en", "This is really basic maintenance, and the crew will do it for you on Friday at no charge."),
    ("en", "Please send the photos directly to me at olga@greycobble.ru and I'll pass the claim to our insurer today."),
    ("en", "Please send it directly to our claims desk at claims@greycobble.ru; I've already told them to expect it."),
    # round 135 (blind193, blind194 as tuning data): owning the delay, «не по нашей вине, но отвечаем за неё мы», a
    # checked status after «повлиять … не можем, но»; "Please read what we send you carefully" with an offer
    ("ru", "Задержка вышла по нашей вине: архивист не прислала копии вовремя, а проверить это должны были мы."),
    ("ru", "Задержка не по нашей вине, но отвечаем за неё мы: я сама позвоню архивисту сегодня и напишу вам до 18:00."),
    ("ru", "Повлиять на сроки Росреестра мы не можем, но я каждый день проверяю статус и напишу вам, как только дом зарегистрируют."),
    ("ru", "Посмотрите, пожалуйста, акт: там 7 точек, 4 входят в 5000 и ещё 3 по 900."),
    ("en", "I'm sorry I have to repeat it, but the fee is in the contract; I can ask the booking desk to review it today."),
    ("en", "Please read what we send you carefully before Friday — the quote has all the prices, and I'm happy to go through it on the phone."),
    # round 136 (blind195, blind196 as tuning data): «судя по всему» about a missing leaflet, «не надо быть инженером»
    # as reassurance, a school textbook, «не удивляйтесь, если мастер позвонит раньше», a subcontractor whose work we
    # answer for
    ("ru", "Инструкцию, судя по всему, вам не положили в коробку — я пришлю её на почту сегодня."),
    ("ru", "Чтобы настроить таймер, не надо быть инженером: я пришлю короткую инструкцию с картинками."),
    ("ru", "Учебник физики по школьной программе для 8 класса есть в наличии, отложить?"),
    ("ru", "Не удивляйтесь, если мастер позвонит раньше, — он освободится после 11."),
    ("ru", "Бригада работает у нас по договору подряда, но за её работу на объекте отвечаем мы: бригадир приедет доделать короб в пятницу."),
    # round 137 (blind197, blind198 as tuning data): «Это вам не подойдёт», our own fault «а не плёнки», a step of ours
    # with a date, «Я бы сам им позвонил, но …» with the agent's own call; "If you have the time" as an offer, a claim
    # sent to me
    ("ru", "Это вам не подойдёт: для вашего окна нужен короб поуже, я подберу другой."),
    ("ru", "Это дефект нашей работы, а не плёнки: мы перетянем короб за свой счёт в пятницу."),
    ("ru", "Документы я подала сегодня, по вопросу сроков я сама позвоню в отдел архитектуры в пятницу и напишу вам."),
    ("ru", "Я бы сам им позвонил, но у них обед, поэтому наберу их в 14:00 и перезвоню вам."),
    ("en", "If you have the time, you can also learn the basics in our free Saturday class."),
    ("en", "Please send your claim with photos directly to me, and I'll pass it on to the film supplier today."),
    # round 138 (blind199, blind200 as tuning data): «Это вам не подойдёт», a sum worked out with a step of ours; "The
    # first thing to check is" with help, concerns addressed to me
    ("ru", "Это вам не подойдёт, потому что нужен кабель потолще, я подберу другой."),
    ("ru", "Расчёт простой: 230 вольт умножить на 16 ампер, это 3,6 кВт, я могу поднять лимит удалённо."),
    ("en", "The first thing to check is the socket type on your car; I can help you with that right now."),
    ("en", "Any concerns about the route should be addressed to me, and I'll speak to the management company today."),
    # round 139 (blind201, blind202 as tuning data): a strong coffee advised, a refund that is "not a fortune" said of
    # ourselves, our own mistake
    ("ru", "Если привыкли к более крепкому кофе, выберите в автомате «Двойной эспрессо» — это не в пользу сахара, зато бодрит."),
    ("en", "The price difference is not a fortune for us either, so I've refunded it to your card today."),
    ("en", "I'm sorry, that's our mistake, not yours, and I've corrected the price."),
    # round 140 (blind203, blind204 as tuning data): «Согласитесь, неприятно …» with a free repair, «Не переживайте», a
    # chain repair offered; a question passed on with a time
    ("ru", "Согласитесь, неприятно, когда ваза падает, — мастер приедет завтра и бесплатно укрепит карниз."),
    ("ru", "Не переживайте, решётку мы поменяем бесплатно в пятницу."),
    ("en", "If you prefer, just bring it in — we replace the chain for 300 roubles, ready in 2 days."),
    ("en", "That's a question for our production department, so I've passed it to them, and they'll call you by 5 pm today."),
    # round 141 (blind205, blind206 as tuning data): «оригинальная идея» taken up, rules sent on, a leaflet attached; we
    # check as well as carry
    ("ru", "Это, конечно, оригинальная идея для праздника — давайте я узнаю у тренера, можно ли так."),
    ("ru", "Рекомендуем ознакомиться с правилами заморозки — я пришлю их вам на почту."),
    ("en", "It may be worth reading the care leaflet before the first use; I've attached it for you."),
    ("ru", "Мы его не только возим, но и проверяем: мастер приедет завтра после обеда и заменит вентиль."),
    # round 142 (blind207, blind208 as tuning data): «Думайте, не торопитесь», an own mistake, «по вине нашего курьера»
    # with an apology; "Here we go", a certificate resent by us
    ("ru", "Думайте, не торопитесь: образцы отложу до пятницы."),
    ("ru", "Это моя ошибка, не инженера: я сама поставлю печать сегодня и пришлю скан."),
    ("ru", "Задержка возникла по вине нашего курьера, простите: привезём завтра до 12:00."),
    ("en", "Here we go: the frame is ready, and you can pick it up tomorrow from 10."),
    ("en", "The certificate is issued by our payment provider, but I've resent it from our side just now — please check your inbox."),
    # round 143 (blind209, blind210 as tuning data): «Вы бы ещё что-нибудь хотели», «В следующий раз можно записаться
    # заранее», an own «косяк» with an apology, «обратиться непосредственно к нам»; a payment checked by us
    ("ru", "Вы бы ещё что-нибудь хотели заказать к машинке?"),
    ("ru", "В следующий раз можно записаться заранее в приложении — я пришлю ссылку."),
    ("ru", "Это наш косяк, простите: педаль найдём и привезём завтра до 14:00."),
    ("ru", "Рекомендуем обратиться непосредственно к нам в мастерскую: мастер посмотрит машинку бесплатно в пятницу."),
    ("en", "Payments go through PenzaPay, but I've checked with them myself and your payment is confirmed."),
    # round 144 (blind211, blind212 as tuning data): an own staff's mistake with an apology; "You can imagine how happy
    # we were"
    ("ru", "Это недоработка наших сотрудников, простите: продлим сертификат на месяц сегодня же."),
    ("en", "You can imagine how happy we were to find the grave — photos are attached, and the cleaning is booked for Monday."),
    ("en", "Obviously we don't expect you to pay for our mistake, so the refund is on its way today."),
    # round 145 (blind213, blind214 as tuning data): a warehouse's slip put right by the agent, the own workshop's
    # quality, a shop that only sells yet replaces, a size chosen and still exchanged, a question passed to accounts; a
    # reassurance, a question no longer needed, a letter not received, a free repair, a master who can do it; "if you'd
    # like", maths owned, terms offered
    ("ru", "Комплектовал склад, не я, но ошибку я исправлю сама: новые брюки привезут завтра."),
    ("ru", "За качество пошива отвечает наш цех, и брак мы заменим за свой счёт."),
    ("ru", "Мы только продаём готовые изделия, но брак меняем сами: привозите пиджак, заменим сразу."),
    ("ru", "Размер вы выбирали сами, но обменяем на больший бесплатно."),
    ("ru", "Возвратами у нас занимается бухгалтерия, я передала ваш вопрос туда, ответ придёт завтра."),
    ("ru", "Ничего страшного, мы всё исправим сегодня же."),
    ("ru", "Если вопрос уже не актуален, просто не отвечайте на это письмо."),
    ("ru", "По всей видимости, вы не получили наше письмо — отправляю ещё раз."),
    ("ru", "Пуговицы мы пришьём бесплатно, это займёт пять минут."),
    ("ru", "С этим справится любой наш мастер, записать вас на завтра?"),
    ("en", "If you'd like, I can read the terms to you."),
    ("en", "It's simple maths on our side: we charged you twice and will refund the extra."),
    ("en", "If you'd like to read the terms first, here is the link."),
    # round 146 (blind215, blind216 as tuning data): an easy repair, a detail asked, a mail tab pointed to, a thanks; a
    # loss the company covers, a referral with its own request sent; a question about the order, a calmer week, a returned
    # item, a partner's work the company handles, "email us yourself", a department the agent has already asked
    ("ru", "Это не сложный ремонт, мастер справится за один день."),
    ("ru", "Позвольте уточнить номер заказа."),
    ("ru", "Вы, наверное, пользуетесь почтой на телефоне — тогда загляните во вкладку «Промоакции»."),
    ("ru", "Ну вот, всё пришло, рада была помочь!"),
    ("ru", "Мы не в состоянии проверить каждую ложку при приёме, поэтому сами возместим стоимость шестой."),
    ("ru", "Вы вправе обратиться в страховую, но мы уже сами отправили им запрос и сообщим ответ."),
    ("en", "What did you expect to receive in the set? I'll check the order."),
    ("en", "We would suggest a calmer week for the visit: Tuesday is free."),
    ("en", "As any item returned within 14 days, it is refunded in full."),
    ("en", "I'll leave the restoration to our partner workshop, and we handle the order ourselves."),
    ("en", "Please email us yourself if anything changes, or I can call you."),
    ("en", "That's the IT department's job, and I've already passed it to them; they'll call you today."),
    # round 147 (blind217, blind218 as tuning data): a schedule repeated without a reproach, documents checked for the
    # customer, a referral with the request sent, a rental company that repairs, the company's own department deciding, an
    # own slip put right; exercises also put in the app, an offer to explain, a contract quoted, a chat kept open, a pause
    # to finish checking, a contractor asked to deliver, nothing to check
    ("ru", "Я вам выше написала расписание, дублирую: вторник и четверг, 17:30."),
    ("ru", "Мы сами проверим документы перед подачей в фонд, если хотите."),
    ("ru", "Рекомендуем обратиться к куратору полиса, а мы со своей стороны уже отправили запрос в страховую."),
    ("ru", "Мы кровати только сдаём в аренду, но ремонт по гарантии организуем сами: мастер приедет завтра."),
    ("ru", "Решение по гарантии принимает наш сервисный отдел, я передала заявку, ответ будет завтра."),
    ("en", "The exercises are on the sheet Artyom gave you, and I've also put them in your app."),
    ("en", "Let me know if anything is unclear."),
    ("en", "It's all in section 6 of your contract; I'll quote it here for you."),
    ("en", "I have your chat open and will stay with you until it's sorted."),
    ("en", "Sorry, let me finish checking the booking and I'll be right back."),
    ("en", "The delivery crew are from our contractor, and I've asked them to bring the missing rail tomorrow."),
    ("en", "You don't need to check anything before signing; we'll sort it out."),
    ("ru", "Это склад оценивал не я, но я сама пересмотрю акт и перезвоню вам сегодня."),
    # round 148 (blind219, blind220 as tuning data): a price advised without a jibe, «поймите меня правильно», nothing to
    # be surprised at with the reason, an apology for the courier, the product page sent, a chat note; a fee the agent has
    # removed, a dispatch mistake owned, a reprint the company makes
    ("ru", "Сдавать её можно и за 28, но быстрее найдём жильца за 25 — решать вам."),
    ("ru", "Вы поймите меня правильно: мы хотим сдать квартиру быстрее и дороже."),
    ("ru", "Удивляться тут нечему: по договору проверка заняла три дня, и она пройдена."),
    ("en", "We would have expected the courier to call you first, and we are sorry he didn't."),
    ("en", "The name of the tape is on the label, and I've sent you the product page."),
    ("en", "If anyone reads this chat later, the order number is TB-31466."),
    ("en", "That fee was added by our accounts department, not by me, but I've asked them to remove it and they will today."),
    ("en", "That's a dispatch mistake, and I'm sorry: I've sent a new driver for 15:00."),
    ("en", "The printing is done by our partner print house, but print quality is our responsibility, so we'll reprint it."),
    # round 149 (blind221, blind222 as tuning data): a renovation offered within the budget; a correction the company
    # makes, a partner the agent calls herself, the club owning its promotion; an obvious damage covered, a deposit
    # returned, an error refunded to all, a mover's damage paid
    ("ru", "Цена обычно зависит от ремонта, я подберу варианты с хорошим ремонтом до 15 тысяч."),
    ("ru", "Сроки снятия приостановки определяет Росреестр, но исправленный договор наш юрист подготовит сам завтра до 12:00."),
    ("ru", "Это отдельная компания, но я сама им позвоню и перезвоню вам через час."),
    ("ru", "Именно наш клуб отвечает за акцию, поэтому разницу вернём мы."),
    ("en", "It's pretty obvious from the photos that the mirror was damaged in the move, so we'll cover it."),
    ("en", "Customers normally get the deposit back within three days."),
    ("en", "Everyone who booked that day got the same error, and we've refunded all of them."),
    ("en", "The movers are an independent company, but we booked them, so we will pay for the mirror ourselves."),
    # round 150 (blind223, blind224 as tuning data): a simple calculator explained, steps explained, a kit offered before
    # buying, hours extended for others; a registration the salon files itself; an invoice reissued, a chat transferred, a
    # claim handled, a seller's experience shared, an estimate honoured, a manager asked to call
    ("en", "It's their error, not yours, and I've already asked accounts to reissue the invoice today."),
    ("en", "That's not something chat support handles, so I've transferred you to accounts — Maria will reply in a minute."),
    ("en", "Any claim for thawed goods we handle ourselves: I've logged it and the refund goes out today."),
    ("ru", "Калькулятор на сайте устроен просто: выставьте взнос и срок, и он покажет платёж."),
    ("ru", "Объясняю по шагам: сначала оплата, потом выдача."),
    ("ru", "Об этом лучше подумать до покупки — давайте я подберу комплект."),
    ("ru", "Другие клиенты тоже спрашивали, поэтому мы продлили выдачу до 20:00."),
    ("ru", "Срок регистрации не зависит от нашего салона, но мы сами подадим повторное заявление завтра."),
    ("en", "Anyone who's sold a car with us before knows the appraiser calls back within a day, and so will ours."),
    ("en", "The estimate was given by our call centre, so I'm responsible for it and we will honour it."),
    ("en", "The schedule is changed by the showroom manager, not by the call centre, but I've asked him to call you within an hour."),
    # round 151 (blind225, blind226 as tuning data): an estimate given, a double payment cancelled by the agent, good
    # wishes, dry wood delivered, a partner's crane with the company answering for the lawn; a car's year asked, the price
    # board and notifications, a shortage regretted; logs replaced, a discount for returning customers, a crew leader's
    # slip put right, both prices for the customer to choose, documents attached, the contract read together; in a call
    # "what is your address"
    ("ru", "Калькулятор на сайте посчитает точно, а я прикинула: около 9 000 ₽."),
    ("ru", "Может, вы нажали «Оплатить» дважды из-за ошибки приложения — второй платёж я уже отменила."),
    ("ru", "Желаем удачи на новом месте и ждём вас снова!"),
    ("ru", "Сухие дрова привезём сами 21 сентября, догадываться ни о чём не придётся: СМС придёт накануне."),
    ("ru", "Манипулятор принадлежит нашему партнёру, но за работу на вашем участке отвечаем мы: газон восстановим сами."),
    ("ru", "Если не секрет, какого года машина? Подберём фильтр."),
    ("ru", "Табло с ценами висит у въезда, а в приложении можно включить уведомления о ценах."),
    ("ru", "Понимаю, что без газа неудобно: газовоз будет к 10:00 завтра."),
    ("en", "Did you expect the logs to be dry? They should be, so we'll replace the load tomorrow."),
    ("en", "Have you booked with us before? If so, your discount applies."),
    ("en", "That was the crew leader's job, not yours, and I'm sorry he didn't explain; we'll come back and fill the hole on Friday."),
    ("en", "It's your money, so here are both prices and you choose: 92 at 68.40 or 95 at 74.90."),
    ("en", "We hope this saves you a trip: the documents are attached."),
    ("en", "It may be worth reading the last section of the contract together; I'll call you at 15:00."),
    ("en", "okay that is fine i am sorry he is poorly what is your address and until what time do you need someone"),
    # round 152 (blind227, blind228 as tuning data): an instruction offered, a small sum returned, a tax regime explained,
    # an own accountant's check, a bold plan made workable, an instruction in the box, an order held for the customer; an
    # extract sent at no cost, every step walked through, a call to check
    ("ru", "Это не так уж сложно: я пришлю пошаговую инструкцию."),
    ("ru", "Сумма небольшая, но мы всё равно вернём её сегодня."),
    ("ru", "Вы предприниматель, поэтому вам доступен упрощённый режим — расскажу подробнее."),
    ("ru", "Любой наш бухгалтер проверит платёжку перед отправкой, это наше правило."),
    ("ru", "Смелый план, но выполнимый: подберём батареи для пустыря у стадиона."),
    ("ru", "Объяснять ничего не придётся: инструкция на русском и английском лежит в коробке."),
    ("ru", "Ради вашего удобства мы отложили заказ до субботы."),
    ("en", "It's not a tragedy for the refund: we'll send a fresh extract ourselves at no cost."),
    ("en", "I'll walk you through every step, it takes five minutes."),
    ("en", "We trust that this resolves the matter, and we will call you on Monday to check."),
    # round 153 (blind229, blind230 as tuning data): distances on the box, a plain answer, a courier's slip owned, a late
    # show regretted, a call to the hall made by the agent; orders ahead checked, safety distances, a video passed on, a
    # show moved, a clean-up booked, a customer's own measurement checked, a claim the company files
    ("ru", "Инструкция на боку коробки: там указано расстояние — 20 метров."),
    ("ru", "Ответ простой: во дворе 15 метров можно запускать только фонтаны."),
    ("ru", "Курьер не доехал, это наша недоработка: я сама договорилась, он привезёт завтра до 12:00."),
    ("ru", "Понимаю, что это был важный момент, и очень сожалеем, что фонтаны опоздали."),
    ("ru", "Это всё к нам: я сама позвоню в зал и перезвоню вам."),
    ("en", "Most people order a couple of weeks ahead, so I'll check what we can still deliver for you by Friday."),
    ("en", "It's a firework, so please keep 20 metres away; the instructions are on the box."),
    ("en", "Customer service has no say over the programme, so I've passed your video to the show department and they'll call you tomorrow."),
    ("en", "We know what wind can do, so we moved your show to Sunday at no charge."),
    ("en", "A vacuum cleaner won't be needed: the crew will come back tomorrow at 9 to clean up."),
    ("ru", "Если вы сами сделаете замер, пришлите фото — мастер проверит."),
    ("ru", "Мелкий шрифт на накладной действительно трудно читать, поэтому мы сами оформим претензию."),
    # round 154 (blind231, blind232 as tuning data): the same words said while the agent owns the problem or does the work
    ("ru", "Вы подписывали договор в январе, верно? Пункт 9.4 я пришлю отдельно."),
    ("ru", "Если вы уже прочитали памятку, напишите, какой пункт непонятен, — объясню."),
    ("ru", "Налоги мы за вас не платим, но письмо приставам о том, что техника наша, юристы подготовят до среды."),
    ("ru", "Ответ придёт в течение двух рабочих дней, я прослежу."),
    ("ru", "Время записи указано и в чеке, и в СМС; СМС в понедельник пришли со сдвигом — это наш сбой, деньги вернём."),
    ("ru", "Подругу понять можно: правила часто меняются. Для Турции перевод не нужен."),
    ("ru", "Рада, что уточнили заранее. Записала вас к нотариусу на 11:00."),
    ("ru", "Надеемся, что письмо ответило на ваши вопросы; если нет — позвоните мне."),
    ("ru", "Позвольте уточнить номер договора."),
    ("ru", "Со своей стороны мы уже позвонили в контору: новое время — 25 октября в 15:00."),
    ("en", "Here is the breakdown: principal, appreciation and insurance, month by month."),
    ("en", "I assume you've received the schedule by email; if not, I'll resend it now."),
    ("en", "An appeal is free of charge, and I'll send you the form today."),
    ("en", "We would like to remind you that the payment is due on the 10th; we have cancelled this penalty."),
    ("en", "As explained in my previous email, the invoices are in your account, and I've attached them here too."),
    ("en", "Dorm Wi-Fi can be unstable, so we'll refund the session and rebook it by phone."),
    ("en", "Sure, I'll check the provider's log for your link right now."),
    ("en", "Any refund will be made by us within five days; you don't need to contact the bank."),
    ("en", "I've asked the courier for the signed delivery note and will send it to you by Friday."),
    ("en", "Our part of the work is not finished until the office confirms receipt, so I'll resend the claim today."),
    # round 155 (blind233, blind234 as tuning data): the same words while the agent owns the problem or does the work
    # (blind233's "sorry you've had to call three times" was a false blame alarm before round 155)
    ("ru", "Это утреннее шоу, в нём больше разговоров; передам ваш отзыв программному директору до понедельника."),
    ("ru", "Если нужна только музыка, в приложении есть поток без ведущих — пришлю ссылку."),
    ("ru", "Мало ли что могло случиться — давайте проверю, готов ли ваш приз."),
    ("ru", "Метель задержала машину — простите, вернём половину стоимости до пятницы."),
    ("ru", "Администратор заболела, я её сегодня заменяю: приз выдам сама до 14:00."),
    ("ru", "Мы с вами работаем напрямую, так что компенсацию оформлю я — четыре выхода поставим в ноябре."),
    ("ru", "Заявки утром принимала я, это моя ошибка; 190 рублей вернём до среды."),
    ("en", "The app streams worldwide, and the Play button is in the middle of the screen."),
    ("en", "It's hard to miss the sign now: we moved it next to the entrance."),
    ("en", "Most kids on diets know the serving staff by now, but the flag is our job, and I've added it today."),
    ("en", "Kale is hard to get here in winter, so I've booked a vegan main for you every evening."),
    ("en", "The menu is on the board by the counter, and I'll send it to you in English as well."),
    ("en", "I'm so sorry you've had to call us three times; I've emailed the certificate now."),
    ("en", "Your refund for the closure day has been made by us today; no need to contact the school."),
    ("en", "Replacement tags are something we deal with: I'll have a new one at the school office tomorrow."),
    # round 156 (blind235, blind236 as tuning data): the same words while the agent owns the problem or does the work;
    # blind236's «привозите на промышленную 9 … там разберутся» (the company's own yard) was a false blame alarm before
    # round 156, and "I have checked your transfer" excused a referral as a call transfer
    ("ru", "Проверка МостПэй идёт с понедельника; я написала им сейчас и вернусь к вам до 17:00."),
    ("ru", "Валюту лучше заказывать заранее — я забронировала вам доллары на завтра, 9:00, офис на вокзале."),
    ("ru", "Раз вы написали заранее, успеем: заказ оформлю сегодня до 18:00."),
    ("ru", "Металл никуда не денется, не переживайте: машина приедет завтра с 12 до 15, я перезвоню за час."),
    ("ru", "Каждый класс взвесим отдельно, подпишите, пожалуйста, пачки."),
    ("ru", "Мы пересчитаем вес по акту и позвоним вам до пятницы."),
    ("ru", "привозите на промышленную 9 завтра до 19 там разберутся с баллоном при вас"),
    ("ru", "Претензию я передала в банк сама, ответ пришлю вам до понедельника."),
    ("ru", "Подсчёт по классам ведём мы: каждый класс взвесим отдельно."),
    ("en", "I've checked: the payout left us on Tuesday, and I've asked Desnabank to trace it today."),
    ("en", "It's a small sum, but I've asked for the price to be recalculated all the same."),
    ("en", "We appreciate that the contest means a great deal to the children, and we are checking our records today."),
    ("en", "I have checked your transfer: it was paid out in Leeds, and I've asked our partner bank to refund the second charge by Friday."),
    ("en", "I was on duty on Saturday, and I promised that rate: we will refund the 2,400 roubles."),
    ("en", "We did our part late, and that's on us: the payout goes again today."),
    # round 157 (blind237, blind238 as tuning data): the same words while the agent owns the problem or does the work
    # (blind237's "The cause was on our side, not yours" was a false blame alarm before round 157)
    ("ru", "Резервное копирование на этом VPS не подключено; я сейчас попробую восстановить таблицы и напишу до 15:00."),
    ("ru", "Мы не можем отвечать за чужой код, но DNS-записи я уже вернула, сайт откроется в течение часа."),
    ("ru", "Таблица на сайте была неверной с 12 по 16 ноября — это наша ошибка, обменяем на 32-й сразу при вас."),
    ("ru", "Новая дата — 25 ноября, я отметила бронь; если что-то изменится, напишу вам сама."),
    ("ru", "Надеемся, что вопрос решён; если баллы не придут 27 ноября, напишите нам."),
    ("ru", "Рассчитываем на ваше понимание: поставка задержалась, но бронь за вами."),
    ("ru", "У нас ничего не сломалось, но я проверю ваш сайт прямо сейчас."),
    ("ru", "Все вопросы к нам: мы сами свяжемся с провайдером и сообщим вам время."),
    ("ru", "Компенсацию по SLA я начислила сегодня: причина — отказ нашего генератора, это наша зона ответственности."),
    ("ru", "Мы выступаем продавцом, поэтому претензию по качеству примем сами: деньги вернём за 3 дня."),
    ("en", "I'm not surprised you're worried; I've requested delisting myself and will update you by 17:00."),
    ("en", "Wool can get wet in slush, so I'd suggest galoshes; I can put a pair aside for you."),
    ("en", "It's the first time we've seen this, so I've asked the workshop to check the boots today."),
    ("en", "The cause was on our side, not yours: I've reissued the certificate this morning."),
    ("en", "The workshop is our own, so I've opened the claim for you; the master will call you today."),
    ("en", "It's a manufacturing defect, so we'll refund you at the shop and deal with the factory ourselves."),
    # round 158 (blind239, blind240 as tuning data): the same words while the agent owns the problem or does the work
    # (blind240's "you won't have to chase them yourself" was a false blame alarm before round 158)
    ("ru", "Если цвет принципиален, закажем белую: шесть недель с предоплаты, к 31 декабря успеваем."),
    ("ru", "Понимаю, что вам важно успеть: срок — шесть недель, я напишу, как только фабрика подтвердит."),
    ("ru", "Баллы придут 28 ноября; правила программы пришлю вам ссылкой, там всего две страницы."),
    ("ru", "Двойное списание — наш сбой страницы оплаты; лишние 9 740 ₽ вернём до пятницы."),
    ("ru", "Если в квартире +27, мастер проверит ввод дома в понедельник с 9 до 13."),
    ("ru", "Мы продавец, и гарантийную претензию оформим сами: курьер заберёт торшер в четверг."),
    ("en", "I'm sorry two of the spotlights aren't working; an electrician will come back tomorrow at 10."),
    ("en", "I'm sorry you waited twenty minutes; I've booked you a personal consultation on Tuesday at 11:00."),
    ("en", "I've phoned the college duty engineer, and he'll come to room 314 today between 12 and 2 pm."),
    ("en", "The job was booked by the evening shift, and I'll make sure what they promised is done: a crew comes tomorrow."),
    ("en", "We act as the retailer, so we'll exchange the pendants for 1.5 m cables at no charge."),
    ("en", "A pipe burst on our main; the repair is done by our contractor, but the outage is our responsibility, and you won't have to chase them yourself."),
    # round 159 (blind241, blind242 as tuning data): the same words while the agent owns the problem or does the work;
    # «Раз уж вы написали, подскажу …» passes (round 156's «раз уж Вы написали» now only before «перескажем» and the like)
    ("ru", "Скидку 800 рублей за сданный аккумулятор я вернула вам на карту, придёт за 1–3 дня."),
    ("ru", "Аккумуляторы закончились вчера; поставлю вам резерв на пятницу, 12:00."),
    ("ru", "Раз уж вы написали, подскажу и по фильтру: он подходит к этому двигателю."),
    ("ru", "Простите за опоздание курьера: доставку 250 ₽ вернём сегодня."),
    ("ru", "Понимаю, что машина нужна завтра: правильный шрус привезём в сервис к 12:00 за наш счёт."),
    ("ru", "Результаты будут в пятницу после 14:00; пятничную смену я перенесла на субботу без штрафа."),
    ("ru", "Запишите, пожалуйста: паспорт, СНИЛС, ИНН и карта. Если удобнее, пришлю списком в СМС."),
    ("ru", "Я вас слышу и понимаю: смену 17 ноября оплатим в понедельник до 15:00."),
    ("ru", "Подбор по VIN ошибся — это наш сайт, так что диски примем и вернём 6 400 ₽ полностью."),
    ("ru", "Поставщик задержал деталь; я звонила им сегодня — бампер будет в среду, и я вам напишу."),
    ("en", "Don't mix G11 with G12; we have green G11 in stock at Zavodskaya 27 until 20:00."),
    ("en", "The update reset everyone's language to Russian — sorry about that; it's Profile → Settings → Language."),
    ("en", "The shift has a one-hour unpaid lunch break; I've put clause 5.2 in your Documents tab."),
    ("en", "The counter staff picked the wrong plugs; I'll send the right ones to your mechanic by courier today."),
    ("en", "I've asked our legal team to file your notice on Monday morning and will message you when it's done."),
    ("en", "The app fault is ours to fix, so I've removed the no-show and restored your rating."),
    # round 160 (blind243, blind244 as tuning data): the same words while the agent owns the problem or does the work
    # (blind244's «каждый ребёнок сажает мицелий» was a false rudeness alarm before round 160)
    ("ru", "Каждый ребёнок сажает мицелий в свой стаканчик и забирает его домой."),
    ("ru", "Простите, что съездили зря: тепловизор отложу для вас первым из новой партии."),
    ("ru", "Лицензия на руках нужна по закону — пришлю памятку, там всё по шагам."),
    ("ru", "На улице −29, машина не завелась; грибы привезём к 13:00, я позвоню водителю сама."),
    ("ru", "Минимальный заказ на доставку — 500 ₽; могу добавить вешенку до минимума."),
    ("ru", "Гарантийный ремонт делает сервисный центр, но прибор отправим туда мы сами и вернём вам за наш счёт."),
    ("ru", "Набор замёрз у перевозчика; новый мы отправим вам завтра, а претензию перевозчику подадим сами."),
    ("ru", "К нам можно обращаться по любому вопросу, я отвечу до вечера."),
    ("en", "Ordinary oil thickens in the cold; our gunsmith can do a winter service on Saturday."),
    ("en", "They're smaller this week because of the humidifier failure, so we'll give you the difference back."),
    ("en", "Nobody should have to deal with a mouldy kit: I'm sending you a new one today."),
    ("en", "The gunsmith mounted it, and I'll have him check it tomorrow at 10 at no charge."),
    ("en", "The kit froze at the carrier's terminal; we'll send a replacement today and claim from them ourselves."),
    ("en", "I've passed the invoice to our wholesale department, and they'll correct it by Friday."),
    # round 161 (blind245, blind246 as tuning data): the same words while the agent owns the problem or does the work
    # (blind245's "I've added him to this chat" is a hand-over, and blind246's «Дед Мороз обратится к ним» sends no one
    # anywhere: both were false blame alarms before round 161)
    ("ru", "Лаборатория перепроверит пробу по вашей просьбе завтра до 12:00, результат пришлю сюда."),
    ("ru", "Кнопка «Записаться» на главном экране; давайте я запишу вас сама."),
    ("ru", "Удостоверения распечатаем и отправим заказным письмом до пятницы."),
    ("ru", "Снегурочка опоздала по нашей вине: вернём 3 000 ₽ до понедельника."),
    ("ru", "Дед Мороз обратится к ним в программе по именам."),
    ("ru", "Задержка наша: реестр я отправлю повторно сегодня до 15:00."),
    ("ru", "Я с вечерней сменой, и перенос оформлю сам: визит будет завтра в 18:00."),
    ("en", "Five banking days count from the act; your payment is due tomorrow, and I'll check it in the morning."),
    ("en", "The waiting area is at 9 Stantsionnaya Street, open 24/7, with toilets and a café."),
    ("en", "I'm sorry about the double charge; we'll refund the second 1,750 roubles ourselves by Friday."),
    ("en", "Sales are handled by our sales manager; I've added him to this chat and passed on your request."),
    ("en", "The delay is due to our dryer, and that's on us: loading starts on Monday at 08:00."),
    ("en", "The performer's conduct is our responsibility; we'll refund half the visit today."),
    # round 162 (blind247, blind248 as tuning data): the same words while the agent owns the problem or does the work
    # (blind248's «это база «Зарплата и кадры»?» was a false rudeness alarm before round 162)
    ("ru", "Подскажите, пожалуйста, это база «Зарплата и кадры» или общая «Бухгалтерия»?"),
    ("ru", "Это база данных клиентов, её я проверю сама."),
    ("ru", "Профиль → Приватность → «Скрыть из поиска»; я пришлю эту строку и в СМС."),
    ("ru", "Линия не работала из-за отключения света — простите; замену ФН запишу вам на завтра, 10:00."),
    ("en", "With respect to your privacy, we've hidden your profile again and asked the developer for the view log."),
    ("en", "The 45+ evening is on Wednesday at 19:00; shall I book you a seat?"),
    ("en", "The events team handles refunds, and I've passed yours to them: the 1,000 roubles will be back by Friday."),
    ("en", "I'm sorry Olga shared your details; that's our failure, and I've asked her manager to call you today."),
    # round 163 (blind249, blind250 as tuning data): the same words while the agent owns the problem or does the work; a
    # newspaper's "Thursday's issue" and "Yesterday's issue" are editions, not "X's issue" (both were false blame alarms
    # before round 163)
    ("en", "The TV-guide pages were missing from Thursday's issue; we'll print them in Saturday's issue."),
    ("en", "Yesterday's issue went out late because of the storm, and I've asked for yours to be redelivered."),
    ("ru", "Это не роман, а короткая памятка: пришлю её вам на почту."),
    ("ru", "Их графики я не веду, поэтому сама передала заявку в диспетчерскую: газету принесут завтра до 10:00."),
])
def test_polite_near_misses_pass(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "pass"
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


def test_not_our_job_to_teach_is_a_put_down_not_blame(engine):
    """Round 117 (blind157): "it's not really our job to teach the traffic rules, that's what driving school is for" was
    labelled rude only (the rule is right, nothing is referred elsewhere); "not our job" alone still blames."""
    reply = "Well, it's not really our job to teach the traffic rules, that's what driving school is for."
    assert verdict(engine, "en", "no_blame_shifting", reply) == "pass"
    assert verdict(engine, "en", "no_rudeness", reply) == "fail"
    assert verdict(engine, "en", "no_blame_shifting", "Refunds are not our job, call the bank.") == "fail"


_OUTSIDE_POLITE = Path(__file__).parent / "data" / "scorecard_review" / "polite_outside_w7.tsv"
_OUTSIDE_POLITE_KNOWN_MISS = {
    "as i said before everything's fine your booking is confirmed i'm just repeating it so you've got peace of mind",
}


def _outside_polite_lines() -> list:
    rows = [line.split("\t", 1) for line in _OUTSIDE_POLITE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(lang, text, marks=pytest.mark.xfail(strict=True, reason="\"as I said before\" stays a device"))
            if text in _OUTSIDE_POLITE_KNOWN_MISS else (lang, text) for lang, text in rows]


@pytest.mark.parametrize(("lang", "reply"), _outside_polite_lines())
def test_outside_polite_look_alikes_pass_the_rules(rules_engine, lang, reply):
    """Review of rounds 110-123: 160 polite sentences written by an outside helper who saw no rule
    (tests/data/scorecard_review/README.md) fail neither rudeness nor blame-shifting with the rules alone."""
    assert verdict(rules_engine, lang, "no_rudeness", reply) == "pass"
    assert verdict(rules_engine, lang, "no_blame_shifting", reply) == "pass"


def test_an_own_mistake_with_an_apology_is_no_blame(engine):
    """Review of rounds 110-123: «это наш склад ошибся …» followed by an apology owns the mistake; without one it still
    puts it on the warehouse."""
    owned = "это наш склад ошибся с адресом извините пожалуйста я уже перенаправила посылку завтра будет у вас"
    assert verdict(engine, "ru", "no_blame_shifting", owned) == "pass"
    assert verdict(engine, "ru", "no_blame_shifting", "это наш склад ошибся с адресом звоните им") == "fail"


@pytest.mark.parametrize(("lang", "criterion", "kept", "still_fails"), [
    # round 134 (blind192): «пишите напрямую мне» after an owned billing mistake; round 23's referral device read only
    # the words before «напрямую»
    ("ru", "no_blame_shifting", "Если по договору будут ещё вопросы — пишите напрямую мне, с радостью помогу.",
     "По доставке пишите напрямую перевозчику."),
    # round 135 (blind194): round 14's "theirs to sort" device skips a negated "theirs"
    ("en", "no_blame_shifting", "The crew was from our partner GeoPlus, but they were working on our order, so this is our "
                                "responsibility — not theirs to sort out with you, and certainly not your fault.",
     "Sorting out the refund is theirs to handle, not ours."),
    # round 136 (blind196): an offer to call them; round 39's "call them" device skips "like us to", "want me to" …
    ("en", "no_blame_shifting", "One question, so that we can look after your parents properly: would you like us to "
                                "call them before each crew visit?",
     "The crew is a subcontractor, so please call them about it."),
    ("en", "no_blame_shifting", "Would you like me to call them for you and book the visit?",
     "The crew is a subcontractor, so please call them about it."),
    # round 138 (blind199): the "n't" belongs to the clause before "our responsibility"
    ("en", "no_blame_shifting", "That it didn't is our responsibility, so we will handle it under our installation "
                                "warranty at no cost to you.",
     "That isn't our responsibility, please contact the grid company."),
    # round 144 (blind211, blind212): what each child makes; a partner named with «…, не мы, но …» and the job
    # kept; a fault owned after «не наша вина, но …»
    ("ru", "no_rudeness", "Детский праздник — полтора часа мастер-класса, каждый ребёнок делает 2 куска мыла с игрушкой "
                          "внутри.",
     "Это даже школьник знает."),
    ("ru", "no_blame_shifting", "Само пособие выплачивает Социальный фонд, не мы, но заявление можно подать у нас в офисе: "
                                "мы заполним его за вас.",
     "Пособие выплачивает Социальный фонд, не мы."),
    ("ru", "no_blame_shifting", "Гроза — не наша вина, но то, что вы узнали об отмене в 17:40, — наша: возврат я оформила "
                                "сегодня.",
     "Гроза — не наша вина."),
    # round 146 (blind216): the salon itself answers for the delivery; round 33's «за … отвечает …» skipped only «наш …»
    # and «сам …»
    ("ru", "no_blame_shifting", "По области мебель возит наш партнёр, но заказ оформляю я, и за него до вашей двери "
                                "отвечает салон.",
     "За доставку до вашей двери отвечает перевозчик."),
    # round 148 (blind219): a question about what the customer did; round 113's "call the landlord / bank …" device read
    # it as a referral
    ("en", "no_blame_shifting", "Could you give me the address and your name, and tell me when you last tried to call "
                                "the landlord?",
     "Please call the landlord about it."),
    ("en", "no_blame_shifting", "Did you call the bank already, or shall I?", "Please call the bank about it."),
    # round 149 (blind221): «напишите сюда … — мы сами проверим»; round 36's «пишите … сами» read «сами» of «мы сами»
    ("ru", "no_blame_shifting", "Если до вторника деньги не придут, напишите сюда с номером договора — мы сами проверим "
                                "платёж.",
     "Пишите в банк сами."),
])
def test_a_job_kept_or_a_fault_owned_is_no_false_alarm(engine, lang, criterion, kept, still_fails):
    """Rounds 134-149: false alarms on the tuning batches' polite contacts, each fixed in the device that raised it (the
    comments say how); the plain form of that device still fails."""
    assert verdict(engine, lang, criterion, kept) == "pass"
    assert verdict(engine, lang, criterion, still_fails) == "fail"


@pytest.mark.parametrize("reply", [
    # round 122 (blind167)
    "Whether that's OK for your child is your call, not mine, I can only tell you what they're made of.",
    # round 137 (blind197)
    "The quote says 'platform per price list'. It's your time you're spending on this, not mine.",
    # round 142 (blind207)
    "It's your wall, not mine, so whatever you like. Gold, black, white, we've got all of them.",
    # round 151 (blind89): round 151's "addressed to … rather than to us" must not read it as blame
    "Parents usually know their own children best, so if you're not sure your son can sit in the dark for 45 minutes, "
    "that's a question to put to yourself rather than to us.",
])
def test_your_choice_not_mine_is_a_put_down_not_blame(engine, reply):
    """"Your call / your time / your wall, not mine" shrugs the customer off (each labelled rude only by its writer);
    ", not mine" no longer fails it as blame-shifting."""
    assert verdict(engine, "en", "no_blame_shifting", reply) == "pass"
    assert verdict(engine, "en", "no_rudeness", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply", "expected"), [
    ("ru", "размеры окон какие", "pass"),
    ("ru", "фамилия как", "pass"),
    ("ru", "номер заказ-наряда какой", "pass"),
    ("ru", "мигает сколько раз", "pass"),
    ("ru", "адрес и номер заказа", "pass"),
    ("ru", "номер заказа или телефон на который оформляли", "pass"),
    ("ru", "ворота какие секционные подъёмные или рольставни", "pass"),
    ("ru", "когда клали точную дату знаете", "pass"),
    ("en", "yeah yeah i got it booking number", "pass"),
    ("en", "how deep and how wide are the holes", "pass"),
    ("en", "how many kilometres on the current chain", "pass"),
    ("en", "from the town limits how many pallets and how many bags", "pass"),
    ("en", "sorry to jump in is the roof flat or pitched", "pass"),
    ("ru", "вот так вот как", "fail"),
    ("ru", "ну и что такого", "fail"),
    ("ru", "мастер приедет в пятницу с 10 до 12", "fail"),
    ("en", "the roof is flat so that is fine", "fail"),
    ("en", "okay that's booked", "fail"),
])
def test_unpunctuated_call_questions_identify_the_need(engine, lang, reply, expected):
    """After round 144 (measured on every split: 30 need_identification errors fewer, none new): a call transcript has
    no question marks, so a short turn that ends on its question word («размеры окон какие», «фамилия как»), asks for
    two details («адрес и номер заказа») or offers a choice («ворота какие … или …»), and "how deep and how wide are
    …", "is the roof flat or pitched", ask the customer for what the agent needs. Statements still do not."""
    assert verdict(engine, lang, "need_identification", reply, channel=Channel.CALL) == expected


def test_your_problem_is_a_put_down_only_side_by_side(engine):
    """Round 116 (blind155): "your problem" with the rudeness gap found "no storm damage reported at your building the
    problem is on polaris's side" in a transcript (blame-shifting, labelled so, but no put-down); side by side it is one."""
    transcript = "right [NAME] so your dish looks fine no storm damage reported at your building the problem is on their side"
    assert verdict(engine, "en", "no_rudeness", transcript) == "pass"
    assert verdict(engine, "en", "no_rudeness", "Well, that's your problem, not ours.") == "fail"


@pytest.mark.parametrize("reply", [
    "Если за это время не придёт, напишите сюда, я проверю.",
    "Вы его сами не открыли? Я пришлю ещё раз.",
])
def test_a_contiguous_not_here_and_a_question_are_no_blame(engine, reply):
    """Round 81 (blind85, blind86): «это не сюда» read with gaps found «за это время не придёт, напишите сюда» (blind85), and
    «вы его сами не открыли» is blame as a statement (blind86), not as a question. (The shipped rudeness vote fails the
    question, as it fails «Вы не читаете СМС с кодом?», so only blame-shifting is asserted here.)"""
    assert verdict(engine, "ru", "no_blame_shifting", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Is there more I can do for you today?"),
    ("en", "Is there something further you need from me?"),
    ("ru", "Если понадобится ещё одна доставка, напишите — подберём."),
    ("ru", "Помочь вам ещё с чем-нибудь?"),
    ("ru", "что ещё могу для вас сделать"),
    # round 26 (blind22 as tuning data)
    ("ru", "Если вдруг всплывёт ещё что-нибудь по заказу — смело пишите."),
    ("ru", "По любым другим вопросам пишите в ответ на это письмо."),
    ("ru", "ещё что нибудь проверить или на этом всё"),
    ("ru", "Могу подобрать замену на следующий заказ, если захотите."),
    ("en", "Before you go, is there another thing on the order I can fix?"),
    # round 27 (blind23 as tuning data)
    ("ru", "что ещё по квартире вас беспокоит"),
    ("ru", "Вопросы по счёту можно задавать мне в ответном письме."),
    ("en", "Is the boiler giving you any other grief I can look at?"),
    ("en", "Is there any other charge you'd like me to explain?"),
    ("en", "If any other radiator acts up, I can look at that too."),
    # round 28 (blind24 as tuning data)
    ("ru", "Увидите в выписке другие непонятные суммы — пишите сюда же."),
    ("en", "Shall I go through the rest of your statement while you're here?"),
    ("en", "Is there some other bill I should check?"),
    ("en", "If another charge looks odd, reply here and I'll review it."),
    # round 29 (blind25 as tuning data)
    ("ru", "Если с настройкой что-то не выйдет, напишите — подскажу."),
    ("en", "Should another bill look odd, I'm happy to take it on."),
    # round 30 (blind26 as tuning data)
    ("ru", "Если захотите перенести и второй визит — подскажу свободное время."),
    ("ru", "Могу заодно записать вас на повторный осмотр — хотите?"),
    ("ru", "Не придёт смс к вечеру — напишите мне."),
    ("en", "If there's another question about the bill, I'm around."),
    ("en", "We can look at other bookings too if you like."),
    # round 31 (blind27 as tuning data)
    ("en", "Any other billing worry I can take off your hands?"),
    ("en", "Any other charge bothering you?"),
    ("en", "If another item on the invoice looks wrong, tell me and I'll dig into it."),
    # round 32 (blind28 as tuning data)
    ("ru", "Могу глянуть и другие ваши заказы — надо?"),
    ("ru", "Мы всегда к вашим услугам."),
    ("en", "Can I help with any other order today?"),
    ("en", "Whatever else comes up, just reply here."),
    ("en", "If you'd like reminders, let me know and I'll set them up."),
    # round 33 (blind29 as tuning data)
    ("ru", "Есть ли ещё что-нибудь по счёту, что стоит проверить?"),
    ("ru", "Если хотите, гляну и остальные ваши заказы."),
    ("en", "Shall I look at your other trips from last week while the account is open?"),
    # round 35 (blind31 as tuning data): a conditional way back, "any other worries …, message me", "may help"
    ("en", "If you need me before Friday, drop a line here."),
    ("en", "Any other worries about the delivery, message me and I'll handle them."),
    ("en", "Is there any other matter I may help with?"),
    # round 36 (blind32 as tuning data): «может, ещё что-то …?», «нужно ли … ещё что-то»
    ("ru", "Может, ещё что-то оформить к вашему приезду?"),
    ("ru", "нужно ли от нас ещё что то по этому заказу"),
    # round 39 (blind35 as tuning data): in a call «ещё что нибудь поправить хотите»
    ("ru", "ещё что нибудь поправить хотите"),
    # round 42 (blind38 as tuning data): «что-то для вас сделать», «помощь с чем-то ещё»
    ("ru", "Можем ли мы ещё что-то для вас сделать?"),
    ("ru", "Нужна ли помощь с чем-то ещё?"),
    # round 48 (blind44 as tuning data): a conditional offer with a promise in the first person («пишите, отвечу»,
    # «звоните поможем» without a dash) or «пишите сюда»
    ("ru", "Если не придёт до пятницы — пишите, отвечу сразу."),
    ("ru", "если с настройкой не получится звоните поможем"),
    ("ru", "Если ссылка не откроется — пишите сюда."),
    ("ru", "Если понадобится справка за май, напишите, выгружу."),
    # round 49 (blind45 as tuning data): "reply here and I'll look at it"
    ("en", "If the bill still looks wrong, reply here and I'll look at it."),
    # round 59 (21 false fails over the demo splits' calls): in a transcript the offer after a refusal is no longer
    # read as negated by it
    ("ru", "к сожалению этим мы не занимаемся может ещё что то подсказать"),
    ("ru", "скидки на это не будет ещё что нибудь подсказать"),
    ("ru", "это от нас не зависит ещё вопросы есть"),
    # round 62 (blind58 as tuning data): «ещё что-нибудь для вас посмотреть?»
    ("ru", "Могу ещё что-нибудь для вас посмотреть?"),
    # round 72 (blind69 as tuning data): in a call «что ещё хотели бы уточнить»
    ("ru", "тогда договор будет у вас завтра до 12 00 что ещё хотели бы уточнить"),
    # round 78 (blind79, blind80 as tuning data): a further service offered by a question or gladly («подсказать
    # расписание?», «с удовольствием помогу подобрать»), "I'd be happy to arrange that as well", "If you have another …
    # coming up, I'll personally make sure …"
    ("ru", "Записала вас на субботу. А сами пока можете позаниматься в зале — подсказать расписание?"),
    ("ru", "Грамоты будут готовы в пятницу. Если понадобятся рамки, с удовольствием помогу подобрать."),
    ("en", "If you'd like to see the yard first, I'd be happy to arrange that as well."),
    ("en", "If you have another event coming up, I'll personally make sure the van is booked early."),
    # round 118 (blind160 as tuning data): "If she is still unwell, I'm happy to arrange a nurse visit as well."
    ("en", "Could you tell me whether her fever has come down? If she is still unwell, I'm happy to arrange a nurse visit as well."),
    # round 119 (blind161, blind162 as tuning data): "I'm happy to answer any questions", "I'm happy to go through it"
    ("en", "For the contract I need the menu. I'm happy to answer any questions by phone on +7 (85149) 2-40-42."),
    ("en", "If anything in the translation is unclear, I'm happy to go through it with you by phone."),
    # round 120 (blind163 as tuning data): «Может, по зерну что-то нужно? С этим помогу.»
    ("ru", "Передать заявку не могу. Может, по зерну что-то нужно, [NAME]? С этим помогу."),
    # round 125 (blind174 as tuning data): a stand-alone "no" followed by an apology answers the customer and negates
    # nothing after it (in a call "no sorry anything else i can help with")
    ("en", "no sorry anything else i can help with"),
    ("ru", "нет извините могу ещё чем-то помочь"),
])
def test_offers_of_more_help(engine, lang, reply):
    assert verdict(engine, lang, "more_help", "Готово." if lang == "ru" else "Done.", reply) == "pass"


def test_a_past_pleasantry_is_no_offer_of_more_help(engine):
    assert verdict(engine, "ru", "more_help", "Готово.", "Рад был помочь. Всего доброго!") == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    # round 78: the booking itself is no further offer (not «подсказать расписание?», «с удовольствием помогу»)
    ("ru", "Записала вас на субботу, подтверждение придёт сегодня."),
    ("ru", "Расписание на сайте, там же можно записаться."),
    ("en", "I'm happy with the result, and the van is booked for Friday."),
    # round 80 (blind83 as tuning data): «if you have any» only contiguous, not "if you had done any research"
    ("en", "look if you had done any research at all you would know the kit list"),
])
def test_a_done_booking_is_no_offer_of_more_help(engine, lang, reply):
    assert verdict(engine, lang, "more_help", "Готово." if lang == "ru" else "Done.", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    # round 48: a condition with a referral elsewhere is no offer of our help
    ("ru", "Если не придёт до пятницы, пишите курьеру."),
    ("ru", "если не придёт звоните в банк"),
    # round 114 (blind152 as tuning data): «Напишите ещё раз … с пометкой «срочно»» (to another department) is no offer
    ("ru", "Это не в моей компетенции. Напишите ещё раз, пожалуйста, с пометкой «срочно»."),
    # round 120 (blind163 as tuning data): «Если замена нужна, ответьте на это письмо» is the next step of the same request
    ("ru", "Со следующей отправки можем заменить Сидамо на Кению. Если замена нужна, ответьте на это письмо до воскресенья."),
    # round 121 (blind165 as tuning data): "If you wish, we can deliver on Monday …; just reply …" is the same request's step
    ("en", "If you wish, we can deliver on Monday, 19 September, between 18:00 and 21:00; just reply to this email and we will book it."),
])
def test_a_conditional_referral_elsewhere_is_no_offer_of_more_help(engine, lang, reply):
    assert verdict(engine, lang, "more_help", "Готово.", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    # round 125: after "no sorry" a verb's own negation still refuses
    ("en", "no sorry i can't help with anything else"),
    ("ru", "нет извините больше ничем помочь не могу"),
])
def test_a_refusal_after_no_sorry_is_no_offer_of_more_help(engine, lang, reply):
    assert verdict(engine, lang, "more_help", "Готово." if lang == "ru" else "Done.", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply", "expected"), [
    ("en", "Hello,\n\nYour refund is on its way.\n\nHarriet Cole\nClaims Team, Ladoga Telecom", "pass"),
    ("en", "Hello,\n\nThis is Natalie Price, Ladoga Telecom Business Accounts. Your tariff changes today.", "pass"),
    ("en", "Hello,\n\nYour refund is on its way.\n\nClaims Team\nLadoga Telecom", "fail"),
    ("ru", "Добрый день! Я Кирилл, «Ладога Телеком». Чем помочь?", "pass"),
    ("ru", "Здравствуйте! Это Тимур, поддержка «Ладога Телеком». Чем помочь?", "pass"),
    ("en", "Ladoga Telecom support here. Yours isn't the only ticket today.", "fail"),
    ("en", "Hello,\n\nYour refund is on its way.\n\nRegards,\nRahul K.\nLadoga Telecom", "pass"),
    ("ru", "Здравствуйте. Это «Ладога Телеком», Светлана. Продиктуйте номер договора.", "pass"),
    # round 27 (blind23 as tuning data): name and company at a sentence or line start, «пишет …», «… вас слушает»
    ("ru", "Добрый вечер, [NAME]. Ольга, сервисная служба «Ладога Телеком», на связи.", "pass"),
    ("ru", "Здравствуйте! Пишет Марат, инженер «Ладога Телекома».", "pass"),
    ("ru", "Здравствуйте.\n\nПодключение восстановлено.\n\nИгорь Лебедев, отдел поддержки «Ладога Телекома»", "pass"),
    ("ru", "Добрый день. Кстати, в «Ладога Телеком» новый тариф.", "fail"),
    # round 29 (blind25 as tuning data): «Это Вероника, онлайн-аптека «…»», «[NAME], Арсений, поддержка «…»», «… я, Игнат,
    # служба поддержки «…»»
    ("ru", "Здравствуйте! Это Олеся, интернет-провайдер «Ладога Телеком».", "pass"),
    ("ru", "[NAME], Тимофей, техподдержка «Ладога Телекома». Сейчас посмотрю.", "pass"),
    ("ru", "Добрый день! Вашей заявкой занимаюсь я, Рустам, отдел подключений «Ладога Телекома».", "pass"),
    # round 31 (blind27 as tuning data): «… Ирина из «…» на связи» after a greeting with the customer's name
    ("ru", "Добрый вечер, [NAME]! Ирина из «Ладога Телеком» на связи.", "pass"),
    # round 39 (blind35 as tuning data): a bare first name on the line above the company — not a sign-off word
    ("en", "Hi [NAME],\n\nThe tasting is booked for Saturday at 11:00.\n\nFelix\nLadoga Telecom", "pass"),
    ("en", "Hi [NAME],\n\nThe tasting is booked for Saturday at 11:00.\n\nThanks\nLadoga Telecom", "fail"),
    # round 41 (blind37 as tuning data): a department's sign-off is no name
    ("ru", "Здравствуйте!\n\nЗаказ передан в работу.\n\nС уважением,\nклиентский отдел «Ладога Телеком»", "fail"),
    ("en", "Hello,\n\nYour order is on its way.\n\nRegards,\nBilling desk, Ladoga Telecom", "fail"),
    # round 45 (blind41 as tuning data): a guest-relations desk signing off is no name
    ("en", "Hello,\n\nYour refund is on its way.\n\nRegards,\nGuest Relations\nLadoga Telecom", "fail"),
    # round 49 (blind45 as tuning data): «Поддержка «…», Алёна.» before the next sentence; without a name it is none
    ("ru", "Добрый вечер. Поддержка «Ладога Телеком», Алёна. Вы меряете по кабелю?", "pass"),
    ("ru", "Добрый вечер. Поддержка «Ладога Телеком», чем помочь?", "fail"),
    # round 57 (blind53 as tuning data): a signature whose name has a line of its own above the company's line (a team is
    # no name); the agent's own redacted name under "Kind regards," (before round 57 "]" broke the name's word boundary)
    ("ru", "Добрый день.\n\nСчётчик заменим в пятницу.\n\nАнтон\n«Ладога Телеком»", "pass"),
    ("ru", "Добрый день.\n\nСчётчик заменим в пятницу.\n\nС уважением и благодарностью,\nВера\nотдел по работе с абонентами «Ладоги Телеком»", "pass"),
    ("ru", "Добрый день.\n\nСчётчик заменим в пятницу.\n\nС уважением,\nкоманда\n«Ладога Телеком»", "fail"),
    ("en", "Hello,\n\nThe refund is on its way.\n\nKind regards,\n[NAME]\nLadoga Telecom", "pass"),
    ("en", "Hello [NAME],\n\nThe refund is on its way.\n\nKind regards,\nLadoga Telecom", "fail"),
    # round 58 (blind54 as tuning data): the signature's name line with a surname
    ("ru", "Добрый день.\n\nСчётчик поверим до пятницы.\n\nРегина Лаптева\nотдел договоров «Ладоги Телеком»", "pass"),
    # round 59 (blind55 as tuning data): the name, then a business of the company («отель «…» курорта «…»»)
    ("ru", "Станислав, отель «Иней» курорта «Ладога Телеком». Номер брони?", "pass"),
    ("ru", "Добрый день, Прохор, курорт «Ладога Телеком». Чем помочь?", "pass"),
    # round 61 (blind57 as tuning data): the name line right after a sign-off line ending with a comma
    ("en", "Hello [NAME],\n\nThe bins will be emptied tonight.\n\nThank you, and goodbye for now,\nYasmin\nLadoga Telecom business team", "pass"),
    # round 62 (blind58 as tuning data): a last line "Name, Company" after a sign-off (not "Thanks, Company")
    ("en", "Hello [NAME],\n\nYour refund has been approved.\n\nGoodbye,\nEwan, Ladoga Telecom", "pass"),
    ("en", "Hello [NAME],\n\nYour refund has been approved.\n\nThanks, Ladoga Telecom", "fail"),
    # round 65 (blind61 as tuning data): a department between the name and the company, each after a comma; the name
    # line right under the last sentence (not a sign-off word)
    ("ru", "Здравствуйте.\nДеньги вернёт база.\nСпасибо за понимание.\nЭльвира, отдел спортивных сборов, «Ладога Телеком»", "pass"),
    ("en", "Hello,\nSessions cancelled for weather are not replaced.\nFelix\nLadoga Telecom", "pass"),
    ("en", "Hello,\nSessions cancelled for weather are not replaced.\nThanks\nLadoga Telecom", "fail"),
    # round 66 (blind62 as tuning data): the name line right under a last sentence ending «!»
    ("ru", "Здравствуйте!\nСчёт пришлём сегодня.\nБлагодарим за выбор!\nСерафима\n«Ладога Телеком», отдел корпоративных продаж", "pass"),
])
def test_introductions_by_signature_and_full_name(engine, lang, reply, expected):
    channel = Channel.EMAIL if "\n" in reply else Channel.CHAT
    assert verdict(engine, lang, "introduction", reply, channel=channel) == expected


@pytest.mark.parametrize(("lang", "reply", "channel", "expected"), [
    ("ru", "ладога телеком ирина", Channel.CALL, "pass"),                  # round 21: company, then a bare name
    ("ru", "Добрый день, [NAME]. Ирина, «Ладога Телеком». Слушаю вас.", Channel.CHAT, "pass"),
    ("ru", "да ладога телеком говорите", Channel.CALL, "fail"),            # an imperative is no name
    ("ru", "добрый день ладога телеком марина вас слушает", Channel.CALL, "pass"),   # round 27
    ("ru", "ладога телеком добрый день это гриша", Channel.CALL, "pass"),            # round 27
    ("ru", "ладога телеком добрый вечер вас слушает оксана", Channel.CALL, "pass"),   # round 28
    ("en", "hello ladoga telecom maria on the line", Channel.CALL, "pass"),             # round 28
    ("ru", "ладога телеком поддержка ирина добрый день", Channel.CALL, "pass"),        # round 29
    ("ru", "ладога телеком абонентский отдел пётр здравствуйте", Channel.CALL, "pass"),   # round 30
    ("ru", "салон ладога телеком добрый день", Channel.CALL, "fail"),                    # round 30: no name
    ("ru", "зоопарк ладога телеком добрый день", Channel.CALL, "fail"),                  # round 91: no name
    ("ru", "Здравствуйте. Скалодром «Ладога Телеком». Чем помочь?", Channel.CHAT, "fail"),   # round 91
    ("ru", "Здравствуйте. Зоя, «Ладога Телеком». Чем помочь?", Channel.CHAT, "pass"),       # round 91: a name, not «зоопарк»
    ("ru", "Добрый день! Дайв-центр «Ладога Телеком». Чем помочь?", Channel.CHAT, "fail"),   # round 96: «Дайв-» is no name
    ("ru", "Добрый день! Дарья, дайв-центр «Ладога Телеком». Чем помочь?", Channel.CHAT, "pass"),   # round 96
    # round 99 (blind122 as tuning data): «Ломбард «…»» and a hyphenated venue («Контакт-центр ломбарда «…»») are no
    # agent's name; a double first name with a hyphen still is
    ("ru", "Здравствуйте.\n\nЛомбард «Ладога Телеком» получил ваше письмо.\n\nКонтакт-центр ломбарда «Ладога Телеком»",
     Channel.EMAIL, "fail"),
    ("ru", "Здравствуйте.\n\nВаш заём продлён до 14 марта.\n\nАнна-Мария, ломбард «Ладога Телеком»", Channel.EMAIL, "pass"),
    ("ru", "Добрый день, сервисный центр «Ладога Телеком», Марина. Назовите номер заказа.", Channel.CHAT, "pass"),  # round 92
    # round 94 (blind111 as tuning data): a signature with a department that has a preposition in it; "This is biology"
    # is no agent's name
    ("ru", "Здравствуйте.\n\nУслуга оказана полностью.\n\nКирилл, служба заботы о гостях «Ладога Телеком»", Channel.EMAIL, "pass"),
    ("en", "Hello,\n\nThis is biology, not a failure of our service.\n\nRegards,\nGuest Relations, Ladoga Telecom", Channel.EMAIL,
     "fail"),
    ("en", "hi ladoga telecom leeds billing desk amy speaking", Channel.CALL, "pass"),   # round 30
    ("en", "afternoon ladoga telecom rahul", Channel.CALL, "pass"),
    ("en", "thanks for calling ladoga telecom", Channel.CALL, "fail"),
    ("ru", "ладога телеком добрый вечер ярослав на линии", Channel.CALL, "pass"),                 # round 33
    ("en", "Hello. Marat, Ladoga Telecom support. Yes, that works.", Channel.CHAT, "pass"),       # round 33
    # round 83 (blind89, blind90 as tuning data): «Это снова Полина, «Ладога Телеком».»; an email's line "Yuri, Ladoga
    # Telecom." under the salutation, not a sign-off word before the company
    ("ru", "Здравствуйте! Это снова Полина, «Ладога Телеком». Проверяю вашу заявку.", Channel.CHAT, "pass"),
    ("en", "Hello [NAME],\n\nYuri, Ladoga Telecom.\n\nYour router ships today.", Channel.EMAIL, "pass"),
    ("en", "Hello [NAME],\n\nYour router ships today.\n\nRegards, Ladoga Telecom", Channel.EMAIL, "fail"),
    # round 82 (blind88 as tuning data): a turn opening with the company, a comma, a name and a full stop (not the company
    # and a full stop before a name, nor a word of the greeting)
    ("ru", "Добрый день, «Ладога Телеком», Ирина. Подскажите номер договора.", Channel.CHAT, "pass"),
    ("en", "Good afternoon, Ladoga Telecom, Egor. Account number?", Channel.CHAT, "pass"),
    ("en", "Good afternoon, Ladoga Telecom. Egor will call you back.", Channel.CHAT, "fail"),
    ("ru", "Здравствуйте, «Ладога Телеком», слушаю. Что случилось?", Channel.CHAT, "fail"),
    ("en", "Hello, Ladoga Telecom, thanks for waiting. Account number?", Channel.CHAT, "fail"),
    ("en", "Hello,\n\nYour refund is on its way.\n\nRegards,\nLadoga Telecom", Channel.EMAIL, "fail"),  # a sign-off
    # round 37 (blind33): a department between the company and the name in a call; not a signature's «…», отдел заказов»
    ("ru", "ладога телеком бухгалтерия добрый день вениамин слушаю", Channel.CALL, "pass"),
    ("ru", "Здравствуйте! «Ладога Телеком», отдел заказов", Channel.CHAT, "fail"),
    # round 41 (blind37 as tuning data): the branch between the company and the name
    ("ru", "ладога телеком филиал на невском ирина слушаю", Channel.CALL, "pass"),
    # round 42 (blind38 as tuning data): a kind of shop is no name
    ("ru", "добрый вечер оптика ладога телеком", Channel.CALL, "fail"),
    # round 45 (blind41 as tuning data): «алло» is no name; a role and a name after the greeting
    ("ru", "алло ладога телеком", Channel.CALL, "fail"),
    ("ru", "ладога телеком добрый вечер администратор ринат", Channel.CALL, "pass"),
    # round 48 (blind44 as tuning data): the company, a greeting and the bare name ending the turn
    ("ru", "ладога телеком добрый день марина", Channel.CALL, "pass"),
    ("ru", "ладога телеком добрый день", Channel.CALL, "fail"),
    # round 54 (blind50 as tuning data): a qualified role before the name; "yeah" after the company is no name
    ("ru", "доброе утро ладога телеком дежурный администратор станислав", Channel.CALL, "pass"),
    ("en", "ladoga telecom yeah", Channel.CALL, "fail"),
    # round 56 (blind52 as tuning data): a greeting, the agent's name, the company; the customer's redacted name is not hers
    ("en", "Hi, Nora, Ladoga Telecom. How can I help?", Channel.CHAT, "pass"),
    ("en", "Hello, [NAME], Ladoga Telecom support here.", Channel.CHAT, "fail"),
    # round 58 (blind54 as tuning data): a call's whole first turn, the company, the name and a greeting; not the company
    # and a greeting alone, nor a branch's street
    ("en", "ladoga telecom rhys good afternoon", Channel.CALL, "pass"),
    ("en", "ladoga telecom good afternoon", Channel.CALL, "fail"),
    ("en", "ladoga telecom nevskaya hello", Channel.CALL, "fail"),
    # round 61 (blind57 as tuning data): a department between the company and the name ("… business desk bethany good
    # morning"), not the department alone
    ("en", "ladoga telecom business desk bethany good morning", Channel.CALL, "pass"),
    ("en", "ladoga telecom business desk good morning", Channel.CALL, "fail"),
    # round 62 (blind58 as tuning data): "… how can i help" after the name and the greeting
    ("en", "ladoga telecom nadia good afternoon how can i help", Channel.CALL, "pass"),
    ("en", "ladoga telecom good afternoon how can i help", Channel.CALL, "fail"),
    # round 68 (blind64 as tuning data): a kind of business («студия»), a greeting ("Hi") or a business word after an
    # alias ("… Studios here") is no name
    ("ru", "студия ладога телеком здравствуйте", Channel.CALL, "fail"),
    ("en", "Hi, Ladoga Telecom here. What can I do?", Channel.CHAT, "fail"),
    ("en", "Hi, Ladoga Telecom Studios here. What can I do?", Channel.CHAT, "fail"),
    ("en", "Hi, this is Anna at Ladoga Telecom.", Channel.CHAT, "pass"),
    # round 70 (blind66 as tuning data): the company, a branch and the name («… мастерская на самоцветной ксения»)
    ("ru", "здравствуйте ладога телеком мастерская на самоцветной ксения", Channel.CALL, "pass"),
    # round 72 (blind69 as tuning data): a business word before or after the company is no name («мойки …», «детейлинг …»)
    ("ru", "мойки ладога телеком слушаю", Channel.CALL, "fail"),
    ("ru", "здравствуйте детейлинг ладога телеком", Channel.CALL, "fail"),
    ("ru", "здравствуйте ладога телеком тимофей слушаю", Channel.CALL, "pass"),
    # round 73 (blind71 as tuning data): a role is no name («администратор на связи», «администрация «…»»)
    ("ru", "Здравствуйте! «Ладога Телеком», администратор на связи.", Channel.CHAT, "fail"),
    ("ru", "Здравствуйте, [NAME]!\n\nПрикладываем договор.\n\nС уважением,\nадминистрация «Ладоги Телеком»", Channel.EMAIL, "fail"),
    # round 74 (blind72 as tuning data): the studio's street between the company and the name («… на литейной савелий …»)
    ("ru", "студия ладоги телеком на литейной савелий здравствуйте", Channel.CALL, "pass"),
    ("ru", "студия ладоги телеком на литейной здравствуйте", Channel.CALL, "fail"),
    # round 77 (blind78 as tuning data): a kind of venue before the company is no name («парк …», «кафе …»)
    ("ru", "парк ладога телеком здравствуйте", Channel.CALL, "fail"),
    ("ru", "кафе ладога телеком добрый день", Channel.CALL, "fail"),
    ("ru", "ольга ладога телеком здравствуйте", Channel.CALL, "pass"),
    # round 100 (blind123, blind124 as tuning data): the company only inside a web or e-mail address, or naming a product
    # ("the Ladoga app"), is no introduction of the company
    ("en", "Good afternoon, this is Olga. The freight desk number is on ladoga.ru under Freight.", Channel.CHAT, "fail"),
    ("en", "Good morning, Egor here. Tickets are in the Ladoga app or at the ticket office.", Channel.CHAT, "fail"),
    ("en", "Hi, Maria here. Write to help@ladoga.com and they will answer.", Channel.CHAT, "fail"),
    ("en", "Good afternoon, this is Olga from Ladoga Telecom. The number is on ladoga.ru.", Channel.CHAT, "pass"),
    # round 101 (blind125, blind126 as tuning data): in Russian too, the company naming the app the customer is sent to or
    # inside a web address is no introduction; «обсерватория», «паромная переправа» before the company are no name
    ("ru", "Добрый вечер! Меня зовут Марат, рад помочь. Партнёра удобнее искать в приложении «Ладога Телеком».", Channel.CHAT,
     "fail"),
    ("ru", "Добрый день! Меня зовут Марат. Заявки принимаются на сайте ладога.рф до четверга.", Channel.CHAT, "fail"),
    ("ru", "Добрый вечер! Марат, «Ладога Телеком». Партнёра удобнее искать в приложении «Ладога Телеком».", Channel.CHAT,
     "pass"),
    ("ru", "обсерватория ладога телеком здравствуйте", Channel.CALL, "fail"),
    # round 102 (blind127 as tuning data): a signature with a venue and a conjunction before the company («Ксения, студия
    # йоги и массажа «…»») introduces; the venue alone does not
    ("ru", "Здравствуйте, [NAME]!\n\nВозврат оформлен сегодня.\n\nКсения, студия йоги и массажа «Ладога Телеком»", Channel.EMAIL,
     "pass"),
    ("ru", "Здравствуйте, [NAME]!\n\nВозврат оформлен сегодня.\n\nСтудия йоги и массажа «Ладога Телеком»", Channel.EMAIL, "fail"),
    # round 103 (blind129, blind130 as tuning data): a signature's name and surname under the line of the company
    # introduce; a compound venue word («турклуб»), "Ladoga Telecom Accounts" and "this is clear" are no agent's name
    ("ru", "Добрый день.\n\nДоговор продлён до мая.\n\nЗаместитель директора «Ладога Телеком»\nОлег Сафонов", Channel.EMAIL,
     "pass"),
    ("ru", "здравствуйте турклуб ладога телеком", Channel.CALL, "fail"),
    ("en", "Dear [NAME],\n\nThe invoice is sent. We hope this is clear.\n\nRegards,\nLadoga Telecom Accounts", Channel.EMAIL, "fail"),
    ("en", "Hi, Ladoga Telecom Sailing Club here. Is the sail furled?", Channel.CHAT, "fail"),
    # round 104 (blind131, blind132 as tuning data): «диспетчерская», «филармония», "dispatch" are no agent's name
    ("ru", "добрый вечер диспетчерская ладога телеком", Channel.CALL, "fail"),
    ("ru", "филармония ладога телеком здравствуйте", Channel.CALL, "fail"),
    ("en", "ladoga telecom dispatch", Channel.CALL, "fail"),
    # round 106 (blind136 as tuning data): a name and surname, a line of role and a line of the company ending a letter
    # introduce; «организатор» is no agent's name
    ("ru", "Здравствуйте, [NAME].\n\nВернём 600 ₽ за 5 дней.\n\nМаргарита Ильина\nорганизатор дегустаций\n«Ладога Телеком»",
     Channel.EMAIL, "pass"),
    ("ru", "Здравствуйте, [NAME].\n\nВернём 600 ₽ за 5 дней.\n\nС уважением\nорганизатор дегустаций\n«Ладога Телеком»",
     Channel.EMAIL, "fail"),
    # round 108 (blind139 as tuning data): "this is stated on the sign" is no "this is" + a name
    ("en", "Hello,\n\nThe terrace closes at 23:00; this is stated on the sign at the entrance.\n\nKind regards,\nLadoga Telecom "
     "Guest Relations", Channel.EMAIL, "fail"),
    # round 109 (blind141 as tuning data): «мотель», "motel" and "Reception, …" are no agent's name
    ("ru", "добрый день мотель ладога телеком", Channel.CALL, "fail"),
    ("en", "ladoga telecom motel", Channel.CALL, "fail"),
    ("en", "Dear [NAME],\n\nYour room is ready.\n\nKind regards,\nReception, Ladoga Telecom", Channel.EMAIL, "fail"),
    # round 113 (blind150 as tuning data): «инженер рекомендовал» is a role and a verb, not a role and a name
    ("ru", "Здравствуйте.\n\nПри осмотре 20 мая инженер рекомендовал заменить кровлю.\n\nОтдел качества «Ладога Телеком»",
     Channel.EMAIL, "fail"),
    ("ru", "Здравствуйте, инженер Павел, компания «Ладога Телеком».", Channel.CHAT, "pass"),
    # round 114 (blind152 as tuning data): «представитель ознакомились» is a role and a verb, not a role and a name
    ("ru", "Здравствуйте.\n\nС правилами вы как законный представитель ознакомились.\n\nАдминистрация «Ладога Телеком»",
     Channel.EMAIL, "fail"),
])
def test_a_bare_name_after_the_company_is_an_introduction(engine, lang, reply, channel, expected):
    assert verdict(engine, lang, "introduction", reply, channel=channel) == expected


@pytest.mark.parametrize(("lang", "reply", "expected"), [
    ("en", "Anything else tonight? Thanks for bearing with us, and goodnight!", "pass"),   # round 21
    ("en", "Hello,\n\nThe credit is on your account.\n\nThanks again for your patience,\nMaria", "pass"),
    ("ru", "Здравствуйте.\n\nПерерасчёт сделан.\n\nСпасибо за терпение,\nАрина", "pass"),
    ("en", "Hello,\n\nThanks for the photo,\nthe credit is on your account today.", "fail"),
    ("en", "Hi,\n\nThanks for your question. The points are now on your card.\n\nBest,\nDevon", "pass"),   # round 26
    ("en", "Hi,\n\nThe points are now on your card.\n\nBest,\nDevon", "fail"),                          # no thanks
    ("ru", "Спасибо, что написали, спокойного вам вечера!", "pass"),                                # round 31
    ("ru", "Спасибо за терпение, берегите себя!", "pass"),                                            # round 31
    ("ru", "Берегите себя!", "fail"),                                                                 # no thanks
    ("ru", "Спасибо за обращение. С наилучшими пожеланиями, Марк", "pass"),                         # round 32
    ("ru", "Спасибо за звонок. До понедельника!", "pass"),                                           # round 54
    ("ru", "Спасибо. Ответ будет до понедельника.", "fail"),                                          # a deadline
    # round 56 (blind52 as tuning data): a thanks line, the name and the company line; a wish for the journey
    ("en", "Hello,\n\nThe credit is on your account.\n\nThank you for your patience,\nJonah\nLadoga Telecom", "pass"),
    ("ru", "Благодарю за терпение и желаю хорошей поездки!", "pass"),
    # round 66 (blind62 as tuning data): a thanks sentence, then a signature of one or two lines; "see you on …", "good
    # luck with …"; a thanks that is not the last sentence is still no goodbye
    ("ru", "Здравствуйте!\nСчёт пришлём сегодня.\nСпасибо, что написали нам.\nЯрослава\n«Ладога Телеком», интернет-магазин", "pass"),
    ("en", "Hello,\nThe invoice follows today.\nThanks for your patience.\nLadoga Telecom customer team", "pass"),
    ("en", "Hello,\nThe invoice follows today.\nWith thanks,\nBronwyn\nLadoga Telecom, events team", "pass"),
    ("en", "Thank you, see you on the 15th!", "pass"),
    ("en", "Thanks for letting us know, and good luck with the move.", "pass"),
    # round 75 (blind74 as tuning data): "have a brilliant stag do"
    ("en", "Thank you, and have a brilliant stag do!", "pass"),
    # round 77 (blind78 as tuning data): "enjoy the rest of your day"
    ("en", "Thanks for letting us know, and enjoy the rest of your day!", "pass"),
    ("en", "Thanks for your patience. Enjoy the rest of the party!", "pass"),
    # round 79 (blind81 as tuning data): «…, до завтра!» after a comma (not a deadline «…, до пятницы.»)
    ("ru", "Спасибо, что сразу написали, до завтра!", "pass"),
    ("ru", "Спасибо. Всё сделаем, до пятницы.", "fail"),
    ("ru", "Здравствуйте!\nСпасибо за вопрос. Счёт пришлём сегодня, а пока уточните ИНН.", "fail"),
])
def test_goodnight_and_a_thanks_sign_off_close_the_contact(engine, lang, reply, expected):
    channel = Channel.EMAIL if "\n" in reply else Channel.CHAT
    assert verdict(engine, lang, "closing", "Done." if lang == "en" else "Готово.", reply, channel=channel) == expected


def test_thanks_after_a_refusal_in_a_transcript_is_a_closing(engine):
    reply = "я со своей стороны ничего сделать не могу спасибо за звонок до свидания"
    assert verdict(engine, "ru", "closing", "номер заказа подскажите", reply, channel=Channel.CALL) == "pass"


def test_a_goodbye_after_a_negated_verb_in_a_transcript_is_a_closing(engine):
    """Round 26 (blind22): «спасибо что не промолчали до свидания» — the goodbye opens a clause of its own."""
    reply = "деньги вернула спасибо что не промолчали до свидания"
    assert verdict(engine, "ru", "closing", "номер заказа подскажите", reply, channel=Channel.CALL) == "pass"
    assert verdict(engine, "en", "closing", "order number please", "refunded thanks for not giving up goodbye",
                   channel=Channel.CALL) == "pass"


@pytest.mark.parametrize(("lang", "reply", "expected"), [
    # round 27 (blind23 as tuning data): the company's own action owns a complaint, and its solution is the one of
    # solution_next_steps (a corrected setting that now works, an instruction), not a shorter list of its own
    ("ru", "Электрик уже выехал, будет у вас до 19:00 и заменит автомат.", "pass"),
    ("ru", "Жалобу мы передали сегодня, переписку с подрядчиком ведём сами; бригада придёт в четверг.", "pass"),
    ("ru", "Мы ещё в мае отправили вам уведомление, так что перерасчёта не будет.", "fail"),
    ("en", "I've moved your repair to our own technician, who'll be there at 8.", "pass"),
    ("en", "Today I'm sending the neighbour a formal letter, and the warning will be removed by Friday.", "pass"),
    ("en", "Reactivated. The fob will open the door on the next try.", "pass"),
    ("en", "We just move these to the contractor's queue.", "fail"),
    # round 28 (blind24 as tuning data): «я уже / сейчас / сразу …» and "I've lifted / put / set …", but a repeat of
    # what was said («я уже объяснила») is no action (round 38: without a time frame, or the remedy with one would
    # imply the ownership — tests/test_scorecard_implied_ownership.py)
    ("ru", "Я прямо сейчас отменяю списание, деньги вернутся завтра.", "pass"),
    ("ru", "Я уже объяснила, деньги вернутся.", "fail"),
    ("en", "I've lifted the hold, and the payment will go through now.", "pass"),
    ("en", "We'll email the outcome by Friday, and the fee is refunded.", "pass"),
    # round 29 (blind25 as tuning data): «Ваш заказ я перевела …», «я их только что начислила», «вам оформляю …»,
    # "Done, …", "where I can help is …" — but «я проверила» alone is no action
    ("ru", "Ваш заказ я перевела в аптеку на Садовой, бронь до пятницы.", "pass"),
    ("ru", "Баллы я вам только что начислила, они уже на карте.", "pass"),
    ("ru", "Я проверила заказ, всё собрано верно.", "fail"),
    ("en", "Done, the alert is set up and the driver will text you.", "pass"),
    # round 31 (blind27 as tuning data): «оформила сейчас», the remedy reported done («засор прочищен», "the fee has
    # been waived"), "crew's on …" — but a problem told in the passive ("was cancelled") is no remedy
    ("ru", "Перерасчёт оформила сейчас, в следующей квитанции его увидите.", "pass"),
    ("ru", "Засор прочищен, двор обработан.", "pass"),
    ("en", "The late fee has been waived, and the refund is on its way.", "pass"),
    ("en", "Crew's on the burst main now, water back by 3pm.", "pass"),
    ("en", "Your order was cancelled by the warehouse.", "fail"),
    # round 32 (blind28 as tuning data): «возврат одобрен», «сбор я … вернула», the company's commitment in the first
    # person plural («предъявим», «перевыпустим»; not «если нужно, пришлём»), "I've resent", "i've taken the fee off"
    ("ru", "Возврат одобрен, деньги придут до пятницы.", "pass"),
    ("ru", "Сбор я в порядке исключения вернула, он придёт за 5 дней.", "pass"),
    ("ru", "Претензию перевозчику предъявим сами, а билет перевыпустим сегодня.", "pass"),
    ("ru", "Если нужно, пришлём копию платёжки.", "fail"),
    ("en", "I've resent the tickets just now, they're in your inbox.", "pass"),
    ("en", "i've taken the fee off and it's refunded today", "pass"),
    # round 36 (blind32 as tuning data): the company's staff act («горничная поднимется», «переселим вас», "the porter
    # will move your bags"), a room ready for the customer
    ("ru", "Горничная поднимется к вам в 12:00 и всё уберёт.", "pass"),
    ("ru", "Переселим вас сегодня, носильщик перенесёт вещи к 14:00.", "pass"),
    ("en", "The porter will move your bags, and a quiet room is ready for you now.", "pass"),
    # round 37 (blind33 as tuning data): the company's staff («оценщик приедет», «попрошу охранника»), "the claim stays
    # with us"
    ("ru", "Оценщик приедет завтра к 12:00 и составит акт.", "pass"),
    ("ru", "Сейчас попрошу охранника открыть ворота, охранник подойдёт через 10 минут.", "pass"),
    ("en", "The claim stays with us: a restorer will collect the chair on Tuesday.", "pass"),
    # round 38 (blind34 as tuning data): a remedy with a time frame, given without blame (or, before round 39, rudeness),
    # owns the complaint — but not a refusal («перерасчёта не будет», "no recalculation"); a partial one («больше …,
    # но», "but") stays
    ("ru", "Стоимость чистки вернём на карту в течение 3 рабочих дней.", "pass"),
    ("en", "The refund for the cleaning goes back to your card within 3 working days.", "pass"),
    ("ru", "Мы ещё в мае отправили вам уведомление, так что перерасчёта не будет.", "fail"),
    ("en", "We sent you the notice back in May, so there will be no recalculation.", "fail"),
    ("ru", "Больше 500 ₽ компенсировать не получится, но эти 500 ₽ вернём до пятницы.", "pass"),
    ("en", "Expired vouchers aren't refundable, but we'll turn them into shop credit by Friday.", "pass"),
    # round 65 (blind61 as tuning data): a refusal whose next sentence opens «Но …» / "But …" is partial; shifting the
    # blame voids ownership said in words («записала», "I've rebooked": void_if_failing)
    ("ru", "Вернуть деньги за начатый месяц не можем, по договору абонемент не возвращается. Но 5 занятий перенесу на брата, первое — 27 сентября.", "pass"),
    ("en", "Lessons already started aren't refundable. But I've moved the 5 sessions to his brother, from 27 September.", "pass"),
    ("ru", "Обзванивать родителей должна была тренер, администраторы тут ни при чём. Отработку я записала на 26 сентября.", "fail"),
    ("en", "That's the courier's fault, not ours. I've rebooked the delivery for Friday.", "fail"),
])
def test_complaint_owned_by_the_companys_own_action(engine, lang, reply, expected):
    upset = "Это безобразие, третий день без света!" if lang == "ru" else "This is ridiculous, third day without power!"
    assert verdict(engine, lang, "complaint_handling", reply, complaint=True, customer=upset) == expected


@pytest.mark.parametrize(("lang", "reply", "channel", "expected"), [
    # round 31 (blind27 as tuning data): a bare detail request in a call, «Подскажите, …?», "could i grab the …",
    # "Would you mind …?" — but an offer ("Would you like …?") or no question is no need identification
    ("ru", "адрес полностью пожалуйста", Channel.CALL, "pass"),
    ("ru", "Подскажите, платёж был с карты или через банк?", Channel.CHAT, "pass"),
    ("en", "and the account reference", Channel.CALL, "pass"),
    ("en", "could i grab the reference", Channel.CALL, "pass"),
    ("en", "Would you mind sending a photo of the meter?", Channel.CHAT, "pass"),
    ("en", "Would you like a paper copy too? Great.", Channel.CHAT, "fail"),
    ("ru", "Всё, готово.", Channel.CHAT, "fail"),
    # round 32 (blind28 as tuning data): «как / кто / куда …?», «… ли …?», a question word after a preposition in a
    # call, «уточним какой …» — but small talk and an offer of help are no need identification
    ("ru", "Как вы оплачивали заказ?", Channel.CHAT, "pass"),
    ("ru", "Удобно ли вам получить билет на почту?", Channel.CHAT, "pass"),
    ("ru", "по какому номеру оформлен заказ", Channel.CALL, "pass"),
    ("ru", "сейчас уточним какой у вас тариф", Channel.CALL, "pass"),
    ("ru", "Как вы себя чувствуете?", Channel.CHAT, "fail"),
    ("ru", "Могу ли я ещё чем-то помочь?", Channel.CHAT, "fail"),
    # round 33 (blind29 as tuning data): a question word mid-turn in a call, «Подскажете …?», "which card did you …"
    ("ru", "скажите во сколько вы вышли из дома", Channel.CALL, "pass"),
    ("ru", "давайте разберёмся какой у вас номер карты", Channel.CALL, "pass"),
    ("ru", "Подскажете номер заказа?", Channel.CHAT, "pass"),
    ("en", "what time would you leave", Channel.CALL, "pass"),
    ("en", "which card did you use", Channel.CALL, "pass"),
    # round 34 (blind30 as tuning data): a question with a choice («… или …?», "…, or …?"), «как фамилия», a
    # verbless detail question — but «… или на этом всё?» is no need identification
    ("ru", "Заявление уже подали или только собираетесь?", Channel.CHAT, "pass"),
    ("ru", "как фамилия студента", Channel.CALL, "pass"),
    ("ru", "Ещё вопросы или на этом всё?", Channel.CHAT, "fail"),
    ("en", "Name on the account and date of birth?", Channel.CHAT, "pass"),
    ("en", "Is it for a medical reason, or more of a preference?", Channel.CHAT, "pass"),
    # round 35 (blind31 as tuning data): a detail question mid-turn in a call, «каким …?»
    ("ru", "ой извините какой номер заявки", Channel.CALL, "pass"),
    ("ru", "Каким приложением вы пользуетесь?", Channel.CHAT, "pass"),
    ("en", "thanks what booking reference did they give you", Channel.CALL, "pass"),
    # round 36 (blind32 as tuning data): «на какую фамилию», «какой был номер», «… у вас сохранилась?»
    ("ru", "давайте найдём бронь на какую фамилию она оформлена", Channel.CALL, "pass"),
    ("ru", "хорошо а какой был номер заказа", Channel.CALL, "pass"),
    ("ru", "Квитанция у вас сохранилась?", Channel.CHAT, "pass"),
    # round 37 (blind33 as tuning data): «номер … какой», «выясню на какой …», "Would you like …, or …?"
    ("ru", "номер договора какой", Channel.CALL, "pass"),
    ("ru", "сейчас выясню на какой адрес была доставка", Channel.CALL, "pass"),
    ("en", "Would you like the Tuesday slot, or the Friday one with the discount applied to the whole order?", Channel.CHAT, "pass"),
    # round 38 (blind34 as tuning data): «из какого …?», «код какой …», a bare "Order number?" mid-turn, "could you
    # read it out"
    ("ru", "Из какого пункта вы забирали заказ?", Channel.CHAT, "pass"),
    ("ru", "код какой пришёл в смс", Channel.CALL, "pass"),
    ("en", "Thanks for waiting. Order number?", Channel.CHAT, "pass"),
    ("en", "the ticket has a reference could you read it out", Channel.CALL, "pass"),
    # round 39 (blind35 as tuning data): in a call «номер заказа подскажите», "how many … are you expecting" — but
    # an offer to dictate is no question
    ("ru", "номер заказа подскажите", Channel.CALL, "pass"),
    ("ru", "адрес доставки подскажите", Channel.CALL, "pass"),
    ("ru", "Могу продиктовать адрес их почты.", Channel.CHAT, "fail"),
    ("en", "how many people are you expecting on the day", Channel.CALL, "pass"),
    # round 40 (blind36 as tuning data): in a call «на кого оформлен …», «на какое время», "which … is yours"; "Will
    # you still need …?"
    ("ru", "подскажите на кого оформлен договор", Channel.CALL, "pass"),
    ("ru", "зал свободен на какое время", Channel.CALL, "pass"),
    ("en", "which locker is yours", Channel.CALL, "pass"),
    ("en", "Will you still need the parking space in January?", Channel.CHAT, "pass"),
    # round 41 (blind37 as tuning data): a bare request for details, «Подскажите номер …?», a long choice question; more help is no question
    ("ru", "Подскажите номер договора?", Channel.CHAT, "pass"),
    ("ru", "Уточните, пожалуйста, адрес доставки.", Channel.CHAT, "pass"),
    ("en", "whose name is the booking under", Channel.CALL, "pass"),
    ("en", "Which branch would suit you better, the one in the centre or the one near the station by the river?", Channel.CHAT, "pass"),
    ("en", "Account?", Channel.CHAT, "pass"),
    ("en", "Is there anything more I can help with today?", Channel.CHAT, "fail"),
    # round 42 (blind38 as tuning data): «Пришлите фото чека», «Вы раньше …?», «что именно сломалось»
    ("ru", "Пришлите, пожалуйста, фото чека.", Channel.CHAT, "pass"),
    ("ru", "Вы раньше заказывали у нас линзы?", Channel.CHAT, "pass"),
    ("ru", "а что именно сломалось", Channel.CALL, "pass"),
    # round 43 (blind39 as tuning data): in a call «адрес говорите», "got it postcode", "order number or …"
    ("ru", "адрес говорите", Channel.CALL, "pass"),
    ("en", "right got it postcode", Channel.CALL, "pass"),
    ("en", "order number or the phone you booked with", Channel.CALL, "pass"),
    # round 51 (blind47 as tuning data): «это у вас …?», a request after «денег нет это нервы» (not negated by the
    # «нет»), in a call "name of … and date of birth", "just your date of birth"
    ("ru", "Понятно. Выписка — это у вас для банка?", Channel.CHAT, "pass"),
    ("ru", "понимаю денег нет это нервы продиктуйте номер договора", Channel.CALL, "pass"),
    ("en", "name of the tenant and date of birth", Channel.CALL, "pass"),
    ("en", "okay just your date of birth", Channel.CALL, "pass"),
    # round 52 (blind48 as tuning data): «Пришлите, пожалуйста, ссылку …» (a comma after the verb); in a call «почта
    # аккаунта», «а куда вы …», «а что покупаете», «а во что вы …», "name on the booking"; «а как вы знаете, …» and «а
    # что вы заказали, то и …» are no questions
    ("ru", "Понимаю. Пришлите, пожалуйста, ссылку на объявление.", Channel.CHAT, "pass"),
    ("ru", "почта аккаунта", Channel.CALL, "pass"),
    ("ru", "а куда вы отправляли посылку", Channel.CALL, "pass"),
    ("ru", "а что покупаете", Channel.CALL, "pass"),
    ("ru", "а во что вы его упаковали", Channel.CALL, "pass"),
    ("en", "name on the booking", Channel.CALL, "pass"),
    ("ru", "А как вы знаете, возврат приходит за три дня.", Channel.CHAT, "fail"),
    ("ru", "А что вы заказали, то и привезём завтра до 12:00.", Channel.CHAT, "fail"),
    # round 53 (blind49 as tuning data): in a call a bare "email please"; a done action is no question
    ("en", "email please", Channel.CALL, "pass"),
    ("ru", "Готово. Деньги вернутся за 3 дня.", Channel.CHAT, "fail"),
    # round 54 (blind50 as tuning data): «в каком филиале», «сколько лет ребёнку» inside a transcript's turn; a long
    # e-mail question asking for a document
    ("ru", "ну значит 990 в каком филиале", Channel.CALL, "pass"),
    ("ru", "у нас все врачи с опытом сколько лет ребёнку", Channel.CALL, "pass"),
    ("en", "To open the claim, could you please send me your policy number (the one on the first page) and confirm that "
           "the car was parked at home rather than at work?", Channel.EMAIL, "pass"),
    # round 55 (blind51 as tuning data): details read back for a check, «какое место было», «вам какой» in a call
    ("ru", "Рейс 16:10, место 7, всё верно?", Channel.CHAT, "pass"),
    ("ru", "так подождите какое место было", Channel.CALL, "pass"),
    ("ru", "есть в 7 15 и в 10 40 вам какой", Channel.CALL, "pass"),
    # round 57 (blind53 as tuning data): in a call «адрес полностью» at the end of a turn, «номер … у вас сохранился»;
    # "Postcode?" after a sentence, a long "Could you let me know …?"; not an e-mail's heading «Что произошло:» nor the
    # details to give a third party («указав номер договора»)
    ("ru", "так давайте по порядку адрес полностью", Channel.CALL, "pass"),
    ("ru", "номер договора у вас сохранился", Channel.CALL, "pass"),
    ("ru", "Что произошло: бригада не вышла в понедельник, мастер будет завтра.", Channel.EMAIL, "fail"),
    ("ru", "Позвоните им, указав номер договора.", Channel.CHAT, "fail"),
    ("en", "Thanks. Postcode?", Channel.CHAT, "pass"),
    ("en", "Could you let me know the best number to reach you on, and whether mornings work for you as well as evenings?", Channel.EMAIL, "pass"),
    # round 58 (blind54 as tuning data): not a thanks for a detailed description; "Would your landlord like …?", a choice
    # with its detail (not round 31's offer "Would you like a paper copy too?")
    ("ru", "Спасибо, что подробно описали ситуацию: мастер будет завтра.", Channel.EMAIL, "fail"),
    ("en", "Would your landlord like a paper copy as well?", Channel.EMAIL, "pass"),
    ("en", "Would you like it on the card you used last time, the one ending 0000?", Channel.CHAT, "pass"),
    # round 59 (blind55 as tuning data): in a call "can i just confirm the name …"
    ("en", "thank you can i just confirm the name on the booking", Channel.CALL, "pass"),
    # round 59 (the demo splits' calls): a question after a refusal is not negated by it
    ("ru", "мы к этому отношения не имеем номер заказа у вас есть", Channel.CALL, "pass"),
    ("en", "no problem can i take your name please", Channel.CALL, "pass"),
    ("en", "i hope it's nothing serious may i have your date of birth", Channel.CALL, "pass"),
    # round 60 (blind56 as tuning data): in a call «где именно это случилось»; not the agent's own «я уже описала»
    ("ru", "сочувствую надеюсь ничего серьёзного где именно это случилось", Channel.CALL, "pass"),
    ("ru", "Я уже описала путь к форме выше.", Channel.CHAT, "fail"),
    # round 61 (blind57 as tuning data): «Подскажите … ?» asking for details; in a call "how many shirts roughly"
    ("ru", "Подскажите последние 4 цифры карты и время платежей?", Channel.CHAT, "pass"),
    ("en", "yes we can add ironing how many shirts roughly", Channel.CALL, "pass"),
    # round 64 (blind60 as tuning data): in a call an «или» question after «скажите» with no question mark
    ("ru", "скажите а трещина вдоль листа или поперёк", Channel.CALL, "pass"),
    # round 65 (blind61 as tuning data): «как зовут ребёнка» (not «меня зовут»), «Ей точно шесть?»; in a call "which
    # group is she in", "which coach does he have"; an e-mail's "could you let me know:" above a list
    ("ru", "как зовут ребёнка и в какой он группе", Channel.CALL, "pass"),
    ("ru", "Ей точно шесть, не семь?", Channel.CHAT, "pass"),
    ("ru", "меня зовут Анна слушаю вас", Channel.CALL, "fail"),
    ("en", "sure which group is she in at the moment", Channel.CALL, "pass"),
    ("en", "which coach does he have", Channel.CALL, "pass"),
    ("en", "To send a quote, could you let me know:\n- the weekday;\n- the number of children.", Channel.EMAIL, "pass"),
    # round 66 (blind62 as tuning data): «подскажите, когда …»; in a call «как зовут …» after a negated verb opens a
    # question of its own (not after «не знаю»), a bare "what model", "what amount were you thinking of", "should it be
    # … or …"
    ("ru", "Пришлите, пожалуйста, 2–3 фотографии и подскажите, когда мастеру удобно приехать: есть окна 11 и 12 ноября.", Channel.EMAIL, "pass"),
    ("ru", "ну это бывает что и вовсе не приходят как зовут мастера", Channel.CALL, "pass"),
    ("ru", "не знаю как зовут мастера", Channel.CALL, "fail"),
    ("en", "what model", Channel.CALL, "pass"),
    ("en", "lovely what amount were you thinking of", Channel.CALL, "pass"),
    ("en", "should it be a printed card or an e card", Channel.CALL, "pass"),
    # round 67 (blind63 as tuning data): in a call «на какой день записывать» mid-turn, «так это какой …», "can i ask how …"
    ("ru", "ладно не обижайтесь на какой день записывать", Channel.CALL, "pass"),
    ("ru", "так это какой выезд во вторник утренний", Channel.CALL, "pass"),
    ("en", "can i ask how old he is", Channel.CALL, "pass"),
    # round 68 (blind64 as tuning data): in a call «подскажите визу в какую страну …», "would you prefer … or …"; not
    # «уточните, пожалуйста, у него» (ask someone else)
    ("ru", "можно подскажите визу в какую страну оформляете", Channel.CALL, "pass"),
    ("ru", "Уточните, пожалуйста, у него, был ли сын в списке.", Channel.EMAIL, "fail"),
    ("en", "would you prefer the studio or outdoors in the park", Channel.CALL, "pass"),
    # round 69 (blind65 as tuning data): in a call «так когда собирали»
    ("ru", "так когда собирали", Channel.CALL, "pass"),
    # round 70 (blind66 as tuning data): in a call «что с брошью конкретно», «номер чека или дата покупки есть», "do you
    # know the …" after "no problem" or a negated verb (a question of its own)
    ("ru", "так женщина давайте по делу что с брошью конкретно", Channel.CALL, "pass"),
    ("ru", "номер чека или дата покупки есть", Channel.CALL, "pass"),
    ("en", "no problem do you know the lug width or the make of the watch", Channel.CALL, "pass"),
    ("en", "we don't stock that one do you know the model number", Channel.CALL, "pass"),
    # round 71 (blind67 as tuning data): in a call «и по какому адресу» mid-turn, «есть ли у вас карточка» (not «остались ли
    # у вас ещё вопросы», «есть ли у вас ещё вопросы»: offers of more help)
    ("ru", "когда ставили и по какому адресу", Channel.CALL, "pass"),
    ("ru", "на ключе есть название и есть ли у вас карточка от замка", Channel.CALL, "pass"),
    ("ru", "Напишите, пожалуйста, подходит ли время и остались ли у вас ещё вопросы.", Channel.EMAIL, "fail"),
    ("ru", "есть ли у вас ещё вопросы", Channel.CALL, "fail"),
    # round 72 (blind69 as tuning data): in a call «на каком посту», "did it rain …" opening a turn (not "it was raining")
    ("ru", "вы на каком посту стоите", Channel.CALL, "pass"),
    ("en", "did it rain on the way home", Channel.CALL, "pass"),
    ("en", "it was raining all day so the dryer could not help", Channel.CALL, "fail"),
    # round 73 (blind71 as tuning data): in a call «сколько им лет», «кличка собаки какая», "so what dates were you …"
    ("ru", "хорошо подскажите коты живут вместе и сколько им лет", Channel.CALL, "pass"),
    ("ru", "так а кличка собаки какая", Channel.CALL, "pass"),
    ("en", "so what dates were you even thinking of", Channel.CALL, "pass"),
    # round 74 (blind72 as tuning data): in a call «чем вы её мазали», "what sort of style are you thinking of"
    ("ru", "чем вы её мазали", Channel.CALL, "pass"),
    ("en", "nice project what sort of style are you thinking of and roughly how wide is the band", Channel.CALL, "pass"),
    # round 75 (blind73 as tuning data): in a call «а глина какая», «во сколько»
    ("ru", "а глина какая", Channel.CALL, "pass"),
    ("ru", "а занятие у дочки во сколько подскажите я сверю", Channel.CALL, "pass"),
    # round 81 (blind85, blind86 as tuning data): in a call "could i ask whether …", "what name should i put …", "are you
    # coming by …", «вы хотите … или …»
    ("en", "could i ask whether it was the blue one", Channel.CALL, "pass"),
    ("en", "what name should i put the booking under", Channel.CALL, "pass"),
    ("en", "are you coming by train", Channel.CALL, "pass"),
    ("ru", "вы хотите в малый зал или в большой", Channel.CALL, "pass"),
    # round 82 (blind87, blind88 as tuning data): in a call "how many of you are …", "what was their … number", «на какие
    # даты»
    ("en", "how many of you are coming on saturday", Channel.CALL, "pass"),
    ("en", "right what was his room number", Channel.CALL, "pass"),
    ("ru", "а вам на какие числа домик", Channel.CALL, "pass"),
])
def test_detail_requests_identify_the_need(engine, lang, reply, channel, expected):
    assert verdict(engine, lang, "need_identification", reply, channel=channel) == expected


@pytest.mark.parametrize(("lang", "reply", "channel", "expected"), [
    # round 31 (blind27 as tuning data): a clock time without a colon in a transcript, hours in words, «до N рабочих
    # дней» — but not a sum of money
    ("ru", "воду дадут в 14 00", Channel.CALL, "pass"),
    ("ru", "Бригада приедет к шести вечера.", Channel.CHAT, "pass"),
    ("ru", "Проверю в половине восьмого и напишу.", Channel.CHAT, "pass"),
    ("ru", "Рассмотрим до 10 рабочих дней.", Channel.CHAT, "pass"),
    ("ru", "счёт вырос до 12 30 рублей", Channel.CALL, "fail"),
    # round 31, from the time-frame misses of blind10–blind26: a weekday and a time, «займёт N дней» (not minutes of
    # waiting on the line), «сразу после», an action done now, "… now", "be there Thursday", "in three to five
    # business days", "takes twenty minutes", "at half eight"
    ("ru", "пятница 16 00 устроит", Channel.CALL, "pass"),
    ("ru", "Проверка займёт около трёх рабочих дней.", Channel.CHAT, "pass"),
    ("ru", "Это займёт пару минут, не кладите трубку.", Channel.CHAT, "fail"),
    ("ru", "Баланс обновится сразу после оплаты.", Channel.CHAT, "pass"),
    ("ru", "Записала вас к терапевту.", Channel.CHAT, "pass"),
    ("en", "I've unlocked it manually.", Channel.CHAT, "pass"),
    ("en", "The receipt is in your email now.", Channel.CHAT, "pass"),
    ("en", "It's their money now.", Channel.CHAT, "fail"),
    ("en", "The part will be there Thursday.", Channel.CHAT, "pass"),
    ("en", "The refund lands in three to five business days.", Channel.CHAT, "pass"),
    ("en", "The fitting takes twenty minutes.", Channel.CHAT, "pass"),
    ("en", "see you at half eight", Channel.CALL, "pass"),
    # round 32 (blind28 as tuning data): «уже в приложении» (done now), "allow three working days"
    ("ru", "Готово, билет уже в приложении.", Channel.CHAT, "pass"),
    ("en", "Please allow three working days for the refund.", Channel.CHAT, "pass"),
    # round 36 (blind32 as tuning data): «за три рабочих дня»
    ("ru", "Деньги придут за три рабочих дня.", Channel.CHAT, "pass"),
    # round 38 (blind34 as tuning data): done during the call — «новый код … отправил»
    ("ru", "ладно новый код 7730 отправил", Channel.CALL, "pass"),
    # round 42 (blind38 as tuning data): an attachment is done now
    ("en", "They're attached to this email.", Channel.EMAIL, "pass"),
    # round 58 (blind54 as tuning data): in a call «до 10 утра»
    ("ru", "мастер будет до 10 утра", Channel.CALL, "pass"),
    # round 60 (blind56 as tuning data): done now — «я поездку завершила», «приложил к этому письму», "I have signed out …",
    # "i've flagged it"
    ("ru", "я поездку завершила", Channel.CALL, "pass"),
    ("ru", "Чеки я собрал в один файл и приложил к этому письму.", Channel.EMAIL, "pass"),
    ("en", "I have signed out all sessions on your account.", Channel.EMAIL, "pass"),
    ("en", "i've flagged it as damaged", Channel.CALL, "pass"),
    # round 62 (blind58 as tuning data): «в тот же день»
    ("ru", "Ответ пришлю в тот же день.", Channel.EMAIL, "pass"),
])
def test_time_frames_in_words_and_transcripts(engine, lang, reply, channel, expected):
    assert verdict(engine, lang, "time_frame", reply, channel=channel) == expected


@pytest.mark.parametrize(("lang", "reply", "expected"), [
    # round 31 (blind27 as tuning data): what the company will do («починят», «уже в пути»), "power's back by …" —
    # but not a guess («может, починят»)
    ("ru", "Трубу починят, бригада уже в пути.", "pass"),
    ("ru", "Может, починят.", "fail"),
    ("en", "Power's back by 6pm tonight.", "pass"),
    # round 35 (blind31 as tuning data): who comes and when, a visit now booked
    ("ru", "Мастер будет не позже пятницы.", "pass"),
    ("en", "She's now booked for Tuesday morning.", "pass"),
    # round 38 (blind34 as tuning data): «перешьём», the company's courier collecting
    ("ru", "Перешьём подкладку бесплатно.", "pass"),
    ("ru", "Курьер заберёт пальто в среду.", "pass"),
    # round 40 (blind36 as tuning data): an action word in a question is no solution; «уже заказана», «пришлите новое …»
    ("ru", "На какое имя оформлялся пропуск?", "fail"),
    ("ru", "Деталь уже заказана, поставка в среду.", "pass"),
    ("ru", "Пришлите новое фото при дневном свете.", "pass"),
    # round 41 (blind37 as tuning data): a booking set for a date, «засчитала вручную»; a fee the system applies is a rule, not a step
    ("ru", "Засчитала оплату вручную, запись уже стоит.", "pass"),
    ("en", "Your appointment is now booked for Monday at 9:00.", "pass"),
    ("en", "The fee is applied by the system automatically, so it stays.", "fail"),
    # round 42 (blind38 as tuning data): an attachment is done; the customer's errand to the courier is not
    ("en", "Your invoice is attached.", "pass"),
    ("en", "Please contact the courier to open a claim.", "fail"),
    # round 43 (blind39 as tuning data): «остаётся в силе»
    ("ru", "Запись на пятницу остаётся в силе.", "pass"),
    # round 45 (blind41 as tuning data): "I'll confirm …" is a step; "non-refundable" is a rule, not a refund
    ("en", "I'll confirm the price within one working day.", "pass"),
    ("en", "Deposits are non-refundable.", "fail"),
    ("en", "Tickets are not refundable after the show.", "fail"),
    # round 46 (blind42 as tuning data): an application approved and «подайте заявление» are steps; what the customer
    # «стоило проверить» and «вернуть ничего не можем» are not
    ("ru", "Заявление одобрено сегодня утром.", "pass"),
    ("ru", "Подайте заявление в приложении.", "pass"),
    ("ru", "Прежде чем ставить машину, стоило проверить реестр.", "fail"),
    ("ru", "Мы по нему вернуть ничего не можем.", "fail"),
    # round 54 (blind50 as tuning data): a note on the file, a drop-off with the return promised, a booking offered, «будет
    # готова», «подготовим» are steps; "anything else I can do for you" is no deed
    ("en", "I've added a note to your booking.", "pass"),
    ("en", "Pop it into any branch and they'll have it back within a week.", "pass"),
    ("en", "I can book you a free session on Friday.", "pass"),
    ("en", "Is there anything else I can do for you?", "fail"),
    ("ru", "Справка будет готова через три дня.", "pass"),
    ("ru", "Выписку подготовим к понедельнику.", "pass"),
    # round 55 (blind51 as tuning data): «вам напишут», «доставлена в …», «забронировала»
    ("ru", "Если документы найдутся, вам напишут.", "pass"),
    ("ru", "Посылка доставлена в пункт выдачи.", "pass"),
    ("ru", "Забронировала вам место у окна.", "pass"),
    # round 57 (blind53 as tuning data): the crew's step («бригада сделает»), «входит» as an answer, "try …", "he'll post";
    # not a plan that was due («по графику … должна быть готова»), who does the work ("is done by …"), where the customer
    # has to raise it ("have to be raised with them"); a chat handed over ("I'm transferring this chat")
    ("ru", "Вывоз мусора бригада сделает в субботу.", "pass"),
    ("ru", "Да, уборка входит, окна моют изнутри.", "pass"),
    ("ru", "Мойка окон входит в стоимость.", "pass"),
    ("ru", "По графику кухня действительно должна быть готова к пятнице.", "fail"),
    ("en", "Try a different browser and clear the cache.", "pass"),
    ("en", "He'll post the parts tomorrow.", "pass"),
    ("en", "The installation is done by Bright Fit.", "fail"),
    ("en", "Complaints about the fitting have to be raised with them.", "fail"),
    ("en", "I'm transferring this chat to billing now.", "pass"),
    # round 58 (blind54 as tuning data): the customer's step in reverse order («Оплатить счёт нужно до …»), "Sorted now";
    # not a remark on caps lock, an emphatic past ("did attend")
    ("ru", "Оплатить счёт нужно до 10 марта.", "pass"),
    ("ru", "Уберите, пожалуйста, капслок.", "fail"),
    ("en", "Our engineers did attend on Monday.", "fail"),
    ("en", "Sorted now, the miles are on your account.", "pass"),
    # round 59 (blind55 as tuning data): "I've noted a …" on the customer's account
    ("en", "I've noted a free swap on your contract.", "pass"),
    # round 60 (blind56 as tuning data): a form with a stated answer time, «я поездку завершила», "i've flagged it … and
    # sent a crew"; not another party's step («пусть отменят»), "refunds … are handled on their side"
    ("ru", "если хотите оспорить есть форма в приложении ответ в течение 10 дней", "pass"),
    ("ru", "я поездку завершила деньги за неё не спишутся", "pass"),
    ("ru", "Это вопрос к вашему банку: позвоните им, пусть отменят повторную операцию.", "fail"),
    ("en", "i've flagged it as damaged and sent a crew", "pass"),
    ("en", "if you want a review there's a form in the app and they reply within 5 days", "pass"),
    ("en", "Refunds for them are handled on their side.", "fail"),
    # round 61 (blind57 as tuning data): not the customer's own past deed («вы отменили»), nor «почему списали»
    ("ru", "Вы отменили уборку за 10 часов до начала.", "fail"),
    ("ru", "Обратитесь в банк, пусть разбираются, почему списали дважды.", "fail"),
    # round 62 (blind58 as tuning data): a device's past deed («пульт передал»)
    ("ru", "Сигнал пульт передал группе ночью.", "fail"),
    # round 63 (blind59 as tuning data): «записываю на вас», "I can put the order together", "I can hold Monday …"
    ("ru", "на пятницу в 10 часов записываю на вас", "pass"),
    ("en", "I can put the order together now and it ships tomorrow.", "pass"),
    ("en", "I can hold Monday 3 May at 10:00 for you.", "pass"),
    # round 64 (blind60 as tuning data): not another party's past deed («отменили они»); "I can hold one for you", a
    # turn opening "Sent to …"
    ("ru", "Бронь отменили они, а не мы.", "fail"),
    ("en", "I can hold one for you until Friday.", "pass"),
    ("en", "Sent to the email on your account.", "pass"),
    # round 65 (blind61 as tuning data): «перепечатаем», "will reprint", "we're covering the cost", "will be at the …
    # desk by Wednesday"
    ("ru", "Перепечатаем: новый сертификат будет у администратора с 28 сентября.", "pass"),
    ("en", "Our print partner will reprint the top, and we're covering the cost.", "pass"),
    ("en", "It will be at the Ashgrove desk by Wednesday.", "pass"),
    # round 66 (blind62 as tuning data): «Отложил вам …», «забрать можно завтра с 10:00»; "the same day" and "two hours
    # before the …" as time frames
    ("ru", "Отложил вам комплект, забрать можно сегодня до 21:00.", "pass"),
    ("ru", "Есть в наличии, забрать можно завтра с 10:00.", "pass"),
    ("en", "Once I have those, I'll send the invoice the same day.", "pass"),
    ("en", "Our crew will arrive at least two hours before the concert.", "pass"),
    # round 67 (blind63 as tuning data): «счёт выставим», in a call "i'll put a voucher … on your account"
    ("ru", "Реквизиты пришлите на почту, счёт выставим в течение дня.", "pass"),
    ("en", "fine i'll put a voucher for 1 hour on your account it'll be there within the hour", "pass"),
    # round 71 (blind67 as tuning data): «приедет наш мастер»
    ("ru", "Завтра с 10:00 до 12:00 к вам приедет наш мастер и откроет сейф.", "pass"),
    # round 72 (blind68 as tuning data): "I'll re-register it", "i have put the freeze on", «вернётся на абонемент»
    ("en", "Could you send me her name? I'll re-register it within 2 working days.", "pass"),
    ("en", "i have put the freeze on from monday 22 march", "pass"),
    ("ru", "Занятие вернётся на абонемент автоматически в течение суток.", "pass"),
    # round 74 (blind72 as tuning data): in a call "you can just walk in for that", "so come any day until 8 pm"
    ("en", "you can just walk in for that downsizing is free within 2 months", "pass"),
    ("en", "we have them in stock so come any day until 8 pm", "pass"),
    # round 75 (blind73, blind74 as tuning data): in a call «приносите …», «двоих добавляю»
    ("ru", "тогда приносите высушенные фигурки в пятницу с 12 до 18", "pass"),
    ("ru", "двоих добавляю пакет до 10 детей так что цена та же", "pass"),
    # round 110 (blind143 as tuning data): «бригада приедет …», «вывезем», «выложу в личный кабинет», "will be in your
    # personal account by …"
    ("ru", "вывезем бригада приедет в понедельник 17 ноября с 10 до 12", "pass"),
    ("ru", "Акт с метражом выложу в личный кабинет сегодня до 15:00.", "pass"),
    ("en", "Your survey report is being prepared and will be in your personal account by Friday 14 November.", "pass"),
    # round 124 (blind171, blind172 as tuning data): a done step opening a sentence — «Добавил к прогулке …», «Отметила в
    # заказе», "Added for Thursday …", "I filed it this morning" (not «Добавил в ящик», an upsell: blind154)
    ("ru", "Добавил к прогулке в четверг, 13 апреля, в 13:00.", "pass"),
    ("ru", "Отметила в заказе. Чем-то ещё могу помочь?", "pass"),
    ("en", "As I said, it's the same booking. Added for Thursday 13 April, 13:00, total 1 000 ₽.", "pass"),
    ("en", "I filed it this morning; the grid company has given an inspector slot on Friday 17 March, 10:00–13:00.", "pass"),
    # round 125 (blind173, blind174 as tuning data): «Я добавил к …», «положу два пробника», «Отметку … уже сделала»,
    # «Ожидаемая доставка …», in a call «соединяю вас с …», «Ближайшая доставка — …»; in calls "i've put them back on your
    # card", "it's going out tomorrow", "The nearest delivery … is Monday 19 June"
    ("ru", "Я добавил к вашему следующему заказу бесплатный пробник гёкуро, чтобы было с чем сравнить.", "pass"),
    ("ru", "Тогда к следующему заказу я бесплатно положу два пробника по 10 г. Отметку в карточке клиента уже сделала.", "pass"),
    ("ru", "Ожидаемая доставка в Читу — суббота, 20 мая.", "pass"),
    ("ru", "да соединяю вас с вашим менеджером натальей она сейчас на линии", "pass"),
    ("ru", "В посёлок Северный мы возим по четвергам. Ближайшая доставка — в четверг, 15 июня, если заказ поступит до 15:00 "
           "среды.", "pass"),
    ("en", "well since it's such a big deal i've put them back on your card they're there now", "pass"),
    ("en", "i heard you the first time the toner was left at the warehouse it's going out tomorrow wednesday 14 june 10 to 2",
     "pass"),
    ("en", "The nearest delivery after the weekend is Monday 19 June, 10:00–14:00.", "pass"),
    # round 126 (blind175, blind176 as tuning data): in calls a turn that is the booked slot («четверг 17 августа в 10 утра
    # …», "monday 21st 7 am …"), «поставила 2500 с завтрашнего дня», «принимаем с 1 августа»; "can be brought …", "our
    # courier can bring …", "you may collect them on …", "We can take both on Monday …", "it will be ready on …" (not
    # «поставили 2 команды на 1 час», a colleagues' mistake: blind83)
    ("ru", "четверг 17 августа в 10 утра элеваторная 9", "pass"),
    ("ru", "завтра в 8 утра элеваторная 9 без опозданий", "pass"),
    ("ru", "поставила 2500 с завтрашнего дня будет в зале и на витрине", "pass"),
    ("ru", "Зимнее в июле не берём, осень и зиму принимаем с 1 августа, с 10:00 до 19:00 на Льняной, 9.", "pass"),
    ("en", "Summer knitwear can be brought any day from 10:00 to 19:00; jumpers and hats will be accepted from 1 August.", "pass"),
    ("en", "Our courier can bring them to your address on Friday 21 July between 10:00 and 14:00 for 150 ₽.", "pass"),
    ("en", "On this occasion your parts have not yet been taken away, so you may collect them on Thursday 17 August between 8:00 and 17:00.", "pass"),
    ("en", "We can take both on Monday 28 August and return them on Tuesday 29 August.", "pass"),
    ("en", "If you bring it by Friday 18 August, it will be ready on Wednesday 23 August.", "pass"),
    ("en", "monday 21st 7 am bring it on a low loader", "pass"),
    ("ru", "так вижу это вечерняя смена напутала с расписанием поставили 2 команды на 1 час", "fail"),
    # round 127 (blind177, blind178 as tuning data): «Ближайшее окно аварийной бригады — завтра», «Бригада будет
    # завтра», in a call «монтаж в силе»
    ("ru", "Ближайшее окно аварийной бригады — завтра, 20 сентября, с 9 до 12. Сегодня всё занято.", "pass"),
    ("ru", "Пузырь не трогайте, поставьте под него таз. Бригада будет завтра.", "pass"),
    ("ru", "а заказ я до пятницы не отменю он держится и монтаж в силе если до пятницы оплата дойдёт", "pass"),
    # round 136 (blind195, blind196 as tuning data): a colleague's step with a time, «инженер посмотрит и ответит вам …
    # сегодня до 18:00»
    ("ru", "Пришлите фото с линейкой в личный кабинет, инженер посмотрит и ответит вам там сегодня до 18:00.", "pass"),
])
def test_the_companys_next_step_is_a_solution(engine, lang, reply, expected):
    assert verdict(engine, lang, "solution_next_steps", reply) == expected


@pytest.mark.parametrize(("lang", "reply"), [
    # round 38 (blind34 as tuning data): the customer's worry named («понимаю, … пугает», «неприятный сюрприз»), "an
    # annoying thing to discover"
    ("ru", "Понимаю, такая сумма в чеке пугает."),
    ("ru", "ой это неприятный сюрприз"),
    ("en", "That's an annoying thing to discover on a statement."),
    # round 39 (blind35 as tuning data): «— очень обидно», «извините, что приходится …», "sorry for the scare", "never
    # nice to see"
    ("ru", "Увидеть такое за час до праздника — очень обидно."),
    ("ru", "Извините, что приходится напоминать о своих деньгах."),
    ("en", "Sorry for the scare, a surprise charge is never nice to see."),
    # round 40 (blind36 as tuning data): «кого угодно расстроит», «как не вовремя», "what a nightmare", "oh no that's
    # an upsetting thing" (the interjection's "no" is no negation)
    ("ru", "Такое кого угодно расстроит, понимаю."),
    ("ru", "ох как не вовремя"),
    ("en", "What a nightmare before a flight."),
    ("en", "oh no that's an upsetting thing to find"),
    # round 41 (blind37 as tuning data): «понимаю, что … мало», "sorry the … hasn't gone …"
    ("ru", "Понимаю, что до поездки осталось совсем мало."),
    ("en", "Sorry the delivery hasn't gone the way you were promised."),
    # round 42 (blind38 as tuning data): «неприятно, что вам …», «никого не радует», "a real headache", "off your plate"
    ("ru", "Очень неприятно, что вам пришлось ждать."),
    ("ru", "Лишняя поездка никого не радует."),
    ("en", "Paperwork like this can be a real headache."),
    ("en", "Let me take that off your plate."),
    # round 48 (blind44 as tuning data): «— последнее, что нужно», "I know how stressful", "an unpleasant situation",
    # "that's upsetting"
    ("ru", "Задержка перед отпуском — последнее, что нужно."),
    ("en", "I know how stressful a declined card is abroad."),
    ("en", "That's an unpleasant situation to be in."),
    ("en", "oh that's upsetting"),
    # round 49 (blind45 as tuning data): «досадно, конечно, когда …», «очень сожалею»
    ("ru", "Досадно, конечно, когда такое в выходной."),
    ("ru", "Очень сожалею, что так вышло."),
    # round 51 (blind47 as tuning data): «… нет это нервы» (a stand-alone «нет» does not reach past «это»), «целое
    # приключение», «поправляйтесь»
    ("ru", "понимаю отпуск на носу а документов нет это нервы"),
    ("ru", "С двумя детьми каждая поездка — целое приключение, понимаю."),
    ("ru", "Поправляйтесь, а справку привезём на дом."),
    # round 52 (blind48 as tuning data): «долго и обидно», «обидно терять …», "would wind anyone up"
    ("ru", "Неделю ждать посылку — долго и обидно."),
    ("ru", "Обидно терять выходной из-за нашей ошибки."),
    ("en", "Two cancellations in a row would wind anyone up."),
    # round 53 (blind49 as tuning data): «Обидно после …», "a nasty shock", "that's irritating"
    ("ru", "Обидно после долгого дня остаться без фильма."),
    ("en", "A surprise charge like that is a nasty shock."),
    ("en", "that's irritating especially on a weekend"),
    # round 54 (blind50 as tuning data): «Досадно тратить …», «это очень тяжело» in a transcript, "poor thing", "a scary
    # thing"
    ("ru", "Досадно тратить выходной на очередь."),
    ("ru", "это очень тяжело всю неделю без воды"),
    ("en", "Oh no, poor thing, a sprained ankle is no fun."),
    ("en", "Losing a filling is a scary thing."),
    # round 55 (blind51 as tuning data): «ситуация неприятная», «сожалею, что …», «хуже не придумаешь», «искренне жаль»,
    # «обидно, что …»; "would be a stressful start", "it's worse when", "what a sinking feeling", "losing … is horrible"
    ("ru", "Ситуация неприятная, тем более перед поездкой."),
    ("ru", "Сожалею, что так вышло с местом."),
    ("ru", "Хуже не придумаешь: ночь на вокзале."),
    ("ru", "Нам искренне жаль."),
    ("ru", "Обидно, что так получилось."),
    ("en", "That would be a stressful start to a holiday."),
    ("en", "It's worse when it happens on a weekend."),
    ("en", "What a sinking feeling."),
    ("en", "Losing your keys on a trip is horrible."),
    # round 57 (blind53 as tuning data): «любой бы вышел из себя», «вы вправе ждать», «ваше беспокойство вполне понятно»,
    # «повод понервничать», «это очень выматывает», "… is stressful"
    ("ru", "Тут любой бы вышел из себя."),
    ("ru", "Вы вправе ждать объяснений."),
    ("ru", "Ваше беспокойство вполне понятно."),
    ("ru", "Это серьёзный повод понервничать."),
    ("ru", "Неделю ждать — это очень выматывает."),
    ("en", "A move date hanging over you is stressful."),
    # round 58 (blind54 as tuning data): in a call «как же вы там намучились»
    ("ru", "ой как же вы там намучились"),
    # round 60 (blind56 as tuning data): «Понимаю, каждая минута …», «Неприятно, понимаю», "sorry for the trouble this
    # evening" (the stock "sorry for the trouble" still is none)
    ("ru", "Понимаю, каждая минута сейчас на счету, — разберусь быстро."),
    ("ru", "Неприятно, понимаю. Проверю списание."),
    ("en", "Sorry for the trouble this evening."),
    # round 63 (blind59 as tuning data): in a call «обидно конечно понимаю»
    ("ru", "обидно конечно понимаю назовите номер заказа"),
    # round 64 (blind60 as tuning data): «Сожалеем, что …», «Простите, что вместо …», "I know it's annoying"
    ("ru", "Сожалеем, что поездка сорвалась. Деньги вернём завтра."),
    ("ru", "Простите, что вместо готовой кухни у вас пока коробки."),
    ("en", "I know it's annoying to wait in."),
    # round 65 (blind61 as tuning data): «понимаю что волнуетесь», «понимаю, как вы расстроены»
    ("ru", "понимаю что волнуетесь назовите номер заказа"),
    ("ru", "Понимаю, как вы расстроены. Уже разбираюсь."),
    # round 66 (blind62 as tuning data): the exclamation «Как досадно, …», «Как обидно, …»
    ("ru", "Как досадно, да ещё прямо перед праздником. Новый комплект привезём завтра."),
    ("ru", "Здравствуйте! Как обидно, что так вышло."),
    # round 69 (blind65 as tuning data): in a call «неприятно получилось»
    ("ru", "извините пожалуйста неприятно получилось подскажите номер договора"),
    # round 70 (blind66 as tuning data): «вы правы» (not «вы правы, но …»)
    ("ru", "Прошу прощения за такое ожидание, вы правы, срок мы уже сорвали."),
    # round 71 (blind67 as tuning data): "We're sorry you had such a long wait" (sorry about what the customer went through)
    ("en", "We're sorry you had such a long wait."),
    # round 75 (blind74 as tuning data): «Сожалею, что так получилось»
    ("ru", "Сожалею, что так получилось. Подскажите номер брони."),
])
def test_the_customers_worry_named_is_empathy(engine, lang, reply):
    upset = "Это безобразие, третий день без света!" if lang == "ru" else "This is ridiculous, third day without power!"
    assert verdict(engine, lang, "empathy", reply, complaint=True, customer=upset) == "pass"


@pytest.mark.parametrize(("lang", "customer", "reply", "expected"), [
    # round 46 (blind39, blind41 as tuning data): a customer who says they are worried is owed empathy, as an upset one is
    ("en", "My son left his tablet there, I'm really worried someone took it.", "It's at reception.", "fail"),
    ("ru", "Очень переживаю, сын забыл у вас куртку.", "Куртка на ресепшене.", "fail"),
    ("en", "My son left his tablet there, I'm really worried someone took it.",
     "I can imagine how worrying that is. It's at reception.", "pass"),
    # "don't worry" is no worry of the customer's
    ("en", "Don't worry, just a quick question: do you sell socks?", "Yes, 150 roubles.", "na"),
    # round 49 (blind45 as tuning data): a customer who says they panic is owed empathy
    ("en", "I'm panicking, my exam is tomorrow and the internet is off.", "Done, it's back on.", "fail"),
    ("ru", "Я уже паникую, завтра экзамен, а интернета нет.", "Готово, интернет включён.", "fail"),
    # round 50 (blind46 as tuning data): a customer in distress without a feeling word ("ruined", "don't know what to
    # do", «не знаю что делать»)
    ("en", "The flat is flooded and the floor is ruined.", "Send the policy number.", "fail"),
    ("en", "My car was hit and I don't know what to do.", "Send the policy number.", "fail"),
    ("ru", "в меня въехали сзади я не знаю что делать", "назовите номер полиса", "fail"),
    # round 48: «последнее, что нужно сделать» is a step and "I know how to" is know-how; round 49: «сожалеем, но …»
    # is a refusal's formula; none is the upset customer's worry named
    ("ru", "Это безобразие, третий день без света!", "Последнее, что нужно сделать, — подписать заявление.", "fail"),
    ("en", "This is ridiculous, third day without power!", "I know how to fix this.", "fail"),
    ("ru", "Это безобразие, третий день без света!", "Сожалеем, но тариф изменить нельзя.", "fail"),
    # round 51 (blind47 as tuning data): a customer after a stroke or surgery is in a hard situation
    ("ru", "мама после инсульта сама прийти не сможет", "назовите номер заявления", "fail"),
    ("ru", "Я после операции на колене, ходить пока не могу.", "Пришлите номер заявки.", "fail"),
    # round 54 (blind50 as tuning data): a night of pain
    ("ru", "У меня всю ночь болел зуб, можно сегодня?", "Назовите номер карты.", "fail"),
    # round 55 (blind51 as tuning data): «я в панике», "I'm freaking out"
    ("ru", "Я в панике, поезд через час, а билета нет.", "Назовите номер заказа.", "fail"),
    ("en", "I'm freaking out, my passport was in that bag.", "Send the booking number.", "fail"),
    # round 57 (blind53 as tuning data): "I'm getting anxious"
    ("en", "I'm getting anxious, the movers come on Friday.", "Send the contract number.", "fail"),
    # round 58 (blind54 as tuning data): "I'm scared" (not a child "scared of clowns"), «не перебивайте меня»
    ("en", "I'm scared to touch anything, it smells of gas.", "Send the address.", "fail"),
    ("en", "My son is a bit scared of clowns, can the host be a pirate?", "Send the booking number.", "na"),
    ("ru", "Не перебивайте меня, пожалуйста.", "Назовите адрес.", "fail"),
    # round 60 (blind56 as tuning data): «Пожалуйста, помогите», a fall and a bruise make a customer upset; «вы … понимаете,
    # что …» is no empathy
    ("ru", "Пожалуйста, помогите, там все рабочие контакты!", "Назовите номер велосипеда.", "fail"),
    ("ru", "я упал с самоката и ушиб колено что мне делать", "назовите номер самоката", "fail"),
    ("ru", "Это безобразие, я его не ломал!", "вы взрослый человек и понимаете что фото это доказательство", "fail"),
    # round 62 (blind58 as tuning data): a sarcastic «Ну спасибо, помогли»
    ("ru", "Ну спасибо, помогли.", "Обращайтесь.", "fail"),
    # round 71 (blind67 as tuning data): «обидно», a reproach «Можно было обойтись без …», "I'm honestly a bit scared"
    # (not a child who is "a bit nervous" or "a bit scared of clowns")
    ("ru", "Это память о деде, обидно такое читать.", "Назовите адрес.", "fail"),
    ("ru", "Можно было обойтись без комментариев.", "Ждите мастера.", "fail"),
    ("en", "I'm honestly a bit scared, he still has keys.", "One lock or two?", "fail"),
    # round 72 (blind68 as tuning data): "I'm nervous I'll be …", "That's not very kind."
    ("en", "I'm nervous I'll be the oldest one there.", "Which day suits you?", "fail"),
    ("en", "That's not very kind. I asked a genuine question.", "Which day suits you?", "fail"),
    ("en", "Can I sit on the poolside? He's 5 and a bit nervous.", "Which group is it?", "na"),
    ("en", "He's a bit scared of clowns, could the host be a pirate?", "Which date is it?", "na"),
    # round 74 (blind72 as tuning data): «Я уже места себе не нахожу»
    ("ru", "Мне делали татуировку в субботу, она шелушится. Я уже места себе не нахожу", "Пришлите фото.", "fail"),
    # round 75 (blind73, blind74 as tuning data): "I'm gutted", not "he will be gutted"
    ("en", "I broke my wrist skiing last week and i'm totally gutted", "Which voucher is it?", "fail"),
    ("en", "Hmm, he will be gutted but fine, what times do you have?", "Saturday at 13:00.", "na"),
    ("en", "I'm gutted, it was the best bowl I've ever made.", "Which session was it?", "fail"),
])
def test_a_worried_customer_is_owed_empathy(engine, lang, customer, reply, expected):
    assert verdict(engine, lang, "empathy", reply, customer=customer) == expected


@pytest.mark.parametrize(("reply", "expected"), [
    # round 55 (blind51 as tuning data): a link valid until an hour and "Done —" are time frames; opening hours are not
    ("The payment link is valid until 18:00.", "pass"),
    ("Done — the voucher is in your app.", "pass"),
    ("Their office is open until 8.", "fail"),
    # round 72 (blind68 as tuning data): "the same working day"
    ("As soon as I have them, I'll send the invoice the same working day.", "pass"),
])
def test_a_validity_and_a_done_dash_are_time_frames(engine, reply, expected):
    assert verdict(engine, "en", "time_frame", reply) == expected


@pytest.mark.parametrize(("reply", "channel", "expected"), [
    # round 55 (blind51 as tuning data): the agent's own redacted name signing an e-mail is no use of the customer's
    ("Добрый день.\n\nДеньги вернём за 3 дня.\n\nС уважением,\n[NAME], служба поддержки", Channel.EMAIL, "fail"),
    ("[NAME], команда до машины не дошла, открыла её вручную.", Channel.CHAT, "pass"),
    # round 69 (blind65 as tuning data): the agent's own redacted name right after the company opening a call
    ("ладога телеком [NAME] добрый вечер", Channel.CALL, "fail"),
    ("ладога телеком добрый вечер [NAME] ваш заказ готов", Channel.CALL, "pass"),
    # round 103 (blind130 as tuning data): the agent's own redacted name opening a chat's sentence before a department
    ("Здравствуйте. [NAME], служба поддержки. Подскажите номер брони.", Channel.CHAT, "fail"),
    # round 104 (blind131 as tuning data): after a role in a call's opening; a relative's name is not the customer's
    ("ладога телеком диспетчер [NAME] здравствуйте", Channel.CALL, "fail"),
    ("Здравствуйте.\n\nНа записи видно вашего сына [NAME], он бьёт по зеркалу.\n\nСлужба поддержки", Channel.EMAIL, "fail"),
    ("Спасибо, [NAME], до свидания!", Channel.CHAT, "pass"),
    # round 109 (blind141 as tuning data): after a greeting and a kind of venue opening a call
    ("добрый день мотель ладога телеком [NAME] слушаю вас", Channel.CALL, "fail"),
])
def test_a_redacted_name_signing_an_email_is_the_agents_own(engine, reply, channel, expected):
    assert verdict(engine, "ru", "name_use", reply, channel=channel) == expected


@pytest.mark.parametrize(("reply", "channel", "expected"), [
    # round 104 (blind131 as tuning data): the agent's own redacted name signing under "Thank you and goodbye,"; a
    # relative's name ("your son [NAME]") is not the customer's; a thanks with the customer's name still is
    ("Good evening,\n\nThe fob costs 350 rubles.\n\nThank you and goodbye,\n[NAME]\nLadoga Telecom", Channel.EMAIL, "fail"),
    ("The camera shows your son [NAME] hitting the mirror.", Channel.CHAT, "fail"),
    ("Thank you, [NAME], goodbye!", Channel.CHAT, "pass"),
    # round 109 (blind141 as tuning data): on the line above the company's, ending a letter
    ("Hi,\n\nYour room is held until 22:00.\n\nThanks again, and safe riding!\n[NAME]\nLadoga Telecom", Channel.EMAIL, "fail"),
    # round 116 (blind156 as tuning data): a place booked for the customer's child ("a place for [NAME] in the group")
    ("Shall I book a place for [NAME] in the group with an English-speaking counsellor?", Channel.CHAT, "fail"),
    # round 118 (blind159 as tuning data): the agent's own redacted name opening a chat before the company
    ("Good morning! [NAME], Ladoga Telecom. Sure — which booking is it?", Channel.CHAT, "fail"),
])
def test_an_english_redacted_name_that_is_not_the_customers(engine, reply, channel, expected):
    assert verdict(engine, "en", "name_use", reply, channel=channel) == expected


@pytest.mark.parametrize(("agent_turns", "channel", "expected"), [
    # round 69 (blind65 as tuning data): a chat's "Thank you, [NAME]." followed by more text thanks the customer; it
    # signs nothing (a sign-off and a name still do, "Thank you, [NAME]\nCompany", or "Kind regards, Felix, Company")
    (("Good evening, Ladoga Telecom support here. Which order was it?", "Thank you, [NAME]. The fee is refunded."),
     Channel.CHAT, "fail"),
    (("Hello [NAME],\nThe fee is refunded.\nThank you, [NAME]\nLadoga Telecom",), Channel.EMAIL, "pass"),
    (("Dear [NAME], the fee is refunded. Kind regards, Felix, Ladoga Telecom",), Channel.EMAIL, "pass"),
    # round 70 (blind66 as tuning data): "best wishes" is no name after "best"
    (("Hi [NAME],\nThe earrings are on their way.\nThank you, and best wishes,\nThe Ladoga Telecom online team",), Channel.EMAIL, "fail"),
])
def test_a_thanks_with_the_customers_name_is_no_signature(engine, agent_turns, channel, expected):
    assert verdict(engine, "en", "introduction", *agent_turns, channel=channel) == expected


@pytest.mark.parametrize("reply", [
    # round 71 (blind67 as tuning data): "sorry you had such a long wait" is empathy, a stock "sorry you were
    # inconvenienced" is not
    "We're sorry you were inconvenienced. The refund is done.",
    "We're sorry you had any inconvenience. The refund is done.",
])
def test_sorry_you_were_inconvenienced_stays_a_stock_apology(engine, reply):
    upset = "This is ridiculous, third day without power!"
    assert verdict(engine, "en", "empathy", reply, complaint=True, customer=upset) == "fail"
