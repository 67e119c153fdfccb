"""The self-hosting setup end to end: deploy/nginx.conf serving a freshly built site, read by
plain HTTP and by Chromium under the Content-Security-Policy it sends."""

import gzip
import http.client
import re
import shutil
import ssl
import subprocess
from urllib.parse import urlparse

import pytest
from conftest import ROOT, FixtureSite
from servers import chromium, csp_violations, free_port, nginx, record_csp_violations, require

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

STORY = "berita/2026/01/patroli-lingkar-utara/"
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-src 'self' https://www.youtube.com https://www.youtube-nocookie.com; "
    "frame-ancestors 'none'"
)
LONG = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300"
# An empty WebAssembly module: what Pagefind compiles, allowed only by 'wasm-unsafe-eval'.
COMPILE_WASM = "WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'ok', e => e.name)"


DEPLOY = ROOT / "deploy" / "nginx.conf"
NOT_FOUND = "Halaman tidak ditemukan"
SECRET = "TOKEN=rahasia"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    """A built site with a few stories, and what a careless copy would carry along (dotfiles)."""
    root = tmp_path_factory.mktemp("deploy")
    site = FixtureSite(root / "project", per_page=5)
    site.root.mkdir()
    site.story("2026/01/patroli-lingkar-utara.md", title="Patroli di Lingkar Utara", body="Warga disapa.\n\nSituasi aman.")
    for number in range(9):
        site.story(f"2025/12/sambang-{number}.md", title=f"Sambang Warga {number}", date=f"2025-12-{number + 1:02d} 08:00")
    result = site.build()
    assert result.returncode == 0, result.output
    # Pagefind's bundle comes from the search build; one file per naming scheme checks the cache rules.
    (result.site / "pagefind/2026/fragment").mkdir(parents=True)
    (result.site / "pagefind/2026/fragment/id_3f2a1b.pf_fragment").write_bytes(b"\x1f\x8b")
    (result.site / "pagefind/2026/pagefind-entry.json").write_text("{}")
    (result.site / "pagefind/shards.json").write_text('{"shards": []}')
    for dotfile in (".git/config", ".env", "berita/.htaccess"):
        (result.site / dotfile).parent.mkdir(parents=True, exist_ok=True)
        (result.site / dotfile).write_text(SECRET)
    (result.site / ".well-known/acme-challenge").mkdir(parents=True)
    (result.site / ".well-known/acme-challenge/token-uji").write_text("token-uji.kunci")
    return result.site


@pytest.fixture(scope="module")
def base_url(built_site, tmp_path_factory):
    with nginx(built_site, tmp_path_factory.mktemp("nginx"), deploy_config=DEPLOY) as url:
        yield url


def get(base_url, path, context: ssl.SSLContext | None = None, **headers):
    """One request without following redirects: status, headers (lower-case names), body.

    An ``https`` URL is fetched over TLS, trusting ``context``.
    """
    address = urlparse(base_url)
    if address.scheme == "https":
        connection = http.client.HTTPSConnection(address.hostname, address.port, timeout=30, context=context)
    else:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_pages_and_a_story_with_pretty_urls(base_url):
    status, headers, body = get(base_url, "/")
    assert (status, headers["content-type"]) == (200, "text/html; charset=utf-8")
    assert "Patroli di Lingkar Utara" in body.decode()
    status, _, body = get(base_url, "/" + STORY)
    assert status == 200 and "<h1" in body.decode() and "Situasi aman." in body.decode()
    status, headers, _ = get(base_url, "/" + STORY.rstrip("/"))
    assert (status, headers["location"]) == (301, "/" + STORY)
    assert get(base_url, "/halaman/1/")[0] == 200


def test_missing_pages_get_the_portals_404_page(base_url):
    status, headers, body = get(base_url, "/berita/tidak-ada/")
    assert status == 404
    assert "Halaman tidak ditemukan" in body.decode()
    assert headers["content-security-policy"] == CSP


def test_a_years_former_archive_pages_lead_to_its_months(base_url):
    assert get(base_url, "/arsip/2025/")[0] == 200
    assert not get(base_url, "/arsip/2025/")[2].decode().count('class="portal-story-link"')
    status, headers, _ = get(base_url, "/arsip/2025/halaman/2/")
    assert (status, headers["location"]) == (301, "/arsip/2025/")
    assert get(base_url, "/arsip/2025/12/halaman/9/")[0] == 404  # a month's pages are still its own


def test_security_headers(base_url):
    _, headers, _ = get(base_url, "/" + STORY)
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert headers["x-frame-options"] == "DENY"
    assert "server" not in headers or re.fullmatch(r"nginx", headers["server"])


