"""Feeds, sitemaps, link-preview metadata and photos, proven on a built fixture site."""

import io
import json
import os
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote

import feedparser
import lxml.etree
import pytest
from conftest import FixtureSite, jpeg
from PIL import Image

from site_plugins.portal.contract import PortalBuild
from site_plugins.publish.handed import HandedTexts
from site_plugins.publish.images import HandedPhotos, PhotoProcessor, photo_record, read_photo
from site_plugins.publish.plugin import sitemap_urls
from site_plugins.publish.sitemaps import (
    HandedEntries,
    SitemapEntry,
    render_news_sitemap,
    write_sitemap_index,
    write_sitemaps,
)

SITE = "https://contoh.polri.example/"
PHOTO_STORY = "berita/2026/01/patroli-foto/"
WIB = timezone(timedelta(hours=7))
NEWS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}
SCRIPT_TITLE = 'Awas </script><script>alert(1)</script> & "kutip"'


def gps_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "KameraPonsel"
    exif.get_ifd(0x8825).update({1: "S", 2: (7.0, 45.0, 12.0), 3: "E", 4: (113.0, 12.0, 5.0)})
    return exif.tobytes()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = FixtureSite(tmp_path_factory.mktemp("publish"), per_page=5)
    site.write("berita/2026/01/foto-besar.jpg", jpeg(4000, 3000, exif=gps_exif()))
    png = io.BytesIO()
    Image.new("RGBA", (800, 600), (30, 120, 200, 128)).save(png, format="PNG")
    site.write("berita/2026/01/warga.png", png.getvalue())
    site.story(
        "2026/01/patroli-foto.md", title="Patroli Dialogis Bersama Warga", image="foto-besar.jpg",
        image_alt="Petugas berdialog dengan warga", date="2026-01-29 12:00", updated="2026-01-30 09:15",
        body="Paragraf pembuka.\n\n![Warga berkumpul](warga.png)\n\n[Tautan](../02/lain.md)",
    )
    site.story("2026/02/lain.md", title=SCRIPT_TITLE, polsek="Polsek Kanigaran", date="2026-02-03 08:00", tags=["kamtibmas"])
    site.story(
        "2025/09/polres.md", title="Jumat Curhat Polres", polsek=None, polres="Polres Sumbawa Barat",
        date="2025-09-26 08:30", tags=["jumat curhat"],
    )
    now = datetime.now(WIB) - timedelta(hours=3)
    site.story(f"{now:%Y/%m}/kabar-terkini.md", title="Kabar Terkini Hari Ini", date=f"{now:%Y-%m-%d %H:%M}")
    for number in range(55):
        day = 1 + number % 28
        site.story(f"2024/03/arsip-{number}.md", title=f"Arsip nomor {number}", date=f"2024-03-{day:02d} 07:{number:02d}")
    result = site.build()
    assert result.returncode == 0, result.output
    result.project = site
    return result


def xml(built, path):
    return lxml.etree.fromstring((built.site / path).read_bytes())


def meta(page, name):
    return page.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')


# Feeds


def test_site_feed_is_valid_rss(built):
    feed = feedparser.parse((built.site / "feed.xml").read_bytes())
    assert feed.bozo == 0, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title == "Portal Uji" and feed.feed.link == SITE and feed.feed.language == "id"
    assert len(feed.entries) == 50
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    photo = next(entry for entry in feed.entries if entry.title == "Patroli Dialogis Bersama Warga")
    assert photo.link == SITE + PHOTO_STORY and photo.id == SITE + PHOTO_STORY
    assert photo.published == "Thu, 29 Jan 2026 12:00:00 +0700"
    assert photo.author == "Humas Polres Probolinggo Kota"
    assert [tag.term for tag in photo.tags] == ["Polsek Mayangan", "patroli dialogis", "kamtibmas"]
    assert photo.summary == "Paragraf pembuka."
    body = photo.content[0].value
    assert "Paragraf pembuka." in body and "<script" not in body
    assert f'href="{SITE}berita/2026/02/lain/"' in body
    assert 'src="https://contoh.polri.example/foto/' in body


