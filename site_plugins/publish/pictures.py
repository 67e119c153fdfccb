"""``<picture>`` markup for a processed photo: WebP and JPEG sources at every width."""

from __future__ import annotations

import html
import re
from typing import Callable

from site_plugins.publish.images import Photo, Variant

SIZES = {
    "story": "(min-width: 60em) 40rem, 100vw",
    "lead": "(min-width: 60em) 36rem, 100vw",
    "card": "(min-width: 45em) 10rem, 30vw",
}
"""How wide each kind of photo is shown, for the browser to pick a file from ``srcset``."""

_IMG = re.compile(r"<img\b[^>]*>")
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


def picture_html(photo: Photo, alt: str, link: Callable[[str], str], kind: str, lazy: bool = True) -> str:
    """The photo as ``<picture>``; ``link`` turns a site-relative URL into one for this page."""
    fallback = photo.fallback
    attributes = {
        "src": link(fallback.url),
        "srcset": _srcset(photo.jpeg, link),
        "sizes": SIZES[kind],
        "width": str(fallback.width),
        "height": str(fallback.height),
        "alt": alt,
        "decoding": "async",
        "loading": "lazy" if lazy else "eager",
    }
    img = "<img " + " ".join(f'{name}="{html.escape(value)}"' for name, value in attributes.items()) + ">"
    webp = f'<source type="image/webp" srcset="{html.escape(_srcset(photo.webp, link))}" sizes="{SIZES[kind]}">'
    return f'<picture class="portal-picture portal-picture--{kind}">{webp}{img}</picture>'


def replace_images(
    content: str, photo_for: Callable[[str], Photo | None], link: Callable[[str], str]
) -> str:
    """Turn every ``<img>`` of a rendered body whose ``src`` is a processed photo into a
    ``<picture>``; other images are left as they are."""

    def replace(match: re.Match[str]) -> str:
        attributes = dict(_ATTRIBUTE.findall(match.group(0)))
        photo = photo_for(html.unescape(attributes.get("src", "")))
        if photo is None:
            return match.group(0)
        return picture_html(photo, html.unescape(attributes.get("alt", "")), link, "story")

    return _IMG.sub(replace, content)


def _srcset(variants: tuple[Variant, ...], link: Callable[[str], str]) -> str:
    return ", ".join(f"{link(variant.url)} {variant.width}w" for variant in variants)
