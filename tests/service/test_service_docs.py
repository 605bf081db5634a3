"""The public API page (GUARD_PUBLIC_DOCS=1) works offline: /docs and every asset it names
come from the service itself."""
from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from guard.service.docs import ASSETS_URL


class _AssetLinks(HTMLParser):
    """Every URL a page loads or links: src and href attributes, and the OpenAPI url."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]


def _assets(page: str) -> list[str]:
    parser = _AssetLinks()
    parser.feed(page)
    return parser.urls


def test_public_docs_and_every_asset_they_reference_are_served_by_the_service(make_server):
    server = make_server(public_docs=True)
    with server.client() as c:  # no key: the docs are public by choice
        page = c.get("/docs")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        urls = _assets(page.text)
        assert {u.rsplit("/", 1)[-1] for u in urls} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
        assert "url: '/openapi.json'" in page.text
        for url in urls + ["/openapi.json"]:
            absolute = urljoin(server.url + "/docs", url)
            assert urlsplit(absolute).netloc == urlsplit(server.url).netloc, url  # no CDN
            r = c.get(absolute)
            assert r.status_code == 200 and r.content, url
        bundle = c.get(f"{ASSETS_URL}/swagger-ui-bundle.js")
        assert bundle.headers["content-type"].startswith(("application/javascript",
                                                          "text/javascript"))
        # Swagger UI before 5 shows "Unable to render this definition" for the OpenAPI 3.1
        # document FastAPI writes.
        assert b"SwaggerUIBundle" in bundle.content and b"isOAS31" in bundle.content
        assert c.get("/openapi.json").json()["openapi"].startswith("3.1")


def test_without_public_docs_neither_the_page_nor_its_assets_are_served(server):
    with server.client() as c:
        assert c.get("/docs").status_code == 404
        assert c.get(f"{ASSETS_URL}/swagger-ui-bundle.js").status_code == 404
        assert c.get("/openapi.json").status_code == 401
        assert c.get("/redoc").status_code == 404
