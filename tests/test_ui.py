"""The web UI in a real headless Chromium (Debian's, driven by Playwright): type, watch the rounds, toggle boxes, reload."""

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from local_servers import free_port, http_ok, start_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
ARTIFACTS = Path(os.environ.get("REGIONDIT_TEST_ARTIFACTS", Path(__file__).resolve().parents[1] / "outputs" / "test-artifacts"))

# CI sets REGIONDIT_REQUIRE_BROWSER so a missing browser fails instead of skipping.
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("REGIONDIT_REQUIRE_BROWSER"),
                                reason="Debian chromium is not installed (apt-get install chromium; .ci/run does)")


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory):
    base = tmp_path_factory.mktemp("ui")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = start_server([sys.executable, "-m", "regiondit.agent.cli", "ui", "--port", str(port), "--db", str(base / "s.sqlite"),
                         "--out", str(base / "out"), "--rounds", "2", "--steps", "8", "--target-score", "2"],
                        base / "ui.log", http_ok(url), env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
    yield url, base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        yield page
        browser.close()


def _image_src(page):
    return page.locator("#current-image img").first.get_attribute("src")


def _design(page, url, prompt):
    """Open the app, send ``prompt`` and wait until the turn is done."""
    page.goto(url)
    page.locator("#prompt textarea").fill(prompt)
    page.locator("#prompt textarea").press("Enter")
    page.locator("#status").get_by_text("done").wait_for(timeout=120_000)


def test_design_in_the_browser_shows_image_with_boxes_and_a_refinement_round(ui_server, page):
    url, base = ui_server
    _design(page, url, "a red circle in the top left and a blue striped square at the bottom right")
    page.wait_for_function("() => document.querySelector('#prompt textarea').value === ''", timeout=20_000)  # the turn's last event ran

    # The current image, with the boxes drawn over it: the shown file is the overlay copy.
    boxed = _image_src(page)
    assert boxed and boxed.endswith(".boxes.png")
    # A refinement round: two rounds in the gallery, the first captioned with what was refined.
    captions = page.locator("#rounds").inner_text()
    assert "round 1" in captions and "round 2" in captions and "refine" in captions
    assert "is the best of this turn" in page.locator("#chat").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui.png"), full_page=True)

    # Toggle the boxes off: the plain PNG is shown.
    page.locator("#show-boxes input").uncheck()
    page.wait_for_function("() => { const img = document.querySelector('#current-image img');"
                           " return img !== null && img.src.endsWith('.png') && !img.src.endsWith('.boxes.png'); }", timeout=20_000)
    assert not _image_src(page).endswith(".boxes.png")
    page.locator("#show-boxes input").check()

    # The PNG can be downloaded.
    assert page.locator("#download a").first.get_attribute("href").endswith(".png")

    # A reload keeps the conversation (same browser, same session).
    page.reload()
    page.locator("#chat").get_by_text("blue striped square").first.wait_for(timeout=30_000)
    assert "is the best of this turn" in page.locator("#chat").inner_text()


def test_layout_editor_revalidates_as_you_type(ui_server, page):
    url, _ = ui_server
    page.goto(url)
    page.locator("#prompt textarea:not([disabled])").wait_for(timeout=30_000)  # the page has loaded its session
    page.get_by_text("Layout (editable JSON)").click()
    editor = page.locator("#layout-json .cm-content")
    editor.click()
    page.keyboard.type('{"global": {"high_level": "x"}, "regions": [{"id": "a", "bbox": [0.6, 0, 0.2, 1], "high_level": "y"}]}')
    page.locator("#layout-check").get_by_text("$.regions[0].bbox").wait_for(timeout=20_000)
    assert "problem" in page.locator("#layout-check").inner_text()


def _thumbs(page, gallery):
    return [src.rsplit("/", 1)[-1] for src in page.locator(f"{gallery} img").evaluate_all("els => els.map(e => e.src)")]


def test_rounds_restore_on_click_variations_side_by_side_and_no_file_paths_in_the_chat(ui_server, page):
    url, base = ui_server
    _design(page, url, "a yellow triangle on the left and a green circle on the right")
    page.wait_for_function("() => document.querySelectorAll('#rounds img').length >= 2", timeout=30_000)
    rounds = _thumbs(page, "#rounds")
    shown = _image_src(page).rsplit("/", 1)[-1]
    assert shown in rounds  # the current image is one of the rounds (the turn's best)
    other = next(k for k, thumb in enumerate(rounds) if thumb != shown)

    # Click the other round in the gallery: it becomes the current design (the chat says so; the image is that round's).
    page.locator("#rounds img").nth(other).click()
    # The agent's reply (the user's own line, "go back to round N", must not satisfy this).
    page.locator("#chat").get_by_text(re.compile(rf"^Back to round {other + 1}\b")).wait_for(timeout=60_000)
    page.wait_for_function(f"() => document.querySelector('#current-image img').src.endsWith('{rounds[other]}')", timeout=30_000)

    # Variations: three new images side by side; clicking the second picks it.
    page.locator("#prompt textarea").fill("show me three variations")
    page.locator("#prompt textarea").press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#variations img').length === 3", timeout=180_000)
    page.locator("#status").get_by_text("done").wait_for(timeout=60_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui_variations.png"), full_page=True)
    second = _thumbs(page, "#variations")[1]
    page.locator("#variations img").nth(1).click()
    page.locator("#chat").get_by_text("Variation 2 it is").wait_for(timeout=60_000)
    page.wait_for_function(f"() => document.querySelector('#current-image img').src.endsWith('{second}')", timeout=30_000)

    # Nothing in the conversation names a file on the server.
    chat = page.locator("#chat").inner_text()
    assert str(base) not in chat and ".png" not in chat and "/tmp" not in chat, chat


def test_pick_a_region_in_the_list_and_redo_only_it(ui_server, page):
    url, _ = ui_server
    _design(page, url, "a red square on the left and a blue circle on the right")
    page.wait_for_function("() => document.querySelectorAll('#rounds img').length >= 2", timeout=30_000)
    before = len(_thumbs(page, "#rounds"))
    page.locator("#regions").get_by_text("circle_1").click()
    page.locator("#repaint").click()
    page.locator("#chat").get_by_text("Redid circle_1").wait_for(timeout=120_000)
    page.wait_for_function(f"() => document.querySelectorAll('#rounds img').length === {before + 1}", timeout=30_000)
    assert _image_src(page).rsplit("/", 1)[-1] == _thumbs(page, "#rounds")[-1]  # the redone picture is the current one
