"""The QA workspace in a real browser: Debian's headless Chromium driven by Playwright.

One browser for the module, one context (cookie jar) per user. Screenshots of the queue, a call
page and the calibration report go to outputs/screenshots/.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from qa_app_warehouse import CALL_ID, PASSWORD, USERS, add_users, copy_warehouse, shared_warehouse

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (make browser installs it)", allow_module_level=True)

SCREENSHOTS = Path(__file__).resolve().parent.parent / "outputs" / "screenshots"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from pipeline.app.server import AppSettings, create_app

    url, rules = shared_warehouse(tmp_path_factory)
    base = tmp_path_factory.mktemp("qa-app-browser")
    url = copy_warehouse(url, base / "wh")
    app = create_app(AppSettings(warehouse_url=url, store_path=str(base / "store.sqlite"), background=False,
                                 rules_dir=str(rules)))
    add_users(app.state.store)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.reader.close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def signed_in(browser, base: str, user: str):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(base + "/login")
    page.get_by_label("User name").fill(user)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/queue"))
    return page


def wait_js(page, expression: str, timeout_s: float = 10.0) -> None:
    """Poll a JavaScript expression (page.wait_for_function evaluates strings, which our CSP forbids)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.05)


def unlabelled_fields(page) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('input, select, textarea'))
        .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
        .map(e => e.name || e.id)""")


def test_each_role_signs_in(server, browser):
    base, _ = server
    for user, (role, _agent) in USERS.items():
        page = signed_in(browser, base, user)
        assert f"{user} ({role})" in page.locator("header").inner_text()
        assert (page.get_by_role("link", name="Users").count() == 1) == (role == "admin")
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(re.compile(r"/login"))
        page.context.close()


def test_filter_queue_and_keyboard_navigation(server, browser):
    base, _ = server
    page = signed_in(browser, base, "rita")
    assert unlabelled_fields(page) == []
    page.get_by_label("Channel").select_option("call")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"channel=call"))
    assert page.locator("a.row-link").all_inner_texts() == [CALL_ID]
    page.goto(base + "/queue")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)
    # keyboard: j moves to the first row, Enter opens it; Tab reaches the verdict buttons and Save
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("j")
    first = page.locator("a.row-link").first.inner_text()
    assert page.evaluate("document.activeElement.className") == "row-link"
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.textContent") == first
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/i/"))
    assert unlabelled_fields(page) == []
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id").endswith("-agree"):
            break
    focused = page.evaluate("document.activeElement.id")
    assert focused.startswith("v-") and focused.endswith("-agree")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    page.locator("#save-verdicts").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"saved=1"))
    assert "1 verdict saved" in page.locator("#saved").inner_text()
    page.context.close()


def test_chat_email_and_call_pages(server, browser):
    base, app = server
    page = signed_in(browser, base, "rita")
    # chat: a failed criterion's evidence is marked and scrolled to (c-003 shifts the blame)
    page.goto(base + "/i/chat:c-003")
    page.locator('button.show-evidence[data-criterion="no_blame_shifting"]').click()
    mark = page.locator("mark.ev.selected").first
    assert mark.is_visible() and "fail" in mark.get_attribute("class")
    assert page.evaluate("""() => { const r = document.querySelector('mark.ev.selected').getBoundingClientRect();
                                   const t = document.getElementById('transcript').getBoundingClientRect();
                                   return r.top >= t.top && r.bottom <= t.bottom; }""")
    # email
    email_id = app.state.reader.query("SELECT interaction_id FROM fct_interaction WHERE channel = 'email'")[0][0]
    page.goto(f"{base}/i/{email_id}")
    assert page.locator("h1").inner_text().startswith("email")
    assert page.locator("li.turn").count() >= 1
    # call: the audio plays, selecting a turn seeks there and highlights it
    page.goto(f"{base}/i/{CALL_ID}")
    wait_js(page, "document.getElementById('player').readyState >= 1")
    page.locator('li.turn[data-turn="1"] button.seek').click()
    wait_js(page, "document.getElementById('player').currentTime > 7.2")
    state = page.evaluate("() => { const p = document.getElementById('player'); return [p.paused, p.currentTime]; }")
    assert state[0] is False and 7.08 <= state[1] < 11.5
    assert "current" in page.locator('li.turn[data-turn="1"]').get_attribute("class")
    page.evaluate("document.getElementById('player').pause()")
    page.locator('li.turn[data-turn="2"] button.seek').click()
    wait_js(page, "document.querySelector('li.turn[data-turn=\"2\"]').classList.contains('current')")
    page.evaluate("document.getElementById('player').pause()")
    assert page.locator("#call-metrics").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "call.png"), full_page=True)
    page.context.close()


def test_verdicts_calibration_and_dispute(server, browser):
    base, _ = server
    rita = signed_in(browser, base, "rita")
    rita.goto(f"{base}/i/{CALL_ID}")
    rita.locator("#v-overall-disagree").check()
    rita.get_by_label("Comment", exact=True).last.fill("ended the call abruptly")
    rita.locator("#save-verdicts").click()
    rita.wait_for_url(re.compile(r"saved=1"))
    assert "ended the call abruptly" in rita.locator("#verdicts").inner_text()

    lead = signed_in(browser, base, "lena")
    lead.goto(base + "/calibration")
    assert unlabelled_fields(lead) == []
    lead.get_by_label("Title").fill("Browser calibration")
    lead.get_by_label(re.compile("Interactions")).fill(f"chat:c-001 chat:c-003 {CALL_ID}")
    lead.get_by_label("rita").check()
    lead.get_by_label("roman").check()
    lead.get_by_role("button", name="Create session").click()
    lead.wait_for_url(re.compile(r"/calibration/[0-9a-f]+$"))
    session_url = lead.url
    for reviewer, flip in (("rita", False), ("roman", True)):
        page = rita if reviewer == "rita" else signed_in(browser, base, "roman")
        page.goto(session_url)
        while page.locator("#cal-items a").count():
            page.locator("#cal-items a").first.click()
            assert page.locator("mark.ev").count() == 0  # blind: no automatic evidence
            groups = page.locator("#cal-form fieldset")
            for k in range(groups.count()):
                choice = "fail" if k % 3 == 0 else "pass"
                if flip and k % 4 == 1:
                    choice = "na"
                groups.nth(k).get_by_label(choice, exact=True).check()
            page.get_by_role("button", name="Submit").click()
            page.wait_for_url(session_url)
    lead.goto(session_url)
    kappa = lead.locator("#kappa-overall").inner_text()
    value = float(re.search(r"(-?\d\.\d{3})", kappa).group(1))
    assert "Cohen's kappa" in kappa and 0 < value < 1
    assert lead.locator("#cal-disagreements tbody tr").count() >= 1
    lead.screenshot(path=str(SCREENSHOTS / "calibration.png"), full_page=True)

    agent = signed_in(browser, base, "james")
    agent.goto(f"{base}/i/{CALL_ID}")
    agent.get_by_label("Reason").fill("The customer hung up first")
    agent.get_by_role("button", name="File dispute").click()
    agent.wait_for_url(re.compile(r"/disputes/"))
    dispute_url = agent.url
    lead.goto(dispute_url)
    lead.get_by_label("Reject").check()
    lead.get_by_label("Comment").fill("the recording shows the agent ended it")
    lead.get_by_role("button", name="Decide").click()
    lead.wait_for_url(dispute_url)
    agent.goto(dispute_url)
    assert agent.locator("#dispute-status").inner_text() == "rejected"
    history = agent.locator("#dispute-history").inner_text()
    assert "opened" in history and "The customer hung up first" in history and "rejected" in history
    for p in (rita, lead, agent):
        p.context.close()


def test_access_control_csrf_and_xss(server, browser):
    base, _ = server
    rita = signed_in(browser, base, "rita")
    response = rita.goto(base + "/admin/users")
    assert response.status == 403 and "may not open" in rita.locator("#error-message").inner_text()
    # a form posted without its CSRF token is refused
    rita.goto(base + "/i/chat:c-002")
    rita.evaluate("document.querySelector('#verdict-form input[name=csrf_token]').remove()")
    rita.locator("#verdict-form input[type=radio][value=agree]").first.check()
    with rita.expect_navigation():
        rita.locator("#save-verdicts").click()
    assert "security token" in rita.locator("#error-message").inner_text()
    # script and onerror in a chat stay text
    rita.goto(base + "/i/chat:xss-1")
    text = rita.locator("#turn-0 .text").inner_text()
    assert "<script>" in text and "onerror" in text
    assert rita.evaluate("window.__xss === undefined")
    assert rita.locator("#turn-0 img").count() == 0
    rita.context.close()
    olga = signed_in(browser, base, "olga")
    response = olga.goto(f"{base}/i/{CALL_ID}")
    assert response.status == 404
    olga.goto(base + "/queue")
    assert CALL_ID not in olga.locator("#queue-table").inner_text()
    olga.context.close()
