"""A deterministic corpus of generated stories over many units, for whole-site tests."""

from __future__ import annotations

import random
from dataclasses import dataclass

import yaml
from conftest import FixtureSite, front_matter

from site_plugins.content.slugs import slugify

TAGS = [
    "patroli dialogis", "sambang warga", "kamtibmas", "jumat curhat", "lalu lintas", "binmas",
    "pengamanan ibadah", "cooling system", "bhabinkamtibmas", "Kamtibmas", "operasi zebra", "narkoba",
]
AUTHORS = [
    "Syafruddin Adi", "Dewi Lestari", "Agus Salim", "Maria Wenda", "Humas Polres", "Rina Marlina",
    "Made Sudarsana", "Yohanes Kambu", "Siti Aminah", "Budi Santoso",
]
PLACES = ["Jalan Merdeka", "Pasar Baru", "Kelurahan Sukamaju", "Desa Sumberagung", "Pantai Indah"]
ZONES = ["WIB", "WITA", "WIT", "WIB"]


@dataclass
class GeneratedStory:
    url: str
    units: list[str]
    tags: set[str]
    author: str
    year: int
    month: int
    published: bool


def registry(poldas: int = 4, polres: int = 3, polsek: int = 4) -> list[dict]:
    """A registry where every Polres has a "Polsek Kota", so that name is ambiguous."""
    return [
        {
            "polda": f"Polda Wilayah {chr(65 + d)}",
            "provinsi": f"Provinsi {chr(65 + d)}",
            "zona": ZONES[d % len(ZONES)],
            "polres": [
                {
                    "nama": f"Polres Kota {chr(65 + d)}{r + 1}",
                    "wilayah": f"Kota {chr(65 + d)}{r + 1}",
                    "polsek": [{"nama": "Polsek Kota", "kecamatan": "Kota"}] + [
                        {"nama": f"Polsek {chr(65 + d)}{r + 1}-{s + 1}", "kecamatan": f"Kecamatan {s + 1}"}
                        for s in range(polsek - 1)
                    ],
                }
                for r in range(polres)
            ],
        }
        for d in range(poldas)
    ]


def write_corpus(site: FixtureSite, count: int, seed: int = 7) -> list[GeneratedStory]:
    """Write ``count`` stories and the registry into ``site``; return what each should show."""
    rng = random.Random(seed)
    units = registry()
    site.write("satuan.yml", yaml.safe_dump(units, allow_unicode=True, sort_keys=False))
    return [_write_story(site, rng, units, number) for number in range(count)]


def _write_story(site: FixtureSite, rng: random.Random, units: list[dict], number: int) -> GeneratedStory:
    polda = rng.choice(units)
    polres = rng.choice(polda["polres"])
    polsek = rng.choice(polres["polsek"])
    level = rng.choices(["polsek", "polres", "polda"], weights=[80, 12, 8])[0]
    fields: dict[str, object] = {"title": f"Berita nomor {number}: patroli di {rng.choice(PLACES)}"}
    year, month, day = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if year == 2026 and month > 10:
        month = 10
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    fields["date"] = rng.choice([
        f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
        f"{year}-{month:02d}-{day:02d}",
        f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+07:00",
    ])
    chain = [polda["polda"]]
    if level == "polda":
        fields["polda"] = polda["polda"]
    else:
        fields["polres"] = polres["nama"]
        chain.append(polres["nama"])
        if level == "polsek":
            fields["polsek"] = polsek["nama"]
            chain.append(polsek["nama"])
    fields["location"] = rng.choice(PLACES)
    author = rng.choice(AUTHORS)
    fields["author"] = author
    tags = rng.sample(TAGS, rng.randint(0, 3))
    if tags:
        fields["tags"] = tags
    published = True
    if number % 60 == 13:
        fields["draft"] = True
        published = False
    if number % 60 == 29:
        fields["date"] = f"2999-0{1 + number % 9}-01 08:00"
        year, month, published = 2999, 1 + number % 9, False
    fields["body"] = "\n\n".join(f"Paragraf {p} berita {number}." for p in range(rng.randint(1, 6)))
    slug = f"berita-{number:04d}"
    site.write(f"berita/{year}/{month:02d}/{slug}.md", front_matter(**fields))
    url_units = ["wilayah/" + "".join(slugify(name) + "/" for name in chain[: i + 1]) for i in range(len(chain))]
    return GeneratedStory(
        url=f"berita/{year}/{month:02d}/{slug}/",
        units=url_units,
        tags={slugify(tag) for tag in tags},
        author=slugify(author),
        year=year,
        month=month,
        published=published,
    )
