"""Email ingest: charsets, transfer encodings, threading, quote/signature removal, rejections.

Fixtures in tests/fixtures/emails/ are raw mail files: good/ holds usable mail (cp1251, koi8-r,
undeclared 8-bit, quoted-printable, base64, HTML-only, multipart, mbox, a thread over two
files), broken/ holds one file per rejection reason plus an mbox mixing good and bad messages.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.config import ConfigError
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.email_text import (
    clean_body,
    clean_subject,
    decode_bytes,
    decode_header_value,
    html_to_text,
    load_email_text_rules,
)
from pipeline.ingest.emails import email_interaction_id, message_key, read_emails
from pipeline.model import Channel, Interaction, Rejected, Speaker, Status

FIXTURES = Path(__file__).parent / "fixtures" / "emails"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"
CONFIG = IngestConfig(company_domains=["ladoga-telecom.ru"], timezone="Europe/Moscow")
RULES = load_email_text_rules()
UTC = timezone.utc


def ingest(*paths: Path) -> tuple[dict[str, Interaction], list[Rejected]]:
    interactions: dict[str, Interaction] = {}
    rejected: list[Rejected] = []
    for item in read_emails(list(paths), CONFIG):
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            assert item.interaction_id not in interactions
            interactions[item.interaction_id] = item
    return interactions, rejected


def only(path: Path) -> Interaction:
    interactions, rejected = ingest(path)
    assert rejected == []
    assert len(interactions) == 1
    return next(iter(interactions.values()))


def write_eml(folder: Path, name: str, headers: dict[str, str], body: str = "Текст письма.\n") -> Path:
    path = folder / name
    head = "".join(f"{key}: {value}\n" for key, value in headers.items())
    path.write_bytes((head + "Content-Type: text/plain; charset=utf-8\n\n" + body).encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# charsets and transfer encodings
# --------------------------------------------------------------------------------------------


def test_cp1251_declared_body_and_encoded_headers() -> None:
    raw = (GOOD / "cp1251_declared.eml").read_bytes()
    assert "перерасчёт".encode("cp1251") in raw  # the fixture really is Windows-1251 bytes
    it = only(GOOD / "cp1251_declared.eml")
    assert it.interaction_id == email_interaction_id("cp1251-0001@mail.ru")
    assert it.channel is Channel.EMAIL and it.status is Status.INGESTED
    assert it.subject == "Двойной счёт за ноябрь"
    assert it.customer.email == "olga.ivanova@mail.ru"  # lower-cased
    assert it.customer.name == "Ольга Иванова"
    assert it.customer.customer_id == "C-1001"
    assert it.queue == "billing"
    (turn,) = it.turns
    assert turn.speaker is Speaker.CUSTOMER and turn.author_id is None
    assert "Прошу сделать перерасчёт" in turn.text
    assert "«Домашний»" in turn.text
    assert "\r" not in turn.text
    assert "iPhone" not in turn.text  # app footer removed ...
    assert it.metadata["signatures"] == []  # ... but it is not a signature


def test_koi8r_declared_body_q_encoded_name_and_signature() -> None:
    raw = (GOOD / "koi8r_declared.eml").read_bytes()
    assert "роутер".encode("koi8-r") in raw
    it = only(GOOD / "koi8r_declared.eml")
    assert it.customer.name == "Пётр Кузнецов"
    assert it.subject == "Нет интернета"
    text = it.turns[0].text
    assert text.startswith("Добрый день.")
    assert text.endswith("Адрес: ул. Садовая, д. 12, кв. 40.")
    assert "Пётр Сергеевич" not in text
    assert it.metadata["signatures"] == [0]


def test_undeclared_8bit_body_and_raw_8bit_subject_are_detected() -> None:
    raw = (GOOD / "undeclared_koi8.eml").read_bytes()
    assert b"charset" not in raw and "подписку".encode("koi8-r") in raw
    it = only(GOOD / "undeclared_koi8.eml")
    assert it.subject == "Отключить подписку"
    assert it.turns[0].text.startswith("Здравствуйте, подскажите пожалуйста, как отключить платную подписку")


def test_quoted_printable_utf8() -> None:
    raw = (GOOD / "qp_utf8.eml").read_bytes()
    assert b"=E2=80=94" in raw and b"=\n" in raw  # an encoded dash and soft line breaks
    it = only(GOOD / "qp_utf8.eml")
    text = it.turns[0].text
    assert "November 18th \u2014 once by card and once from my account balance." in text
    assert "I\u2019ve attached" in text
    assert "=" not in text
    assert it.customer.email == "john.smith@example.com"
    assert it.started_at == datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def test_base64_cp1251_outbound_agent_from_subdomain() -> None:
    assert b"Content-Transfer-Encoding: base64" in (GOOD / "base64_cp1251.eml").read_bytes()
    it = only(GOOD / "base64_cp1251.eml")
    (turn,) = it.turns
    assert turn.speaker is Speaker.AGENT
    assert turn.author_id == it.agent_id == "op-117"  # X-Agent-Id wins over the address
    assert it.metadata["direction"] == "outbound"
    assert (it.customer.email, it.customer.name) == ("a.gromov@gmail.com", "Алексей Громов")  # from To
    assert turn.text.startswith("Здравствуйте, Алексей!")
    assert turn.text.endswith("Сменить тариф можно в личном кабинете или ответом на это письмо.")
    assert "8 800" not in turn.text and "Белова" not in turn.text
    assert it.metadata["signatures"] == [0]


@pytest.mark.parametrize(
    ("text", "declared", "codec"),
    [
        ("Добрый день, когда вернут деньги?", None, "cp1251"),
        ("Добрый день, когда вернут деньги?", "koi8-r", "koi8-r"),
        ("ВЕРНИТЕ ДЕНЬГИ НЕМЕДЛЕННО, Я БУДУ ЖАЛОВАТЬСЯ!", None, "koi8-r"),
        ("Роутер мигает красным", "iso-8859-1", "cp1251"),  # Russian mislabelled as Latin-1
        ("Добрый день, подскажите пожалуйста, когда вернут деньги?", "koi8-r", "cp1251"),  # wrong label
    ],
)
def test_decode_bytes_detects_cyrillic_codecs(text: str, declared: str | None, codec: str) -> None:
    data = text.encode(codec)
    assert decode_bytes(data, declared) == (text, codec)


def test_decode_bytes_keeps_latin_and_utf8() -> None:
    assert decode_bytes("Grüße aus Köln".encode("latin-1"), "iso-8859-1")[0] == "Grüße aus Köln"
    assert decode_bytes("Grüße aus Köln".encode("latin-1"), None)[0] == "Grüße aus Köln"
    assert decode_bytes("Счёт — 500 ₽".encode("utf-8"), "windows-1251") == ("Счёт — 500 ₽", "utf-8")


def test_decode_header_value_mixes_raw_8bit_and_encoded_words() -> None:
    raw = "Re: " + "Счёт".encode("cp1251").decode("ascii", "surrogateescape") + " =?koi8-r?B?" \
        + "eA==" + "?="
    assert decode_header_value(raw) == "Re: Счёт x"
    assert decode_header_value("=?koi8-r?Q?=F3=DE=A3=D4?=\n =?utf-8?B?0LfQsCDQvdC+0Y/QsdGA0Yw=?=") == "Счётза ноябрь"


# --------------------------------------------------------------------------------------------
# threads
# --------------------------------------------------------------------------------------------


def test_thread_of_three_messages_across_two_files() -> None:
    interactions, rejected = ingest(GOOD / "thread_replies.mbox", GOOD / "thread_start.eml")
    assert rejected == []
    assert list(interactions) == [email_interaction_id("CAF-thread-1@mail.gmail.com")]
    it = interactions[email_interaction_id("CAF-thread-1@mail.gmail.com")]
    # order comes from Date (the mbox stores the follow-up before the reply it answers)
    assert [t.speaker for t in it.turns] == [Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER]
    assert [t.index for t in it.turns] == [0, 1, 2]
    assert [t.author_id for t in it.turns] == [None, "a.smirnova", None]
    assert [t.started_at for t in it.turns] == [
        datetime(2026, 11, 20, 6, 12, tzinfo=UTC),
        datetime(2026, 11, 20, 8, 40, tzinfo=UTC),
        datetime(2026, 11, 20, 9, 5, 30, tzinfo=UTC),
    ]
    assert it.turns[1].text == (
        "Здравствуйте, Иван!\n\n"
        "Приносим извинения за задержку. Заявка на перенос номера была приостановлена:\n"
        "донор-оператор не подтвердил паспортные данные. Мы отправили повторный запрос,\n"
        "перенос будет выполнен до 24 ноября."
    )
    assert it.turns[2].text == "Спасибо, буду ждать. Если 24-го не перенесёте, буду писать жалобу."
    assert it.metadata["signatures"] == [1, 2]
    assert it.metadata["n_messages"] == 3
    assert it.metadata["message_ids"] == [  # hashed: Message-IDs look like addresses
        message_key(m) for m in ("CAF-thread-1@mail.gmail.com", "AM0PR-thread-2@ladoga-telecom.ru",
                                 "<CAF-thread-3@mail.gmail.com>")
    ]
    assert "@" not in it.interaction_id and "@" not in str(it.metadata["message_ids"])
    assert it.metadata["direction"] == "inbound"
    assert it.metadata["source_files"] == sorted(
        [str(GOOD / "thread_replies.mbox"), str(GOOD / "thread_start.eml")]
    )
    assert it.source_path == str(GOOD / "thread_start.eml")
    assert it.subject == "Перенос номера"
    assert it.agent_id == "a.smirnova"
    assert it.queue == "porting"
    assert (it.customer.email, it.customer.name) == ("ivan.petrov@gmail.com", "Ivan Petrov")
    assert (it.started_at, it.ended_at) == (it.turns[0].started_at, it.turns[-1].started_at)


def test_reply_with_missing_parent_joins_through_references(tmp_path: Path) -> None:
    write_eml(tmp_path, "a.eml", {"Message-ID": "<a@x>", "From": "c@client.ru",
                                  "Date": "Fri, 20 Nov 2026 10:00:00 +0300", "Subject": "Вопрос"})
    write_eml(tmp_path, "c.eml", {"Message-ID": "<c@x>", "From": "c@client.ru",
                                  "Date": "Fri, 20 Nov 2026 12:00:00 +0300", "Subject": "Re: Вопрос",
                                  "In-Reply-To": "<b@ladoga-telecom.ru>",
                                  "References": "<a@x> <b@ladoga-telecom.ru>"})
    interactions, rejected = ingest(tmp_path / "c.eml", tmp_path / "a.eml")
    assert rejected == []
    assert list(interactions) == [email_interaction_id("a@x")]
    assert interactions[email_interaction_id("a@x")].metadata["missing_parent_ids"] == [message_key("b@ladoga-telecom.ru")]


def test_mbox_with_several_messages() -> None:
    interactions, rejected = ingest(GOOD / "mailbox.mbox")
    assert rejected == []
    assert len(interactions) == 2
    roaming = interactions[email_interaction_id("mbox-a@mail.ru")]  # a and c joined although b is missing
    assert [t.text for t in roaming.turns] == [
        "Добрый день! Еду в Казахстан на неделю. Будет ли работать мобильный интернет и сколько это стоит?",
        "Спасибо, подключите, пожалуйста, пакет «Путешествие» на 7 дней.",
    ]
    assert roaming.subject == "Роуминг в Казахстане"
    (invoice_id,) = [i for i in interactions if i != email_interaction_id("mbox-a@mail.ru")]
    assert invoice_id.startswith("email:") and "@" not in invoice_id  # synthetic, content-hashed id
    invoice = interactions[invoice_id]
    assert invoice.turns[0].text == (
        "Hello,\n\nCould you send me a copy of the October invoice?\n"
        "From the account page I can only see the total."  # mbox ">From" escape undone
    )
    again, _ = ingest(GOOD / "mailbox.mbox")
    assert invoice_id in again  # synthetic id is stable


# --------------------------------------------------------------------------------------------
# HTML and multipart
# --------------------------------------------------------------------------------------------


def test_html_only_email_becomes_readable_text() -> None:
    it = only(GOOD / "html_only.eml")
    assert it.customer.name == "Светлана Крылова"
    assert it.turns[0].text == (
        "Добрый вечер!\n\n"
        "Мастер так и не пришёл, хотя окно было с 10 до 14.\n"
        "Что мне делать дальше?\n\n"
        "- заявка № 77812\n"
        "- адрес: пр. Мира, 5 — кв. 18\n\n"
        "Жду ответа «сегодня», а не <когда-нибудь>."
    )
    assert it.metadata["signatures"] == [0]  # the gmail_signature block
    assert it.metadata["missing_parent_ids"] == [message_key("visit-2026-11-19@ladoga-telecom.ru")]


def test_multipart_alternative_prefers_plain_and_skips_attachment() -> None:
    it = only(GOOD / "alternative.eml")
    assert it.turns[0].text == (
        "Hi team,\n\nPlease find my contract attached. I want to move to the Family plan from December."
    )
    assert it.metadata["signatures"] == [0]  # "Kind regards, Emma Wilson"


def test_html_to_text_structure() -> None:
    html = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<h1>Заявка</h1><p>Строка 1<br/>Строка 2</p><ol><li>один</li><li>два</li></ol>"
        "<script>alert('x')</script><table><tr><td>Тариф</td><td>Домашний</td></tr></table>"
        "<p>5&nbsp;&gt;&nbsp;3 &amp;&#x20;&quot;ok&quot;</p></body></html>"
    )
    assert html_to_text(html, RULES) == (
        "Заявка\n\nСтрока 1\nСтрока 2\n\n1. один\n2. два\nТариф | Домашний\n\n5 > 3 & \"ok\""
    )


def test_outlook_html_reply_drops_the_original_below_the_header_block() -> None:
    html = (
        "<div>Добрый день! Перерасчёт выполнен.</div><div id='appendonsend'></div><hr>"
        "<div id='divRplyFwdMsg'><b>От:</b> Иван &lt;ivan@mail.ru&gt;<br><b>Отправлено:</b> 20 ноября 2026 г. 10:15"
        "<br><b>Кому:</b> support@ladoga-telecom.ru<br><b>Тема:</b> Счёт</div><div>Почему такой счёт?</div>"
    )
    assert clean_body(html_to_text(html, RULES), RULES).text == "Добрый день! Перерасчёт выполнен."


# --------------------------------------------------------------------------------------------
# quotes, signatures, subjects (text level)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected", "signature"),
    [
        pytest.param(
            "Ответ сверху.\n\n-------- Исходное сообщение --------\nОт: a@b.ru\nСтарый текст",
            "Ответ сверху.", False, id="russian-original-message-separator"),
        pytest.param(
            "Hi,\n________________________________\nFrom: Ivan <ivan@mail.ru>\n"
            "Sent: Friday, November 20, 2026 10:15 AM\nTo: support@ladoga-telecom.ru\nSubject: Bill\n\nold question",
            "Hi,", False, id="outlook-header-block"),
        pytest.param(
            "Добрый день.\n\n20.11.2026 10:15, Иван Петров пишет:\nстарый текст без кавычек",
            "Добрый день.", False, id="thunderbird-attribution-without-quote-marks"),
        pytest.param(
            "On Fri, Nov 20, 2026 at 10:15 AM Ivan Petrov <\nivan@example.com> wrote:\n> Where is my parcel?\n\n"
            "It left the warehouse today.",
            "It left the warehouse today.", False, id="bottom-posting-keeps-text-below-quote"),
        pytest.param(
            "> Когда придёт мастер?\nЗавтра с 10 до 14.\n> Сколько стоит?\nБесплатно.",
            "Завтра с 10 до 14.\nБесплатно.", False, id="inline-answers"),
        pytest.param(
            "Вопрос решён, спасибо.\n\nС уважением,\nАнна Смирнова\nСлужба поддержки\n8 800 555-01-01",
            "Вопрос решён, спасибо.", True, id="russian-signoff-block"),
        pytest.param(
            "All set.\n\nBest regards, Anna P.\nLadoga Telecom", "All set.", True, id="english-signoff-with-name"),
        pytest.param(
            "Regards, the router still doesn't work.\nCan you help?",
            "Regards, the router still doesn't work.\nCan you help?", False, id="signoff-word-in-a-sentence"),
        pytest.param(
            "С уважением отнеслись к моей проблеме, спасибо.",
            "С уважением отнеслись к моей проблеме, спасибо.", False, id="signoff-phrase-inside-a-sentence"),
        pytest.param("Спасибо!\n\nОтправлено из мобильной Почты Mail.ru", "Спасибо!", False, id="app-footer"),
        pytest.param("As my colleague wrote:\nthe fee is waived.", "As my colleague wrote:\nthe fee is waived.",
                     False, id="wrote-colon-without-date-or-quote-is-content"),
    ],
)
def test_clean_body(body: str, expected: str, signature: bool) -> None:
    cleaned = clean_body(body, RULES)
    assert (cleaned.text, cleaned.had_signature) == (expected, signature)


def test_clean_subject_removes_reply_and_forward_prefixes() -> None:
    assert clean_subject("Re: RE: Fwd: Ответ: Счёт за ноябрь", RULES) == "Счёт за ноябрь"
    assert clean_subject("RE[2]: FW: Plan change", RULES) == "Plan change"
    assert clean_subject("Reply needed", RULES) == "Reply needed"
    assert clean_subject("Re: ", RULES) is None


def test_bad_pattern_in_rules_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "email_text.yaml").write_text("attributions: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"email_text\.yaml: attributions"):
        load_email_text_rules(tmp_path)


# --------------------------------------------------------------------------------------------
# direction, dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "speaker", "direction", "author"),
    [
        ("Anna <Anna.K@ladoga-telecom.ru>", Speaker.AGENT, "outbound", "anna.k"),
        ("noc@support.ladoga-telecom.ru", Speaker.AGENT, "outbound", "noc"),
        ("a@ladoga-telecom.ru.evil.com", Speaker.CUSTOMER, "inbound", None),
        ("a@notladoga-telecom.ru", Speaker.CUSTOMER, "inbound", None),
    ],
)
def test_direction_from_company_domains(tmp_path: Path, sender: str, speaker: Speaker, direction: str,
                                        author: str | None) -> None:
    path = write_eml(tmp_path, "m.eml", {"Message-ID": "<m@x>", "From": sender, "To": "client@gmail.com",
                                         "Date": "Fri, 20 Nov 2026 10:00:00 +0300"})
    it = only(path)
    assert it.turns[0].speaker is speaker
    assert it.turns[0].author_id == author
    assert it.metadata["direction"] == direction


def test_auto_reply_is_a_system_turn_not_the_agent(tmp_path: Path) -> None:
    write_eml(tmp_path, "1.eml", {"Message-ID": "<q@client.ru>", "From": "c@client.ru",
                                  "Date": "Fri, 20 Nov 2026 10:00:00 +0300", "Subject": "Нет связи"})
    write_eml(tmp_path, "2.eml", {"Message-ID": "<auto@ladoga-telecom.ru>", "From": "noreply@ladoga-telecom.ru",
                                  "Date": "Fri, 20 Nov 2026 10:00:30 +0300", "In-Reply-To": "<q@client.ru>",
                                  "Auto-Submitted": "auto-replied"}, "Ваше обращение зарегистрировано.\n")
    write_eml(tmp_path, "3.eml", {"Message-ID": "<a@ladoga-telecom.ru>", "From": "anna@ladoga-telecom.ru",
                                  "Date": "Fri, 20 Nov 2026 11:00:00 +0300", "In-Reply-To": "<auto@ladoga-telecom.ru>",
                                  "Auto-Submitted": "no"}, "Проверили линию, связь восстановлена.\n")
    interactions, rejected = ingest(*sorted(tmp_path.iterdir()))
    assert rejected == []
    it = interactions[email_interaction_id("q@client.ru")]
    assert [t.speaker for t in it.turns] == [Speaker.CUSTOMER, Speaker.SYSTEM, Speaker.AGENT]
    assert [t.author_id for t in it.turns] == [None, None, "anna"]
    assert it.agent_id == "anna"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Fri, 20 Nov 2026 10:00:00 +0300", datetime(2026, 11, 20, 7, 0, tzinfo=UTC)),
        ("Fri, 20 Nov 2026 10:00:00", datetime(2026, 11, 20, 7, 0, tzinfo=UTC)),  # no zone: config zone
        ("Fri, 20 Nov 2026 10:00:00 -0000", datetime(2026, 11, 20, 10, 0, tzinfo=UTC)),
        ("20 Nov 2026 10:00:00 GMT", datetime(2026, 11, 20, 10, 0, tzinfo=UTC)),
        ("2026-11-20T10:00:00+03:00", datetime(2026, 11, 20, 7, 0, tzinfo=UTC)),
    ],
)
def test_dates_become_aware_utc(tmp_path: Path, date: str, expected: datetime) -> None:
    it = only(write_eml(tmp_path, "d.eml", {"Message-ID": "<d@x>", "From": "c@client.ru", "Date": date}))
    assert it.turns[0].started_at == expected
    assert it.started_at.tzinfo is not None


# --------------------------------------------------------------------------------------------
# rejections
# --------------------------------------------------------------------------------------------


def test_broken_inputs_are_rejected_with_reasons() -> None:
    interactions, rejected = ingest(*sorted(BROKEN.iterdir()))
    reasons = {r.item: r.reason for r in rejected}
    assert all(r.stage == "ingest" for r in rejected)
    assert reasons["empty.eml"] == "empty file"
    assert reasons["not_an_email.eml#0"].startswith("not an email")
    assert reasons["no_from.eml#0"] == "no From header"
    assert reasons["no_date.eml#0"] == "no Date header"
    assert reasons["mixed.mbox#1"] == "no Date header"
    assert reasons["bad_date.eml#0"] == "unparseable Date 'Friday evening, around 7'"
    assert reasons["binary_body.eml#0"].startswith("body cannot be decoded")
    assert reasons["dup_second.eml#0"] == (
        f"duplicate message (Message-ID key {message_key('dup-0001@example.com')}) also in {BROKEN / 'dup_first.eml'}"
    )
    assert reasons["not_mbox.mbox"].startswith("cannot read mbox")
    assert len(rejected) == len(reasons) == 9
    sources = {r.item: r.source for r in rejected}
    assert sources["dup_second.eml#0"] == str(BROKEN / "dup_second.eml")
    assert sources["mixed.mbox#1"] == str(BROKEN / "mixed.mbox")
    # the good messages around the bad ones are all there
    assert set(interactions) == {email_interaction_id(m) for m in
                                 ("dup-0001@example.com", "mixed-a@example.com", "mixed-c@example.com")}


def test_corrupt_base64_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "b64.eml"
    path.write_bytes(b"Message-ID: <b64@x>\nFrom: c@client.ru\nDate: Fri, 20 Nov 2026 10:00:00 +0300\n"
                     b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                     b"@@@ this is not base64 !!!\n")
    (rejected,) = [r for r in read_emails([path], CONFIG) if isinstance(r, Rejected)]
    assert rejected.item == "b64.eml#0"
    assert rejected.reason == "body cannot be decoded: corrupt base64 content"


def test_broken_files_do_not_change_what_good_files_give() -> None:
    good, _ = ingest(*sorted(GOOD.iterdir()))
    together, rejected = ingest(*sorted(GOOD.iterdir()), *sorted(BROKEN.iterdir()))
    assert len(good) == 10
    assert len(rejected) == 9
    for interaction_id, interaction in good.items():
        assert together[interaction_id] == interaction


# --------------------------------------------------------------------------------------------
# bodies that used to load as an empty turn: forwards, digests, a lost multipart boundary
# --------------------------------------------------------------------------------------------

_HEAD = ("Message-ID: <{id}@client.ru>\nFrom: =?utf-8?b?0JDQvdC90LA=?= <anna@client.ru>\n"
         "Date: Fri, 20 Nov 2026 10:00:00 +0300\nSubject: Fwd: счёт\nMIME-Version: 1.0\n")
_INNER = ("Message-ID: <orig-{n}@shop.ru>\nFrom: shop@shop.ru\nDate: Thu, 19 Nov 2026 09:00:00 +0300\n"
          "Subject: Счёт номер {n}\nContent-Type: text/plain; charset=utf-8\n\nСумма к оплате {n}500 рублей.\n")


def _one_turn(tmp_path: Path, name: str, raw: str) -> str:
    path = tmp_path / name
    path.write_bytes(raw.encode("utf-8"))
    interactions, rejected = ingest(path)
    assert rejected == []
    (interaction,) = interactions.values()
    (turn,) = interaction.turns
    return turn.text


def test_forwarded_rfc822_part_becomes_part_of_the_turn(tmp_path: Path) -> None:
    raw = (_HEAD.format(id="fw1") + 'Content-Type: multipart/mixed; boundary="B1"\n\n'
           "--B1\nContent-Type: text/plain; charset=utf-8\n\nПосмотрите, пожалуйста, этот счёт.\n"
           "--B1\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n" + _INNER.format(n=1) + "--B1--\n")
    text = _one_turn(tmp_path, "fw.eml", raw)
    assert text.startswith("Посмотрите, пожалуйста, этот счёт.")
    assert "[Forwarded message] Счёт номер 1" in text and "Сумма к оплате 1500 рублей." in text


def test_forward_without_own_text_is_not_an_empty_turn(tmp_path: Path) -> None:
    raw = (_HEAD.format(id="fw2") + "Content-Type: message/rfc822\n\n" + _INNER.format(n=2))
    assert _one_turn(tmp_path, "fw2.eml", raw) == "[Forwarded message] Счёт номер 2\nСумма к оплате 2500 рублей."


def test_multipart_digest_entries_are_extracted(tmp_path: Path) -> None:
    raw = (_HEAD.format(id="dg") + 'Content-Type: multipart/digest; boundary="D"\n\n'
           "--D\n\n" + _INNER.format(n=3) + "--D\n\n" + _INNER.format(n=4) + "--D--\n")
    text = _one_turn(tmp_path, "digest.eml", raw)
    assert "Сумма к оплате 3500 рублей." in text and "Сумма к оплате 4500 рублей." in text
    assert text.count("[Forwarded message]") == 2


def test_multipart_with_missing_boundary_is_recovered(tmp_path: Path) -> None:
    raw = (_HEAD.format(id="nb") + "Content-Type: multipart/alternative\n\n"
           "--XyZ\nContent-Type: text/plain; charset=utf-8\n\nРоутер снова не работает.\n"
           "--XyZ\nContent-Type: text/html; charset=utf-8\n\n<p>Роутер снова не работает.</p>\n--XyZ--\n")
    assert _one_turn(tmp_path, "nb.eml", raw) == "Роутер снова не работает."


def test_multipart_without_any_delimiter_is_read_as_plain_text(tmp_path: Path) -> None:
    raw = _HEAD.format(id="nd") + 'Content-Type: multipart/mixed; boundary="gone"\n\nНе могу оплатить счёт картой.\n'
    assert _one_turn(tmp_path, "nd.eml", raw) == "Не могу оплатить счёт картой."


def test_message_without_any_text_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    raw = (_HEAD.format(id="img") + 'Content-Type: multipart/mixed; boundary="I"\n\n'
           "--I\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRg==\n--I--\n")
    path = tmp_path / "img.eml"
    path.write_bytes(raw.encode())
    interactions, rejected = ingest(path)
    assert interactions == {}
    assert [(r.item, r.reason) for r in rejected] == [("img.eml#0", "no text in the message: only non-text parts (image/jpeg)")]


def test_oversized_message_in_an_mbox_is_quarantined_alone(tmp_path: Path) -> None:
    small = IngestConfig(company_domains=["ladoga-telecom.ru"], limits={"max_email_bytes": 20_000})
    msgs = [(f"From a@client.ru Fri Nov 20 10:00:00 2026\nMessage-ID: <mb{n}@client.ru>\nFrom: a@client.ru\n"
             f"Date: Fri, 20 Nov 2026 10:0{n}:00 +0300\n\n" + ("Длинный текст. " * 3000 if n == 1 else "Привет.") + "\n")
            for n in range(3)]
    path = tmp_path / "box.mbox"
    path.write_text("\n".join(msgs), encoding="utf-8")
    items = list(read_emails([path], small))
    rejected = [r for r in items if isinstance(r, Rejected)]
    assert len([i for i in items if isinstance(i, Interaction)]) == 2
    assert [r.item for r in rejected] == ["box.mbox#1"] and "max_email_bytes" in rejected[0].reason


def test_nul_characters_in_headers_are_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "nul.eml"
    path.write_bytes(b"Message-ID: <nul@x>\nFrom: =?utf-8?q?An=00na?= <a@client.ru>\nSubject: =?utf-8?q?Sch=00et?=\n"
                     b"Date: Fri, 20 Nov 2026 10:00:00 +0300\nContent-Type: text/plain; charset=utf-8\n\nHello\n")
    interaction = only(path)
    assert interaction.subject == "Schet" and interaction.customer.name == "Anna"
