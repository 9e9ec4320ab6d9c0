"""End to end in a real headless Chromium: the pages a person uses, with their scripts running.

Skipped when Playwright for Python or a system Chromium is missing. Screenshots
go to $NEXOS_SHOTS (default /tmp/nexos-shots) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nexos.store import Store

pytest.importorskip("playwright.sync_api")
CHROMIUM = os.environ.get("NEXOS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("no system chromium (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

FIX = Path(__file__).parent / "fixtures"
SHOTS = Path(os.environ.get("NEXOS_SHOTS", "/tmp/nexos-shots"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from nexos.web.app import create_app

    work = tmp_path_factory.mktemp("e2e")
    shutil.copy(seed_db, work / "e2e.db")
    app = create_app(Store(str(work / "e2e.db")), upload_folder=work / "uploads")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[tuple[Page, dict]]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    seen: dict = {"dialogs": [], "console": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
        page.on("console", lambda m: seen["console"].append(f"{m.type}: {m.text}"))
        page.set_default_timeout(15000)
        yield page, seen
        browser.close()


def _shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def _csp_errors(seen: dict) -> list[str]:
    return [m for m in seen["console"] if "Content Security Policy" in m or "Refused to" in m]


def test_home_shows_the_network_and_edges_open(browser_page, server: str) -> None:  # noqa: ANN001
    page, seen = browser_page
    page.goto(server + "/")
    expect(page.locator("#graph .node").first).to_be_visible()
    page.wait_for_timeout(1500)  # let the layout settle for the picture
    _shot(page, "01-explorer")
    page.locator("#graph .node", has_text="Clan del Golfo").first.locator("circle").click()
    expect(page.locator("#panel")).to_contain_text("Open entity page")
    # (under load the layout may still be redrawing: wait for an edge that is drawn, then click it)
    edge = page.locator("#graph line.edge:visible").first
    expect(edge).to_be_visible()
    edge.click(force=True)
    expect(page.locator("#panel")).to_contain_text("Sentences")
    _shot(page, "02-explorer-edge")
    assert _csp_errors(seen) == []


def test_search_folds_accents(browser_page, server: str) -> None:  # noqa: ANN001
    page, _seen = browser_page
    page.goto(server + "/")
    page.fill(".quick input[name=q]", "ejercito")
    page.press(".quick input[name=q]", "Enter")
    expect(page.locator("#search-count")).to_be_visible()
    expect(page.locator("mark", has_text="Ejército").first).to_be_visible()
    _shot(page, "03-search")


def test_entity_page_merge_and_undo(browser_page, server: str) -> None:  # noqa: ANN001
    page, seen = browser_page
    page.goto(server + "/entities")
    page.click("text=Clan del Golfo")
    expect(page.locator("h1")).to_contain_text("Clan del Golfo")
    expect(page.locator("ul.mentions li").first).to_be_visible()
    _shot(page, "04-entity")
    page.goto(server + "/entities")
    page.click("text=Navy")
    page.click("summary:has-text('Merge into another entity')")
    page.fill("input[name=into]", "Armada")
    page.wait_for_timeout(600)
    option = page.locator("#pick-list option").first.get_attribute("value")
    assert option and "Armada de Colombia" in option
    page.fill("input[name=into]", option)
    page.click("form.js-merge button[type=submit]")
    expect(page.locator("#flash")).to_contain_text("Merged.")
    expect(page.locator(".merged")).to_contain_text("Navy")
    _shot(page, "05-merged")
    page.click("#flash button:has-text('Undo')")
    expect(page.locator("#flash")).to_contain_text("Undid change")
    expect(page.locator(".merged")).to_have_count(0)
    assert _csp_errors(seen) == []


def test_upload_shows_progress_and_the_new_document(browser_page, server: str) -> None:  # noqa: ANN001
    page, _seen = browser_page
    page.goto(server + "/upload")
    page.set_input_files("#upload-files", str(FIX / "upload_es.txt"))
    page.click("#upload-form button[type=submit]")
    expect(page.locator("#upload-text")).to_contain_text("Done", timeout=60000)
    _shot(page, "06-upload-done")
    page.click("a.uploaded-doc")
    expect(page.locator("h1")).to_contain_text("Nuevo informe sobre Guayaquil")
    expect(page.locator("#doc-text a.ment").first).to_be_visible()
    _shot(page, "07-reader")


def test_hostile_documents_do_not_run(browser_page, server: str) -> None:  # noqa: ANN001
    page, seen = browser_page
    page.goto(server + "/documents")
    links = page.locator("table.list a", has_text="script")
    assert links.count() >= 1
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for i, href in enumerate(hrefs):
        page.goto(server + href)
        expect(page.locator("#doc-text")).to_contain_text("<script>window.__pwned=1</script>")
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        _shot(page, f"08-hostile-{i}")
    page.goto(server + "/search?q=pwned")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert seen["dialogs"] == []


def test_filters_timeline_claim_and_review_log(browser_page, server: str) -> None:  # noqa: ANN001
    page, seen = browser_page
    page.goto(server + "/")
    expect(page.locator("#graph .node").first).to_be_visible()
    page.check("input[name=types][value=operates_in]")
    page.click("#graph-filters button[type=submit]")
    page.wait_for_timeout(500)
    types = page.eval_on_selector_all("#graph line.edge", "ls => [...new Set(ls.map(l => l.classList[1]))]")
    assert types == ["r-operates_in"]
    page.goto(server + "/timeline")
    expect(page.locator("li.ev .prec").first).to_be_visible()
    assert set(page.locator("li.ev .prec").all_inner_texts()) <= {"day", "month", "year", "unknown"}
    _shot(page, "09-timeline")
    page.goto(server + "/documents")
    page.locator("table.list a", has_text="Disputa").click()
    page.locator("#doc-text .cl").first.click()
    expect(page.locator("h1")).to_contain_text("Claim")
    expect(page.locator("text=Corroborated by")).to_be_visible()
    _shot(page, "10-claim")
    page.click("button.js-review.no")
    expect(page.locator("#flash")).to_contain_text("claim rejected")
    expect(page.locator("tr", has_text="reject").first).to_be_visible()
    _shot(page, "11-review-log")
    page.click("#flash button:has-text('Undo')")
    expect(page.locator("#flash")).to_contain_text("Undid change")
    assert _csp_errors(seen) == []
