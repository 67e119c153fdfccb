"""The portal's logo and its default link-preview card, drawn with Pillow at build time.

The card carries the site's name, so it follows ``site_name`` without an image editor.
"""

from __future__ import annotations

import hashlib
import io
import math
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from site_plugins.publish.images import SOCIAL_SIZE, _write_atomic

BROWN = (93, 58, 26)
GOLD = (200, 161, 58)
CREAM = (250, 244, 230)
LOGO_SIZE = 512


def logo(cache_dir: Path) -> Path:
    """A gold star on a brown shield-like square, 512×512 PNG."""
    return _cached(cache_dir, "logo.png", "logo-1", _draw_logo)


def social_card(cache_dir: Path, site_name: str, tagline: str) -> Path:
    """A 1200×630 JPEG with the logo, the site's name and its description."""
    key = f"card-1|{site_name}|{tagline}"
    return _cached(cache_dir, "social-card.jpg", key, lambda: _draw_card(site_name, tagline))


def _cached(cache_dir: Path, name: str, key: str, draw) -> Path:
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    path = cache_dir / digest / name
    if not path.exists():
        _write_atomic(path, draw())
    return path


def _draw_logo() -> bytes:
    image = Image.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, LOGO_SIZE - 1, LOGO_SIZE - 1), radius=96, fill=BROWN)
    draw.polygon(_star(LOGO_SIZE / 2, LOGO_SIZE / 2 + 12, 200, 80), fill=GOLD)
    return _encode(image, "PNG")


def _draw_card(site_name: str, tagline: str) -> bytes:
    width, height = SOCIAL_SIZE
    card = Image.new("RGB", SOCIAL_SIZE, BROWN)
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, height - 24, width, height), fill=GOLD)
    draw.polygon(_star(200, 300, 130, 52), fill=GOLD)
    title_font = ImageFont.load_default(size=64)
    text_font = ImageFont.load_default(size=32)
    y = 170
    for line in textwrap.wrap(site_name, 24)[:3]:
        draw.text((380, y), line, font=title_font, fill=CREAM)
        y += 78
    for line in textwrap.wrap(tagline, 44)[:3]:
        draw.text((380, y + 20), line, font=text_font, fill=CREAM)
        y += 42
    return _encode(card, "JPEG", quality=88)


def _star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _encode(image: Image.Image, format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **options)
    return buffer.getvalue()
