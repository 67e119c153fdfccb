"""The story contract: what a valid story becomes, and how each kind of bad story is reported."""

import pytest
from conftest import REGISTRY, front_matter, story_fields

from site_plugins.content.registry import load_registry
from site_plugins.content.stories import StoryMemo, derive_summary, load_stories


@pytest.fixture
def docs(tmp_path):
    (tmp_path / "satuan.yml").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def write(docs, relative, text):
    path = docs / "berita" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return f"berita/{relative}"


def load(docs, *uris):
    registry = load_registry(docs / "satuan.yml", "content/satuan.yml")
    return load_stories(docs, uris, registry, "content/")


def test_a_valid_story(docs):
    uri = write(docs, "2026/01/patroli-lingkar-utara.md", front_matter(**story_fields(body="Paragraf pertama.\n\nKedua.")))
    [story], problems = load(docs, uri)
    assert problems == []
    assert story.url == "berita/2026/01/patroli-lingkar-utara/"
    assert story.unit.name == "Polsek Mayangan"
    assert story.date.display == "Kamis, 29 Januari 2026 12.00 WIB"
    assert [tag.url for tag in story.tags] == ["tag/patroli-dialogis/", "tag/kamtibmas/"]
    assert story.author.url == "penulis/humas-polres-probolinggo-kota/"
    assert story.summary == "Paragraf pertama."
    assert story.body.strip() == "Paragraf pertama.\n\nKedua."


def test_url_comes_from_the_date_not_the_folder(docs):
    uri = write(docs, "lain/Patroli Sore.md", front_matter(**story_fields(date="2025-10-22 10:31", polsek="Polsek Sekongkang")))
    [story], _ = load(docs, uri)
    assert story.url == "berita/2025/10/patroli-sore/"
    assert story.date.iso == "2025-10-22T10:31:00+08:00"


def test_tricky_but_valid_files(docs):
    text = front_matter(**story_fields(title="Kapolsek Sapa Warga “Kampung Tangguh” — Café", author="Maria Wenda"))
    bom_crlf = "\ufeff" + text.replace("\n", "\r\n") + ("Paragraf panjang. " * 5000)
    uri = write(docs, "2026/01/bom-crlf.md", bom_crlf.encode("utf-8"))
    [story], problems = load(docs, uri)
    assert problems == []
    assert story.title == "Kapolsek Sapa Warga “Kampung Tangguh” — Café"
    assert "\r" not in story.body


def test_summary_from_front_matter_wins(docs):
    uri = write(docs, "2026/01/a.md", front_matter(**story_fields(summary="Ringkasan.")))
    [story], _ = load(docs, uri)
    assert story.summary == "Ringkasan."


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        ("## Judul\n\nParagraf **tebal** dengan [tautan](https://polri.go.id).", "Paragraf tebal dengan tautan."),
        ("**PROBOLINGGO** – Patroli digelar.", "PROBOLINGGO – Patroli digelar."),
        ("- butir\n- butir\n\nParagraf.", "Paragraf."),
        ("![foto](foto.jpg)\n\nParagraf.", "Paragraf."),
        ("kata " * 100, ("kata " * 48).strip() + "…"),
        ("", ""),
    ],
)
def test_derive_summary(body, summary):
    assert derive_summary(body) == summary