def test_cache_lifetimes(base_url):
    bundle = re.search(r'src="([^"]*bundle\.[0-9a-f]{8}\.min\.js)"', get(base_url, "/")[2].decode())[1]
    assert get(base_url, "/" + bundle)[1]["cache-control"] == LONG
    assert get(base_url, "/pagefind/2026/fragment/id_3f2a1b.pf_fragment")[1]["cache-control"] == LONG
    assert get(base_url, "/pagefind/2026/pagefind-entry.json")[1]["cache-control"] == "public, max-age=3600"
    assert get(base_url, "/pagefind/shards.json")[1]["cache-control"] == SHORT
    assert get(base_url, "/")[1]["cache-control"] == SHORT
    assert get(base_url, "/" + STORY)[1]["cache-control"] == SHORT
    assert get(base_url, "/sitemap.xml")[1]["cache-control"] == SHORT
    assert get(base_url, "/assets/stylesheets/portal.css")[1]["cache-control"] == "public, max-age=3600"


@pytest.mark.parametrize("path", ["/.git/config", "/.git/", "/.env", "/%2egit/config", "/berita/.htaccess",
                                  "/.well-known/../.env"])
def test_dotfiles_are_not_served(base_url, path):
    status, headers, body = get(base_url, path)
    assert status == 404 and NOT_FOUND in body.decode()
    assert SECRET not in body.decode()
    assert headers["content-security-policy"] == CSP


def test_certbot_challenges_are_served(base_url):
    status, _, body = get(base_url, "/.well-known/acme-challenge/token-uji")
    assert (status, body) == (200, b"token-uji.kunci")


@pytest.mark.parametrize("path", ["/assets/", "/assets/stylesheets/", "/pagefind/2026/"])
def test_a_folder_without_index_is_not_found(base_url, path):
    status, _, body = get(base_url, path)
    assert status == 404 and NOT_FOUND in body.decode()


def test_hsts_is_sent_over_https_only(built_site, tmp_path):
    """The configuration with a certificate added as its comment says: HSTS over TLS, never over HTTP."""
    certificate, key = self_signed_certificate(tmp_path)
    tls_port = free_port()
    tls = f"listen 80;\n    listen 127.0.0.1:{tls_port} ssl;\n    ssl_certificate {certificate};\n    ssl_certificate_key {key};"
    deploy = tmp_path / "nginx-tls.conf"
    deploy.write_text(DEPLOY.read_text(encoding="utf-8").replace("listen 80;", tls))
    with nginx(built_site, tmp_path / "nginx", deploy_config=deploy) as plain:
        trusted = ssl.create_default_context(cafile=str(certificate))
        status, headers, body = get(f"https://127.0.0.1:{tls_port}/", "/" + STORY, context=trusted)
        assert status == 200 and "Situasi aman." in body.decode()
        assert headers["strict-transport-security"] == "max-age=31536000"
        assert headers["content-security-policy"] == CSP
        assert "strict-transport-security" not in get(plain, "/" + STORY)[1]


def self_signed_certificate(folder):
    """A certificate for 127.0.0.1 and its key, made with ``openssl``."""
    openssl = shutil.which("openssl")
    require(openssl is not None, "openssl is not installed (apt-get install openssl)")
    certificate, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(certificate), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return certificate, key


def test_gzip(base_url):
    status, headers, body = get(base_url, "/", **{"Accept-Encoding": "gzip"})
    assert headers["content-encoding"] == "gzip" and "Accept-Encoding" in headers["vary"]
    assert "Patroli di Lingkar Utara" in gzip.decompress(body).decode()
    css = re.search(r'href="([^"]*main\.[0-9a-f]{8}\.min\.css)"', get(base_url, "/")[2].decode())[1]
    assert get(base_url, "/" + css, **{"Accept-Encoding": "gzip"})[1]["content-encoding"] == "gzip"


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.mark.parametrize("path", ["", STORY, "berita/tidak-ada/"])
def test_browser_loads_pages_without_csp_violations(browser, base_url, path):
    page = browser.new_page()
    problems, requests = [], []
    record_csp_violations(page)
    page.on("console", lambda message: message.type in ("error", "warning") and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert response.status == (404 if "tidak-ada" in path else 200)
    assert csp_violations(page) == []
    assert [p for p in problems if "404" not in p or "tidak-ada" not in path] == []
    # Material's scripts ran: the storage helpers and the bundle's observables exist.
    assert page.evaluate("typeof __md_get === 'function' && typeof document$ === 'object'")
    assert page.evaluate(COMPILE_WASM) == "ok"
    assert [url for url in requests if not url.startswith(base_url)] == []
    page.close()


def test_the_policy_does_block_inline_scripts(browser, base_url):
    page = browser.new_page()
    page.goto(base_url)
    page.evaluate("document.body.append(Object.assign(document.createElement('script'), {textContent: 'window.__inline = 1'}))")
    page.wait_for_timeout(100)
    assert page.evaluate("window.__inline === undefined")
    page.close()
