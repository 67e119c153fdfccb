"""What link previews and search engines read: Open Graph, Twitter card and JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin

from site_plugins.content.stories import Story


@dataclass(frozen=True)
class SocialImage:
    """An absolute image URL with its size and description."""

    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class PageMeta:
    """Ready values for ``partials/portal-meta.html``: ``properties`` are Open Graph
    ``<meta property>`` pairs, ``names`` are ``<meta name>`` pairs, ``json_ld`` is safe to
    place inside a ``<script>`` element as it is."""

    properties: list[tuple[str, str]]
    names: list[tuple[str, str]]
    json_ld: str = ""
    feeds: list[tuple[str, str]] = field(default_factory=list)


def page_meta(title: str, description: str, url: str, image: SocialImage, site_name: str) -> PageMeta:
    """Metadata of a page that is not a story (home, listings, other pages)."""
    return PageMeta(_open_graph("website", title, description, url, image, site_name), _twitter(image))


def story_meta(story: Story, url: str, image: SocialImage, site: dict[str, str]) -> PageMeta:
    """Metadata of a story page, with the ``NewsArticle`` and ``BreadcrumbList`` JSON-LD."""
    properties = _open_graph("article", story.title, story.summary, url, image, site["name"])
    properties += [
        ("article:published_time", story.date.iso),
        *((("article:modified_time", story.updated.iso),) if story.updated else ()),
        ("article:section", story.unit.name),
        *(("article:tag", tag.name) for tag in story.tags),
    ]
    return PageMeta(properties, _twitter(image), json_ld=script_json(story_json_ld(story, url, image, site)))


def story_json_ld(story: Story, url: str, image: SocialImage, site: dict[str, str]) -> list[dict]:
    """Schema.org ``NewsArticle`` of a story and the ``BreadcrumbList`` of its unit path.

    Without what the page says already in the form search engines read: no ``url`` (the
    ``mainEntityOfPage``, the canonical link) and no ``description`` (the page's meta
    description, word for word)."""
    base = site["url"]
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "mainEntityOfPage": url,
        "datePublished": story.date.iso,
        "dateModified": (story.updated or story.date).iso,
        "author": {"@type": "Person", "name": story.author.name, "url": urljoin(base, story.author.url)},
        "publisher": {
            "@type": "Organization",
            "name": site["name"],
            "url": base,
            "logo": {"@type": "ImageObject", "url": site["logo"]},
        },
        "image": [image.url],
        "contentLocation": {"@type": "Place", "name": story.location},
        "articleSection": story.unit.name,
        "keywords": [tag.name for tag in story.tags],
        "inLanguage": "id",
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": unit.name, "item": urljoin(base, unit.url)}
            for position, unit in enumerate(story.unit.lineage, start=1)
        ],
    }
    return [article, crumbs]


def script_json(data: object) -> str:
    """JSON that no text inside it can end early: ``<``, ``>`` and ``&`` are escaped, so a
    title containing ``</script>`` stays a string."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _open_graph(kind: str, title: str, description: str, url: str, image: SocialImage, site_name: str):
    return [
        ("og:type", kind),
        ("og:site_name", site_name),
        ("og:locale", "id_ID"),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:image", image.url),
        ("og:image:width", str(image.width)),
        ("og:image:height", str(image.height)),
        ("og:image:alt", image.alt),
    ]


def _twitter(image: SocialImage) -> list[tuple[str, str]]:
    return [("twitter:card", "summary_large_image"), ("twitter:image:alt", image.alt)]


def share_links(title: str, url: str) -> list[tuple[str, str]]:
    """Plain share links (no third-party script runs on the page): name and address."""
    text = quote(f"{title} {url}")
    return [
        ("WhatsApp", f"https://wa.me/?text={text}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}"),
        ("X", f"https://x.com/intent/post?text={quote(title)}&url={quote(url, safe='')}"),
        ("Telegram", f"https://t.me/share/url?url={quote(url, safe='')}&text={quote(title)}"),
    ]
