"""A deterministic portal project of N generated stories, shaped like a national archive.

Stories are spread over 34 Polda, their Polres and Polsek, dated 2019-2026, with a few hundred
words of Indonesian prose each, drawn from a fixed vocabulary with a seeded generator: the same
N and seed always give the same files.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from site_plugins.content.problems import ContentError
from site_plugins.content.registry import Registry
from site_plugins.content.stories import Story, load_stories

PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
    "Sumatera Selatan", "Bangka Belitung", "Lampung", "Banten", "Metro Jaya", "Jawa Barat",
    "Jawa Tengah", "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
    "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua",
    "Papua Barat",
]
EAST = {"Papua", "Papua Barat", "Maluku", "Maluku Utara"}
CENTRAL = {
    "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur",
    "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
    "Sulawesi Selatan", "Sulawesi Tenggara",
}
PLACE_PARTS = [
    "Suka", "Sumber", "Mekar", "Karang", "Tanjung", "Batu", "Kali", "Bukit", "Air", "Pasir", "Muara",
    "Teluk", "Lubuk", "Bandar", "Kota", "Sidomulyo", "Rejo", "Jaya", "Makmur", "Asri", "Indah", "Baru",
    "Lama", "Timur", "Barat", "Utara", "Selatan", "Tengah", "Wangi", "Sari", "Harjo", "Agung",
]
TAGS = [
    "patroli dialogis", "sambang warga", "kamtibmas", "jumat curhat", "lalu lintas", "binmas",
    "pengamanan ibadah", "cooling system", "bhabinkamtibmas", "operasi zebra", "narkoba", "bencana",
    "bakti sosial", "pilkada", "ketahanan pangan", "karhutla", "mudik", "balap liar", "curanmor", "vaksinasi",
]
SUBJECTS = [
    "Personel {unit}", "Kapolsek {place}", "Bhabinkamtibmas Desa {place}", "Anggota Samapta {unit}",
    "Tim patroli {unit}", "Kanit Binmas {unit}", "Petugas gabungan {unit}",
]
VERBS = [
    "melaksanakan", "menggelar", "menyambangi", "mengimbau", "mengajak", "memantau", "mengamankan",
    "mendatangi", "memberikan", "menyampaikan", "menertibkan", "mendampingi", "menjaga", "memeriksa",
]
OBJECTS = [
    "patroli dialogis", "warga di pasar tradisional", "pengendara sepeda motor", "tokoh agama dan tokoh masyarakat",
    "pelajar sekolah menengah", "pedagang kaki lima", "nelayan di dermaga", "petani di area persawahan",
    "jamaah masjid usai salat", "pemuda karang taruna", "sopir angkutan umum", "pengurus rukun tetangga",
    "pos kamling", "kegiatan ibadah minggu", "arus lalu lintas", "lokasi rawan kejahatan", "objek vital",
]
PLACES = [
    "di Jalan {place}", "di Kelurahan {place}", "di Desa {place}", "di Pasar {place}",
    "di sekitar Terminal {place}", "di Pantai {place}", "di Balai Desa {place}", "di Simpang {place}",
]
CLAUSES = [
    "untuk menjaga situasi kamtibmas tetap aman dan kondusif", "guna mencegah aksi pencurian kendaraan bermotor",
    "sebagai upaya mendekatkan polisi dengan masyarakat", "agar warga tidak mudah terprovokasi kabar bohong",
    "demi kelancaran arus lalu lintas pada jam sibuk", "untuk mengantisipasi gangguan keamanan menjelang hari raya",
    "supaya masyarakat segera melapor bila melihat hal mencurigakan", "sambil membagikan brosur keselamatan",
    "serta mengingatkan bahaya penyalahgunaan narkoba", "dan menampung keluhan warga secara langsung",
    "karena kawasan itu sering dilaporkan rawan balap liar", "bersama unsur TNI dan pemerintah kecamatan",
]
QUOTES = [
    "Kami hadir untuk memastikan warga merasa aman dan nyaman", "Keamanan lingkungan adalah tanggung jawab bersama",
    "Jangan ragu menghubungi layanan kepolisian bila membutuhkan bantuan",
    "Patroli ini akan terus kami laksanakan secara rutin", "Kedekatan dengan masyarakat adalah kunci pencegahan",
    "Kami mengapresiasi peran aktif warga dalam menjaga kampung",
]
CLOSINGS = [
    "Selama kegiatan berlangsung situasi terpantau aman dan terkendali.",
    "Kegiatan ditutup dengan foto bersama dan ramah tamah.",
    "Warga menyambut baik kehadiran petugas di tengah mereka.",
    "Kegiatan serupa dijadwalkan berlangsung di wilayah lain pekan depan.",
]
RANKS = ["Iptu", "Ipda", "AKP", "Kompol", "Aiptu", "Bripka", "Brigpol"]
NAMES = ["Agus", "Budi", "Dewi", "Hendra", "Made", "Yohanes", "Siti", "Rizky", "Wayan", "Maria", "Ahmad", "Rina"]
FAMILY = ["Santoso", "Lestari", "Saputra", "Sudarsana", "Kambu", "Aminah", "Pratama", "Wenda", "Hidayat", "Marlina"]


def registry(rng: random.Random, polres: int = 6, polsek: int = 6) -> list[dict]:
    """34 Polda, each with ``polres`` Polres of ``polsek`` Polsek; some Polsek names repeat."""
    return [
        {
            "polda": f"Polda {province}",
            "provinsi": province,
            "zona": "WIT" if province in EAST else "WITA" if province in CENTRAL else "WIB",
            "polres": [_polres(rng, province, r, polsek) for r in range(polres)],
        }
        for province in PROVINCES
    ]


def _polres(rng: random.Random, province: str, number: int, polsek: int) -> dict:
    city = f"{rng.choice(PLACE_PARTS)} {rng.choice(PLACE_PARTS)} {province.split()[-1]} {number + 1}"
    return {
        "nama": f"Polres {city}",
        "wilayah": f"Kabupaten {city}",
        "polsek": [{"nama": "Polsek Kota", "kecamatan": "Kota"}] + [
            {"nama": f"Polsek {_place(rng)} {number + 1}-{s + 1}", "kecamatan": _place(rng)}
            for s in range(polsek - 1)
        ],
    }


def _place(rng: random.Random) -> str:
    return rng.choice(PLACE_PARTS) + rng.choice(PLACE_PARTS).lower()


def write_project(root: Path, count: int, seed: int = 2026) -> Path:
    """Write ``content/`` with ``count`` stories and the registry under ``root``; returns it."""
    rng = random.Random(seed)
    content = root / "content"
    units = registry(rng)
    (content / "berita").mkdir(parents=True, exist_ok=True)
    (content / "satuan.yml").write_text(yaml.safe_dump(units, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for number in range(count):
        relative, text = story(rng, units, number)
        path = content / "berita" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return content


def read_stories(content: Path, registry: Registry, src_uris: list[str] | None = None) -> list[Story]:
    """The portal's model of the given stories (all by default); stops on any content problem."""
    if src_uris is None:
        src_uris = [path.relative_to(content).as_posix() for path in (content / "berita").rglob("*.md")]
    stories, problems = load_stories(content, src_uris, registry)
    if problems:
        raise SystemExit(ContentError(problems).report())
    return stories