BAD_STORIES = [
    # (fields or raw text, line, field, words in the message)
    (story_fields(title=None), 1, "title", "wajib diisi"),
    (story_fields(title="  "), 2, "title", "tidak boleh kosong"),
    (story_fields(title=2026), 2, "title", "harus berupa teks"),
    (story_fields(location=None), 1, "location", "wajib diisi"),
    (story_fields(author=None), 1, "author", "wajib diisi"),
    (story_fields(date=None), 1, "date", "wajib diisi"),
    (story_fields(date="2026-02-30 10:00"), 3, "date", "tidak ada di kalender"),
    (story_fields(date="29 Januari 2026"), 3, "date", "tidak dikenali"),
    (story_fields(date="kemarin sore"), 3, "date", "tidak dikenali"),
    (story_fields(date=20260129), 3, "date", "bukan tanggal"),
    (story_fields(updated="2025-01-01"), 10, "updated", "lebih awal"),
    (story_fields(polsek="Polsek Mayangn"), 4, "polsek", "tidak ada di daftar satuan"),
    (story_fields(polsek="Polsek Kota"), 4, "polsek", "lebih dari satu"),
    (story_fields(polres="Polres Malang Kota"), 10, "polres", "tidak berada di bawah"),
    (story_fields(polsek=None), 1, "polsek", "satuan tidak diisi"),
    (story_fields(polsek=None, satuan="Polda Jawa Timur / Polres Malang Kota / Polsek Mayangan"), 9, "satuan", "tidak berada di bawah"),
    (story_fields(polsek=None, satuan="Polda Jawa Timur / Polres Batu"), 9, "satuan", "tidak ada di daftar satuan"),
    (story_fields(polsek=None, satuan="Polda Jawa Timur / / Polsek Kota"), 9, "satuan", "bukan susunan satuan"),
    (story_fields(polsek=None, satuan="A / B / C / D"), 9, "satuan", "bukan susunan satuan"),
    (story_fields(satuan="Polda Jawa Timur"), 10, "satuan", "diisi bersama"),
    (story_fields(date=""), 3, "date", "tidak dikenali"),
    (story_fields(tags="kamtibmas"), 7, "tags", "harus berupa daftar teks"),
    (story_fields(tags=["ok", 3]), 7, "tags", "harus berupa daftar teks"),
    (story_fields(draft="ya"), 10, "draft", "harus true atau false"),
    (story_fields(tgas=["a"]), 10, "tgas", "kunci tidak dikenal"),
    (story_fields(image="foto.jpg", image_alt="Foto"), 10, "image", "tidak ditemukan"),
    (story_fields(image="../../../../luar.jpg", image_alt="Foto"), 10, "image", "di luar folder content"),
    (story_fields(image="https://cdn.example/foto.jpg", image_alt="Foto"), 10, "image", "di luar folder content"),
    (story_fields(image="catatan.txt", image_alt="Foto"), 10, "image", "bukan berkas foto"),
    (story_fields(image_alt="Foto"), 10, "image_alt", "tanpa 'image'"),
    ("Tanpa front matter.\n", 1, "front matter", "tidak diawali front matter"),
    ("---\ntitle: Judul\n", 1, "front matter", "tidak ditutup"),
    ("---\ntitle: \"Judul\ndate: 2026-01-01\n---\n", 2, "yaml", "YAML tidak valid"),
    ("---\ntitle: Judul: kedua\n---\n", 2, "yaml", "YAML tidak valid"),
    ("---\n- a\n- b\n---\n", 2, "front matter", "kunci: nilai"),
    ("---\ntitle: A\ntitle: B\n---\n", 3, "title", "dua kali"),
    ("---\ntitle: caf\xe9\n---\n".encode("latin-1"), 2, "berkas", "bukan teks UTF-8"),
    # Characters XML does not allow made every feed and the news sitemap unreadable.
    (story_fields(title="Patroli \x01 Malam"), 2, "title", "karakter kendali atau tak sah U+0001"),
    (story_fields(tags=["ok", "a\ufffe"]), 9, "tags", "karakter kendali atau tak sah U+FFFE"),
    (story_fields(summary="Ringkasan \x9b"), 10, "summary", "karakter kendali atau tak sah U+009B"),
    (story_fields(body="Paragraf.\n\nAda \x1b[31m warna."), 14, "isi berita", "karakter kendali atau tak sah U+001B"),
    (story_fields(body="Paragraf \x00."), 12, "isi berita", "karakter kendali atau tak sah U+0000"),
]


@pytest.mark.parametrize(("satuan", "unit"), [
    ("Polda Jawa Timur / Polres Malang Kota / Polsek Kota", ("Polres Malang Kota", "Polsek Kota")),
    ("Polda Jawa Timur / Polres Probolinggo Kota / Polsek Kota", ("Polres Probolinggo Kota", "Polsek Kota")),
    ("Polda Jawa Timur/Polres Malang Kota", ("Polda Jawa Timur", "Polres Malang Kota")),
    ("Polda Papua", (None, "Polda Papua")),
])
def test_satuan_names_the_unit_with_its_lineage(docs, satuan, unit):
    uri = write(docs, "2026/01/satuan.md", front_matter(**story_fields(polsek=None, satuan=satuan)))
    [story], problems = load(docs, uri)
    assert problems == []
    parent = story.unit.parent.name if story.unit.parent else None
    assert (parent, story.unit.name) == unit
    assert story.unit.path == " / ".join(" ".join(part.split()) for part in satuan.split("/"))


