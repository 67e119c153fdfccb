"""How long ``portal check`` takes on a generated project of N stories.

    python bench/check_bench.py 10000        (or: make bench-check N=10000)

Writes a deterministic project (registry of 4 Polda, 12 Polres, 48 Polsek; stories spread over
them and over three years) into a temporary folder, then runs the real ``portal check`` there
and prints the wall-clock time. The stories are generated once per N and kept in ``.cache/``.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TAGS = ["patroli dialogis", "sambang warga", "kamtibmas", "jumat curhat", "lalu lintas", "binmas"]
AUTHORS = ["Syafruddin Adi", "Dewi Lestari", "Agus Salim", "Maria Wenda", "Made Sudarsana"]


def registry() -> list[dict]:
    """Four Polda with three Polres of four Polsek each."""
    return [
        {
            "polda": f"Polda Wilayah {chr(65 + d)}", "provinsi": f"Provinsi {chr(65 + d)}",
            "zona": ["WIB", "WITA", "WIT", "WIB"][d],
            "polres": [
                {
                    "nama": f"Polres Kota {chr(65 + d)}{r}", "wilayah": f"Kota {chr(65 + d)}{r}",
                    "polsek": [
                        {"nama": f"Polsek {chr(65 + d)}{r}-{s}", "kecamatan": f"Kecamatan {s}"} for s in range(4)
                    ],
                }
                for r in range(3)
            ],
        }
        for d in range(4)
    ]


def story(rng: random.Random, units: list[dict], number: int) -> tuple[str, str]:
    """One story's path and text: about the size of a real one (five paragraphs)."""
    polda = rng.choice(units)
    polres = rng.choice(polda["polres"])
    year, month, day = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    meta = {
        "title": f"Polsek {number} gelar patroli dialogis: sapa warga di pasar",
        "date": f"{year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "polsek": rng.choice(polres["polsek"])["nama"],
        "polres": polres["nama"],
        "location": f"Jalan Merdeka, Kelurahan Sukamaju, {polres['wilayah']}",
        "author": rng.choice(AUTHORS),
        "tags": rng.sample(TAGS, 2),
    }
    sentence = "tentang patroli dialogis dan pesan kamtibmas kepada warga. "
    body = "\n\n".join(f"Paragraf {p} {sentence}" * 4 for p in range(5))
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"
    return f"berita/{year}/{month:02d}/berita-{number:05d}.md", text


def write_project(root: Path, count: int) -> None:
    content = root / "content"
    content.mkdir(parents=True)
    units = registry()
    (content / "satuan.yml").write_text(yaml.safe_dump(units, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rng = random.Random(count)
    for number in range(count):
        relative, text = story(rng, units, number)
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = {
        "site_name": "Bench", "docs_dir": "content", "use_directory_urls": True,
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "language": "id"},
        "plugins": ["portal"],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = ROOT / ".cache" / "bench" / f"check-{args.count}"
    if not (root / "mkdocs.yml").exists():
        write_project(root, args.count)
    portal = Path(sys.executable).parent / "portal"
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        process = subprocess.run([str(portal), "check"], cwd=root, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if process.returncode != 0:
            print(process.stderr[-2000:], file=sys.stderr)
            return 1
    print(f"portal check, {args.count} stories: best {min(times):.2f} s of {args.runs} runs ({process.stdout.strip()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