def story(rng: random.Random, units: list[dict], number: int) -> tuple[str, str]:
    """One story file: its path under ``berita/`` and its text."""
    polda = rng.choice(units)
    polres = rng.choice(polda["polres"])
    polsek = rng.choice(polres["polsek"])
    level = rng.choices(["polsek", "polres", "polda"], weights=[75, 18, 7])[0]
    unit = {"polsek": polsek["nama"], "polres": polres["nama"], "polda": polda["polda"]}[level]
    place = _place(rng)
    year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    month = min(month, 10) if year == 2026 else month
    fields: dict[str, object] = {
        "title": " ".join([
            unit, rng.choice(VERBS).capitalize(), rng.choice(OBJECTS).title(), rng.choice(PLACES).format(place=place),
        ]),
        "date": f"{year}-{month:02d}-{day:02d} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
        level: unit,
        "location": f"Kecamatan {polsek['kecamatan']}, {polres['wilayah']}",
        "author": f"Humas {polres['nama']}",
        "tags": rng.sample(TAGS, rng.randint(1, 3)),
    }
    # Wider units too: generated Polres and Polsek names may repeat across the country.
    if level != "polda":
        fields["polda"] = polda["polda"]
    if level == "polsek":
        fields["polres"] = polres["nama"]
    body = "\n\n".join(_paragraph(rng, unit, place) for _ in range(rng.randint(4, 7)))
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    return f"{year}/{month:02d}/berita-{number:05d}.md", f"---\n{front}---\n\n{body}\n"


def _paragraph(rng: random.Random, unit: str, place: str) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        subject = rng.choice(SUBJECTS).format(unit=unit, place=place)
        where = rng.choice(PLACES).format(place=_place(rng))
        sentences.append(f"{subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {where} {rng.choice(CLAUSES)}.")
    if rng.random() < 0.4:
        officer = f"{rng.choice(RANKS)} {rng.choice(NAMES)} {rng.choice(FAMILY)}"
        sentences.append(f'"{rng.choice(QUOTES)}," kata {officer}.')
    sentences.append(rng.choice(CLOSINGS))
    return " ".join(sentences)