def test_an_empty_optional_date_is_no_date(docs):
    uri = write(docs, "2026/01/kosong.md", front_matter(**story_fields(updated="", summary="", tags=[])))
    [story], problems = load(docs, uri)
    assert problems == []
    assert story.updated is None


@pytest.mark.parametrize(("story", "line", "field", "message"), BAD_STORIES)
def test_bad_story_names_file_line_and_field(docs, story, line, field, message):
    text = front_matter(**story) if isinstance(story, dict) else story
    uri = write(docs, "2026/01/salah.md", text)
    stories, problems = load(docs, uri)
    assert stories == []
    matching = [p for p in problems if p.field == field]
    assert matching, problems
    assert matching[0].path == "content/berita/2026/01/salah.md"
    assert matching[0].line == line
    assert message in matching[0].message
    assert matching[0].hint


def test_unknown_key_suggests_the_right_one(docs):
    uri = write(docs, "2026/01/a.md", front_matter(**story_fields(tgas=["a"])))
    _, [problem] = load(docs, uri)
    assert str(problem) == "content/berita/2026/01/a.md:10: tgas: kunci tidak dikenal — maksud Anda tags?"


def test_every_problem_of_every_file_at_once(docs):
    one = write(docs, "2026/01/a.md", front_matter(**story_fields(title=None, date="kemarin")))
    two = write(docs, "2026/01/b.md", "tanpa front matter")
    three = write(docs, "2026/01/c.md", front_matter(**story_fields()))
    stories, problems = load(docs, one, two, three)
    assert [s.src_uri for s in stories] == [three]
    assert [(p.path[-4:], p.field) for p in problems] == [("a.md", "title"), ("a.md", "date"), ("b.md", "front matter")]


def test_two_stories_with_one_url(docs):
    one = write(docs, "2026/01/patroli.md", front_matter(**story_fields()))
    two = write(docs, "lain/patroli.md", front_matter(**story_fields()))
    stories, [problem] = load(docs, one, two)
    assert problem.field == "berkas"
    assert "berita/2026/01/patroli/" in problem.message and "content/berita/2026/01/patroli.md" in problem.message


def test_image_beside_the_story(docs):
    (docs / "berita/2026/01").mkdir(parents=True)
    (docs / "berita/2026/01/foto patroli.jpg").write_bytes(b"\xff\xd8\xff")
    uri = write(docs, "2026/01/a.md", front_matter(**story_fields(image="foto patroli.jpg", image_alt="Petugas menyapa warga")))
    [story], problems = load(docs, uri)
    assert problems == []
    assert story.image == "berita/2026/01/foto patroli.jpg"
    assert story.image_url == "berita/2026/01/foto%20patroli.jpg"


def test_control_characters_in_the_body_are_named_line_by_line(docs):
    body = "Satu \x01 dua \x02.\n\nBersih.\n\nTiga \ufdd0.\tTab dan baris baru boleh."
    uri = write(docs, "2026/01/kendali.md", front_matter(**story_fields(body=body)))
    stories, problems = load(docs, uri)
    assert stories == []
    assert [(p.line, p.field, p.message[-6:]) for p in problems] == [
        (12, "isi berita", "U+0001"), (16, "isi berita", "U+FDD0"),
    ]


def test_a_paragraph_of_unclosed_brackets_is_refused_with_its_line(docs):
    # Markdown seeks the end of a link from every '[': 20,000 of them in one paragraph took
    # minutes to convert. Links that close, however many, are fine.
    links = " ".join(f"[tautan {n}](https://polri.example/{n})" for n in range(300))
    body = f"Paragraf pertama.\n\n{links}\n\nAwal\nteks {'[a ' * 20_000}"
    uri = write(docs, "2026/01/kurung.md", front_matter(**story_fields(body=body)))
    stories, problems = load(docs, uri)
    assert stories == []
    assert [(p.line, p.field, p.message) for p in problems] == [
        (16, "isi berita", "20000 kurung siku '[' tanpa penutup ']' dalam satu paragraf"),
    ]


