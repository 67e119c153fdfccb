"""What link previews and search engines read (``publish/social.py``): Open Graph and JSON-LD
values as the story gives them, escaped where the page prints them, with absolute URLs."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import jinja2
import lxml.html
import pytest
from conftest import ROOT, read_stories

from site_plugins.publish.social import SocialImage, page_meta, share_links, story_json_ld, story_meta

SITE = {"name": "Portal Uji", "url": "https://contoh.polri.example/", "logo": "https://contoh.polri.example/logo.png"}
URL = "https://contoh.polri.example/berita/2026/01/patroli/"
IMAGE = SocialImage("https://contoh.polri.example/berita/2026/01/patroli/og.jpg", 1200, 630, 'Foto "patroli" & <warga>')
HOSTILE = 'Patroli </script><script>alert("x")</script> & <b>"Kutip"</b>'
"""A title that would end a ``<script>`` element or an attribute if printed as it is."""


@pytest.fixture
def story(tmp_path):
    [story], _ = read_stories(tmp_path, {"2026/01/patroli.md": {"title": HOSTILE, "summary": "Ringkas <i>&</i> jelas."}})
    return story


def printed(meta) -> lxml.html.HtmlElement:
    """The page's head as ``partials/portal-meta.html`` prints ``meta``."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "overrides")))
    env.filters["url"] = lambda value: value
    html = env.get_template("partials/portal-meta.html").render(page_meta=meta)
    return lxml.html.fromstring(f"<html><head>{html}</head><body></body></html>")


def test_open_graph_values_reach_the_page_as_the_story_wrote_them(story):
    meta = story_meta(story, URL, IMAGE, SITE)
    properties = dict(meta.properties)
    assert properties["og:type"] == "article" and properties["og:title"] == HOSTILE
    assert properties["og:description"] == "Ringkas <i>&</i> jelas."
    assert properties["article:published_time"] == story.date.iso == "2026-01-29T12:00:00+07:00"
    assert properties["article:section"] == "Polsek Mayangan"
    assert "article:modified_time" not in properties  # never updated: it would say the published time again
    head = printed(meta)
    shown = {tag.get("property"): tag.get("content") for tag in head.iter("meta") if tag.get("property")}
    assert shown["og:title"] == HOSTILE and shown["og:image:alt"] == IMAGE.alt
    assert [tag.get("property") for tag in head.iter("meta") if tag.get("property") == "article:tag"] == ["article:tag"] * 2
    assert [script.get("type") for script in head.iter("script")] == ["application/ld+json"]


def test_json_ld_cannot_end_its_script_element_and_reads_back_whole(story):
    meta = story_meta(story, URL, IMAGE, SITE)
    assert not {"<", ">", "&"} & set(meta.json_ld)
    assert json.loads(meta.json_ld) == story_json_ld(story, URL, IMAGE, SITE)
    [script] = printed(meta).iter("script")
    article, crumbs = json.loads(script.text)
    assert article["headline"] == HOSTILE and crumbs["@type"] == "BreadcrumbList"


def test_json_ld_urls_are_absolute(story):
    article, crumbs = story_json_ld(story, URL, IMAGE, SITE)
    assert article["mainEntityOfPage"] == URL
    assert "url" not in article and "description" not in article  # the canonical link and the meta description
    assert article["author"]["url"] == "https://contoh.polri.example/penulis/humas-polres-probolinggo-kota/"
    assert article["image"] == [IMAGE.url] and article["publisher"]["logo"]["url"] == SITE["logo"]
    assert [(item["position"], item["name"], item["item"]) for item in crumbs["itemListElement"]] == [
        (1, "Polda Jawa Timur", "https://contoh.polri.example/wilayah/polda-jawa-timur/"),
        (2, "Polres Probolinggo Kota", "https://contoh.polri.example/wilayah/polda-jawa-timur/polres-probolinggo-kota/"),
        (3, "Polsek Mayangan",
         "https://contoh.polri.example/wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-mayangan/"),
    ]


def test_a_page_that_is_no_story_is_a_website_without_json_ld():
    meta = page_meta("Tag: patroli & <b>", "Berita bertag patroli.", "https://contoh.polri.example/tag/patroli/",
                     IMAGE, "Portal Uji")
    assert dict(meta.properties)["og:type"] == "website" and meta.json_ld == ""
    assert dict(meta.names) == {"twitter:card": "summary_large_image", "twitter:image:alt": IMAGE.alt}
    assert not list(printed(meta).iter("script"))


def test_share_links_carry_title_and_url_whole():
    title = "Patroli & Sambang #1 ?ya"
    links = dict(share_links(title, URL))
    assert parse_qs(urlparse(links["WhatsApp"]).query) == {"text": [f"{title} {URL}"]}
    assert parse_qs(urlparse(links["X"]).query) == {"text": [title], "url": [URL]}
    assert parse_qs(urlparse(links["Telegram"]).query) == {"url": [URL], "text": [title]}
    assert parse_qs(urlparse(links["Facebook"]).query) == {"u": [URL]}