def test_feed_structure_follows_the_rss_spec(built):
    rss = xml(built, "feed.xml")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    [channel] = rss.findall("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required)
    for item in channel.findall("item"):
        assert item.findtext("title") or item.findtext("description")
        assert item.find("guid").get("isPermaLink") == "true"
        datetime.strptime(item.findtext("pubDate"), "%a, %d %b %Y %H:%M:%S %z")
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("href") == SITE + "feed.xml" and self_link.get("rel") == "self"


@pytest.mark.parametrize(
    ("path", "titles"),
    [
        ("wilayah/polda-nusa-tenggara-barat/feed.xml", {"Jumat Curhat Polres"}),
        ("wilayah/polda-nusa-tenggara-barat/polres-sumbawa-barat/feed.xml", {"Jumat Curhat Polres"}),
        ("wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-kanigaran/feed.xml", {SCRIPT_TITLE}),
        ("tag/jumat-curhat/feed.xml", {"Jumat Curhat Polres"}),
    ],
)
def test_region_and_tag_feeds(built, path, titles):
    feed = feedparser.parse((built.site / path).read_bytes())
    assert feed.bozo == 0
    assert {entry.title for entry in feed.entries} == titles
    # The summary and link only: the story's full text is in the site feed.
    assert all(entry.summary and "content" not in entry for entry in feed.entries)


def test_every_unit_and_tag_has_a_feed(built):
    units = [p.parent for p in (built.site / "wilayah").rglob("index.html") if p.parent != built.site / "wilayah"]
    units = [u for u in units if "halaman" not in u.parts]
    assert units and all((unit / "feed.xml").is_file() for unit in units)
    tags = [p.parent for p in (built.site / "tag").glob("*/index.html")]
    assert tags and all((tag / "feed.xml").is_file() for tag in tags)


def test_pages_link_their_feeds(built):
    home = built.page("")
    assert home.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href') == ["feed.xml"]
    polsek = built.page("wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-kanigaran/")
    assert polsek.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href')[-1] == "feed.xml"
    assert polsek.xpath('//p[@class="portal-feed-link"]/a/@href') == ["feed.xml"]
    tag = built.page("tag/kamtibmas/")
    assert "Langganan RSS" in tag.xpath('string(//p[@class="portal-feed-link"])')


# Sitemaps and robots.txt


def test_sitemap_lists_every_page_with_lastmod(built):
    """``sitemap.xml`` is the index of one sitemap a group of pages: the national pages', and
    each Polda's (its stories and region pages), the files a shard would write."""
    index = xml(built, "sitemap.xml")
    names = [loc.text.removeprefix(SITE) for loc in index.findall("s:sitemap/s:loc", NEWS)]
    assert names[0] == "sitemap-nasional.xml" and names == sorted(names) and len(names) > 2
    entries, groups = {}, {}
    for name in names:
        for url in xml(built, name).findall("s:url", NEWS):
            loc = url.findtext("s:loc", namespaces=NEWS)
            assert loc not in entries
            entries[loc], groups[loc] = url.findtext("s:lastmod", namespaces=NEWS), name
    pages = {SITE + str(p.parent.relative_to(built.site)).replace(".", "") + "/"
             for p in built.site.rglob("index.html")}
    pages = {page.replace(SITE + "/", SITE) for page in pages}
    assert set(entries) == pages
    assert entries[SITE + PHOTO_STORY] == "2026-01-30T09:15:00+07:00"
    assert entries[SITE + "berita/2025/09/polres/"] == "2025-09-26T08:30:00+08:00"
    assert entries[SITE + "wilayah/polda-nusa-tenggara-barat/"] == "2025-09-26T08:30:00+08:00"
    assert groups[SITE + "wilayah/polda-nusa-tenggara-barat/"] == "sitemap-polda-nusa-tenggara-barat.xml"
    assert groups[SITE + "berita/2025/09/polres/"] == "sitemap-polda-nusa-tenggara-barat.xml"
    assert groups[SITE] == groups[SITE + "wilayah/"] == groups[SITE + "tag/"] == "sitemap-nasional.xml"


def test_news_sitemap_has_only_recent_stories(built):
    sitemap = xml(built, "sitemap-news.xml")
    [url] = sitemap.findall("s:url", NEWS)
    assert url.findtext("s:loc", namespaces=NEWS).endswith("/kabar-terkini/")
    news = url.find("n:news", NEWS)
    assert news.findtext("n:publication/n:name", namespaces=NEWS) == "Portal Uji"
    assert news.findtext("n:publication/n:language", namespaces=NEWS) == "id"
    assert news.findtext("n:title", namespaces=NEWS) == "Kabar Terkini Hari Ini"
    datetime.fromisoformat(news.findtext("n:publication_date", namespaces=NEWS))


def test_empty_news_sitemap_is_valid():
    root = lxml.etree.fromstring(render_news_sitemap([], SITE, "Portal"))
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset" and len(root) == 0


def test_robots_names_both_sitemaps(built):
    robots = (built.site / "robots.txt").read_text()
    assert "User-agent: *" in robots
    assert f"Sitemap: {SITE}sitemap.xml" in robots and f"Sitemap: {SITE}sitemap-news.xml" in robots


# Story metadata


def test_story_open_graph_and_twitter(built):
    page = built.page(PHOTO_STORY)
    assert page.xpath('//link[@rel="canonical"]/@href') == [SITE + PHOTO_STORY]
    assert meta(page, "og:type") == ["article"]
    assert meta(page, "og:title") == ["Patroli Dialogis Bersama Warga"]
    assert meta(page, "og:description") == ["Paragraf pembuka."]
    assert meta(page, "og:url") == [SITE + PHOTO_STORY]
    assert meta(page, "article:published_time") == ["2026-01-29T12:00:00+07:00"]
    assert meta(page, "article:modified_time") == ["2026-01-30T09:15:00+07:00"]
    assert meta(page, "article:section") == ["Polsek Mayangan"]
    assert meta(page, "article:tag") == ["patroli dialogis", "kamtibmas"]
    assert meta(page, "twitter:card") == ["summary_large_image"]
    [image] = meta(page, "og:image")
    assert image.startswith(SITE + "foto/") and image.endswith("-social.jpg")


def test_story_json_ld(built):
    page = built.page(PHOTO_STORY)
    [article, crumbs] = json.loads(page.xpath('//script[@type="application/ld+json"]/text()')[0])
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Patroli Dialogis Bersama Warga"
    # The page's own link and description, once each, where search engines read them.
    assert article["mainEntityOfPage"] == page.xpath('//link[@rel="canonical"]/@href')[0]
    assert "url" not in article and "description" not in article
    assert meta(page, "description") == meta(page, "og:description") == ["Paragraf pembuka."]
    assert article["datePublished"] == "2026-01-29T12:00:00+07:00"
    assert article["dateModified"] == "2026-01-30T09:15:00+07:00"
    assert article["author"]["name"] == "Humas Polres Probolinggo Kota"
    assert article["publisher"]["name"] == "Portal Uji"
    assert article["publisher"]["logo"]["url"] == SITE + "assets/portal/logo.png"
    assert (built.site / "assets/portal/logo.png").is_file()
    assert article["image"] == meta(page, "og:image")
    assert article["contentLocation"]["name"].startswith("Jalan Lingkar Utara")
    assert crumbs["@type"] == "BreadcrumbList"
    assert [item["name"] for item in crumbs["itemListElement"]] == ["Polda Jawa Timur", "Polres Probolinggo Kota", "Polsek Mayangan"]
    assert crumbs["itemListElement"][0]["item"] == SITE + "wilayah/polda-jawa-timur/"


def test_json_ld_cannot_be_closed_by_a_title(built):
    html = (built.site / "berita/2026/02/lain/index.html").read_text(encoding="utf-8")
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(script)[0]["headline"] == SCRIPT_TITLE
    page = built.page("berita/2026/02/lain/")
    assert page.xpath("//h1/text()") == [SCRIPT_TITLE]
    assert not page.xpath('//script[contains(text(), "alert(1)")][not(@type="application/ld+json")]')
    assert page.xpath("//title/text()") == [f"{SCRIPT_TITLE} - Portal Uji"]
    assert meta(page, "description") == ["Isi berita."]


def test_default_social_image_without_a_photo(built):
    page = built.page("berita/2026/02/lain/")
    assert meta(page, "og:image") == [SITE + "assets/portal/social-card.jpg"]
    with Image.open(built.site / "assets/portal/social-card.jpg") as card:
        assert card.size == (1200, 630)
    assert meta(built.page(""), "og:type") == ["website"]
    assert meta(built.page(""), "og:image") == [SITE + "assets/portal/social-card.jpg"]


def test_share_links(built):
    page = built.page(PHOTO_STORY)
    links = dict(zip(page.xpath('//nav[@class="portal-share"]/a/text()'), page.xpath('//nav[@class="portal-share"]/a/@href')))
    assert set(links) == {"WhatsApp", "Facebook", "X", "Telegram"}
    assert links["WhatsApp"].startswith("https://wa.me/?text=")
    assert unquote(links["Facebook"]).endswith(SITE + PHOTO_STORY)
    assert SITE + PHOTO_STORY in unquote(links["Telegram"])
    assert page.xpath('//button[@data-portal-copy]/ancestor::article/@data-url') == [SITE + PHOTO_STORY]
    scripts = page.xpath("//script/@src")
    assert scripts and all(not src.startswith(("http:", "https:", "//")) for src in scripts)


# Photos


def test_featured_photo_derivatives(built):
    page = built.page(PHOTO_STORY)
    # libxml2 does not know <source> is void and nests <img> in it: search descendants.
    [picture] = page.xpath('//figure[@class="portal-story__image"]/picture')
    webp = picture.xpath(".//source/@srcset")[0]
    assert [entry.split()[1] for entry in webp.split(", ")] == ["480w", "960w", "1600w"]
    img = picture.xpath(".//img")[0]
    assert [entry.split()[1] for entry in img.get("srcset").split(", ")] == ["480w", "960w", "1600w"]
    assert img.get("sizes") and img.get("alt") == "Petugas berdialog dengan warga"
    assert (img.get("width"), img.get("height")) == ("960", "720")
    for entry in webp.split(", ") + img.get("srcset").split(", "):
        url, width = entry.split()
        with Image.open(built.site / PHOTO_STORY / url) as derivative:
            assert derivative.width == int(width[:-1])
            assert derivative.format == ("WEBP" if url.endswith(".webp") else "JPEG")


def test_og_image_is_a_small_1200x630_jpeg(built):
    url = meta(built.page(PHOTO_STORY), "og:image")[0]
    path = built.site / url.removeprefix(SITE)
    assert path.stat().st_size < 300_000
    with Image.open(path) as image:
        assert (image.format, image.size) == ("JPEG", (1200, 630))


def test_published_original_has_no_gps(built):
    with Image.open(built.site / "berita/2026/01/foto-besar.jpg") as original:
        assert original.width <= 2400
        assert 0x8825 not in original.getexif() and 0x010F not in original.getexif()


def test_body_photo_becomes_a_picture(built):
    body = built.page(PHOTO_STORY).xpath('//div[@class="portal-story__body"]')[0]
    [img] = body.xpath(".//picture//img")
    assert img.get("alt") == "Warga berkumpul" and img.get("loading") == "lazy"
    assert (img.get("width"), img.get("height")) == ("800", "600")


def test_listing_cards_show_thumbnails(built):
    card = built.page("wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-mayangan/").xpath(
        '//article[contains(@class, "portal-card--photo")]'
    )[0]
    img = card.xpath(".//picture//img")[0]
    assert img.get("loading") == "lazy" and img.get("alt") == "Petugas berdialog dengan warga"


def test_rebuild_reuses_cached_derivatives(built):
    manifests = list((built.project.root / ".cache/portal/foto").rglob("manifest.json"))
    assert len(manifests) == 2
    before = {path: path.stat().st_mtime_ns for path in manifests}
    result = built.project.build()
    assert result.returncode == 0, result.output
    assert {path: path.stat().st_mtime_ns for path in manifests} == before


def test_unreadable_photo_is_a_content_error(site):
    site.write("berita/2026/01/rusak.jpg", b"\xff\xd8\xff\xe0 bukan jpeg")
    site.story("2026/01/a.md", image="rusak.jpg", image_alt="Foto")
    result = site.build()
    assert result.returncode != 0 and "Traceback" not in result.output
    assert "content/berita/2026/01/a.md: image: foto 'berita/2026/01/rusak.jpg' rusak" in result.output


def test_og_image_stays_under_300_kb_for_the_hardest_photo(tmp_path):
    """Random noise is the worst case for JPEG; the social image still fits WhatsApp's limit."""
    noise = Image.frombytes("RGB", (2000, 1500), random.Random(3).randbytes(2000 * 1500 * 3))
    noise.save(tmp_path / "noise.jpg", quality=95)
    photo = PhotoProcessor(tmp_path / "cache").process(tmp_path / "noise.jpg", "berita/noise.jpg")
    assert Path(photo.social.cached).stat().st_size < 300_000
    assert [variant.width for variant in photo.jpeg] == [480, 960, 1600]


def test_a_group_s_sitemap_beyond_the_protocol_limit_is_cut_in_files_the_index_names(tmp_path: Path) -> None:
    entries = [SitemapEntry(f"berita/2026/01/b{number}/", "2026-01-01T00:00:00+00:00")
               for number in range(5)]
    names = write_sitemaps(iter(entries), SITE, tmp_path, "polda-jawa-timur", size=2)
    assert names == ["sitemap-polda-jawa-timur-1.xml", "sitemap-polda-jawa-timur-2.xml", "sitemap-polda-jawa-timur-3.xml"]
    national = write_sitemaps(iter([SitemapEntry("")]), SITE, tmp_path, "", size=2)
    assert national == ["sitemap-nasional.xml"]
    assert write_sitemaps(iter([]), SITE, tmp_path, "polda-papua") == []
    index = lxml.etree.fromstring(write_sitemap_index(names + national, SITE, tmp_path).read_bytes())
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert [loc.text for loc in index.iter("{*}loc")] == [SITE + name for name in sorted(names + national)]
    assert sitemap_urls(str(tmp_path), SITE) == {SITE + entry.url for entry in entries} | {SITE}
    alone = tmp_path / "alone"
    alone.mkdir()
    assert write_sitemaps(iter(entries), SITE, alone, "polda-jawa-timur", size=5) == ["sitemap-polda-jawa-timur.xml"]
    assert sorted(path.name for path in alone.iterdir()) == ["sitemap-polda-jawa-timur.xml"]


def test_entries_handed_over_are_kept_in_files_and_given_back_in_url_order(tmp_path: Path) -> None:
    handed = HandedEntries(tmp_path / "handed")
    handed.add([["wilayah/b/", None], ["berita/2026/01/c/", "2026-01-02T08:00:00+07:00"]])
    handed.add([["berita/2026/01/a/", "2026-01-01T08:00:00+07:00"]])
    own = [SitemapEntry("tag/", "2026-01-02T08:00:00+07:00"), SitemapEntry("", None)]
    assert list(handed.merged(own)) == [
        SitemapEntry("", None), SitemapEntry("berita/2026/01/a/", "2026-01-01T08:00:00+07:00"),
        SitemapEntry("berita/2026/01/c/", "2026-01-02T08:00:00+07:00"), SitemapEntry("tag/", "2026-01-02T08:00:00+07:00"),
        SitemapEntry("wilayah/b/", None)]
    handed.close()
    assert not (tmp_path / "handed").exists()
    many = HandedEntries(tmp_path / "many")  # more than a megabyte: read back a chunk at a time, no pair cut
    many.add([[f"berita/2026/01/patroli-{number:06d}/", "2026-01-01T08:00:00+07:00" if number % 3 else None]
              for number in range(40_000)])
    read = list(many.merged([]))
    assert len(read) == 40_000 and read[1] == SitemapEntry("berita/2026/01/patroli-000001/", "2026-01-01T08:00:00+07:00")
    assert [entry.lastmod is None for entry in read] == [number % 3 == 0 for number in range(40_000)]


def _photo_record(name: str) -> dict:
    def variant(width: int, suffix: str) -> list:
        return [f"foto/{name}/{width}.{suffix}", width, width * 3 // 4]

    return {"source": f"berita/2026/01/{name}.jpg", "width": 2000, "height": 1500, "original": variant(2000, "jpg"),
            "webp": [variant(w, "webp") for w in (480, 960)], "jpeg": [variant(w, "jpg") for w in (480, 960)],
            "social": variant(1200, "jpg")}


def test_texts_handed_over_are_kept_in_a_file_by_key_and_read_back_in_batches(tmp_path: Path) -> None:
    texts = HandedTexts(tmp_path / "handed" / "items.sqlite")
    texts.add((f"full:berita/{n}.md", f"<item>{n}</item>") for n in range(1200))
    texts.add([("full:berita/7.md", "<item>7, again</item>")])  # a key given again takes its new text
    assert texts.get("full:berita/7.md") == "<item>7, again</item>" and texts.get("summary:berita/7.md") is None
    read = dict(texts.many([f"full:berita/{n}.md" for n in range(1100, 1300)]))
    assert sorted(read) == sorted(f"full:berita/{n}.md" for n in range(1100, 1200))
    # a process forked to render pages reads with a connection of its own
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:
        os.write(writer, (texts.get("full:berita/3.md") or "").encode())
        os._exit(0)
    os.waitpid(child, 0)
    assert os.read(reader, 100) == b"<item>3</item>" and texts.get("full:berita/4.md") == "<item>4</item>"
    texts.close()


def test_photos_handed_over_are_kept_in_a_file_and_read_back_one_at_a_time(tmp_path: Path) -> None:
    handed = HandedPhotos(tmp_path / "handed")
    handed.add({"berita/2026/01/a.jpg": _photo_record("a")})
    handed.add({f"berita/2026/01/p{n}.jpg": _photo_record(f"p{n}") for n in range(HandedPhotos.KEPT + 10)})
    photo = handed.get("berita/2026/01/a.jpg")
    assert photo == read_photo(_photo_record("a")) and photo_record(photo) == _photo_record("a")
    assert handed.get("berita/2026/01/tidak-ada.jpg") is None
    # more than are kept decoded: each read again from the file, the same
    assert [handed.get(f"berita/2026/01/p{n}.jpg").thumbnail.url for n in range(HandedPhotos.KEPT + 10)] == [
        f"foto/p{n}/480.jpg" for n in range(HandedPhotos.KEPT + 10)]
    assert handed._other.cache_info().currsize == HandedPhotos.KEPT
    # the photos of the stories a build shows are read in at once, in batches
    handed.keep([f"berita/2026/01/p{n}.jpg" for n in range(1200)] + ["berita/2026/01/tidak-ada.jpg"])
    assert len(handed._kept) == 1200 and handed.get("berita/2026/01/p1199.jpg").thumbnail.url == "foto/p1199/480.jpg"
    handed.close()
    assert not (tmp_path / "handed").exists()


@pytest.mark.integration
def test_a_build_reads_back_its_sitemap_and_feeds(tmp_path: Path) -> None:
    """What ``mkdocs build`` wrote is read back: a story missing from the sitemap, a feed that
    lost a story or carries a draft, each is named."""
    from mkdocs.commands.build import build

    from site_plugins.publish.feeds import feeds_for
    from site_plugins.publish.plugin import check_published

    site = FixtureSite(tmp_path)
    site.story("2026/01/satu.md", title="Patroli Satu", date="2026-01-20 09:00")
    site.story("2026/01/dua.md", title="Patroli Dua", date="2026-01-21 09:00")
    site.story("2026/01/draf.md", title="Patroli Draf", date="2026-01-22 09:00", draft=True)
    with site.started() as config:
        build(config)
    catalog = PortalBuild.of(config).catalog
    feeds = feeds_for(catalog.listings, config.site_name, 50, catalog.is_published)
    assert check_published(catalog, feeds, config.site_dir, config.site_url) == []

    [sitemap] = [path for path in (tmp_path / "site").glob("sitemap-*.xml") if "berita/2026/01/satu/" in path.read_text()]
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace("berita/2026/01/satu/", "berita/x/"), "utf-8")
    feed = tmp_path / "site/feed.xml"
    feed.write_text(feed.read_text(encoding="utf-8").replace("berita/2026/01/dua/", "berita/2026/01/draf/"), "utf-8")
    problems = check_published(catalog, feeds, config.site_dir, config.site_url)
    assert "sitemap.xml and its sitemaps: /berita/2026/01/satu/ is missing" in problems
    assert any(problem.startswith("feed.xml: stories differ from its listing") and "draf" in problem
               for problem in problems)


def built_read_back(site: FixtureSite):
    """Build ``site`` in this process; the read-back of what it wrote, to run again after a
    file was changed."""
    from mkdocs.commands.build import build

    from site_plugins.publish.feeds import feeds_for
    from site_plugins.publish.plugin import check_published

    with site.started() as config:
        build(config)
    catalog = PortalBuild.of(config).catalog
    feeds = feeds_for(catalog.listings, config.site_name, 50, catalog.is_published)
    return lambda: check_published(catalog, feeds, config.site_dir, config.site_url)


@pytest.mark.parametrize("written", ["feed.xml", "sitemap.xml", "sitemap-news.xml", "wilayah/polda-jawa-timur/feed.xml"])
def test_the_read_back_refuses_a_feed_or_sitemap_that_is_not_xml(tmp_path: Path, written: str) -> None:
    """A control character in a written title makes the file unreadable for every feed reader
    and search engine; the read-back parses each file as XML, so the build fails on it (a
    pattern over the text used to find its URLs and pass)."""
    site = FixtureSite(tmp_path)
    now = datetime.now(WIB).replace(microsecond=0)
    site.story("2026/01/baru.md", title="Patroli Baru", date=now.isoformat())
    read_back = built_read_back(site)
    assert read_back() == []

    path = tmp_path / "site" / written
    text = path.read_text(encoding="utf-8")
    marker = "Patroli Baru" if "Patroli Baru" in text else "</loc>"
    path.write_text(text.replace(marker, "\x01" + marker, 1), encoding="utf-8")
    [problem] = read_back()
    assert problem.startswith(f"{path.name}: not well-formed XML: ")


@pytest.mark.integration
def test_the_news_sitemap_carries_only_published_stories(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    now = datetime.now(WIB).replace(microsecond=0)
    site.story("2026/01/baru.md", title="Patroli Baru", date=now.isoformat())
    site.story("2026/01/draf.md", title="Patroli Draf", date=now.isoformat(), draft=True)
    read_back = built_read_back(site)
    news = tmp_path / "site/sitemap-news.xml"
    news.write_text(news.read_text(encoding="utf-8").replace("/baru/", "/draf/"), encoding="utf-8")
    draft = f"{SITE}berita/{now:%Y/%m}/draf/"
    assert read_back() == [
        f"sitemap-news.xml: {draft} is not a published story",
    ]