@pytest.mark.integration
def test_a_paragraph_of_unclosed_brackets_fails_the_build_quickly(tmp_path):
    from conftest import FixtureSite

    site = FixtureSite(tmp_path)
    site.story("2026/01/kurung.md", body="Awal\n" + "teks [a " * 20_000)
    result = site.build()  # converting it would take minutes: the test's timeout would end it
    assert result.returncode != 0
    assert "20000 kurung siku '[' tanpa penutup ']'" in result.output


def test_unfilled_markers_fail_with_one_message_each(docs):
    fields = story_fields(polsek="ISI: satuan", polres="ISI: polres", location="  ISI: lokasi kejadian", body="Paragraf.\n\nISI: tulis isi berita")
    uri = write(docs, "2026/01/belum.md", front_matter(**fields))
    stories, problems = load(docs, uri)
    assert stories == []
    assert [str(p) for p in problems] == [
        "content/berita/2026/01/belum.md:4: polsek: belum diisi — ganti 'ISI: satuan' dengan isian yang benar",
        "content/berita/2026/01/belum.md:5: location: belum diisi — ganti 'ISI: lokasi kejadian' dengan isian yang benar",
        "content/berita/2026/01/belum.md:10: polres: belum diisi — ganti 'ISI: polres' dengan isian yang benar",
        "content/berita/2026/01/belum.md:15: isi berita: belum diisi — ganti baris 'ISI: tulis isi berita' dengan isi berita",
    ]


def test_an_unfilled_polres_alone_is_its_only_unit_problem(docs):
    fields = story_fields(polsek=None, polres="ISI: satuan — 'Polres Bartim' tidak ada di daftar satuan")
    uri = write(docs, "2026/01/polres.md", front_matter(**fields))
    stories, problems = load(docs, uri)
    assert stories == []
    assert [(p.field, p.message) for p in problems] == [("polres", "belum diisi")]


def test_a_serve_rebuild_reuses_unchanged_stories_and_checks_the_rest(docs):
    """`mkdocs serve` keeps the previous build's stories: an unchanged file is not read again;
    an edited one, one whose photo went away, or all after a registry edit are."""
    (docs / "berita/2026/01").mkdir(parents=True)
    (docs / "berita/2026/01/foto.jpg").write_bytes(b"\xff\xd8\xff")
    uris = [
        write(docs, "2026/01/a.md", front_matter(**story_fields(title="Berita A"))),
        write(docs, "2026/01/b.md", front_matter(**story_fields(title="Berita B", image="foto.jpg", image_alt="Foto"))),
        write(docs, "2026/01/c.md", front_matter(**story_fields(title="Berita C"))),
    ]
    earlier = StoryMemo()

    def build():
        registry = earlier.registry(docs / "satuan.yml", "content/satuan.yml")
        return load_stories(docs, uris, registry, "content/", earlier=earlier)

    first, problems = build()
    assert problems == [] and [story.title for story in first] == ["Berita A", "Berita B", "Berita C"]
    again, _ = build()
    assert all(new is old for new, old in zip(again, first))

    write(docs, "2026/01/c.md", front_matter(**story_fields(title="Berita C Dikoreksi")))
    edited, _ = build()
    assert edited[:2] == first[:2] and edited[2].title == "Berita C Dikoreksi"

    (docs / "berita/2026/01/foto.jpg").unlink()
    _, problems = build()
    assert [(problem.path, problem.field) for problem in problems] == [("content/berita/2026/01/b.md", "image")]
    (docs / "berita/2026/01/foto.jpg").write_bytes(b"\xff\xd8\xff")

    (docs / "satuan.yml").write_text(REGISTRY + "- polda: Polda Bali\n  zona: WITA\n", encoding="utf-8")
    after_registry, problems = build()
    assert problems == [] and not any(new is old for new, old in zip(after_registry, edited))
    assert after_registry[0].unit.name == edited[0].unit.name
