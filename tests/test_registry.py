import pytest
from conftest import REGISTRY

from site_plugins.content.problems import ContentError
from site_plugins.content.registry import UnitError, load_registry


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "satuan.yml"
    path.write_text(REGISTRY, encoding="utf-8")
    return load_registry(path, "content/satuan.yml")


def load(tmp_path, text):
    path = tmp_path / "satuan.yml"
    path.write_text(text, encoding="utf-8")
    return load_registry(path, "content/satuan.yml")


def test_units_know_their_place(registry):
    unit = registry.resolve({"polsek": "Polsek Mayangan"})
    assert [u.name for u in unit.lineage] == ["Polda Jawa Timur", "Polres Probolinggo Kota", "Polsek Mayangan"]
    assert unit.url == "wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-mayangan/"
    assert unit.area == "Mayangan"
    assert unit.zone.tzname(None) == "WIB"


def test_zone_is_inherited_from_the_polda(registry):
    assert registry.resolve({"polsek": "Polsek Sekongkang"}).zone.tzname(None) == "WITA"
    assert registry.resolve({"polda": "Polda Papua"}).zone.tzname(None) == "WIT"


@pytest.mark.parametrize(
    ("given", "name", "level"),
    [
        ({"polsek": "polsek  mayangan"}, "Polsek Mayangan", "polsek"),
        ({"polsek": "Polsek Mayangan", "polres": "Polres Probolinggo Kota"}, "Polsek Mayangan", "polsek"),
        ({"polsek": "Polsek Mayangan", "polda": "Polda Jawa Timur"}, "Polsek Mayangan", "polsek"),
        ({"polres": "Polres Sumbawa Barat"}, "Polres Sumbawa Barat", "polres"),
        ({"polres": "Polres Sumbawa Barat", "polda": "Polda Nusa Tenggara Barat"}, "Polres Sumbawa Barat", "polres"),
        ({"polda": "Polda Papua"}, "Polda Papua", "polda"),
        ({"polsek": "Polsek Kota", "polres": "Polres Malang Kota"}, "Polsek Kota", "polsek"),
    ],
)
def test_resolve(registry, given, name, level):
    unit = registry.resolve(given)
    assert (unit.name, unit.level) == (name, level)


def test_ambiguous_polsek_names_its_polres(registry):
    with pytest.raises(UnitError) as error:
        registry.resolve({"polsek": "Polsek Kota"})
    assert error.value.field == "polsek"
    assert "Polres Malang Kota" in error.value.message and "Polres Probolinggo Kota" in error.value.message
    assert "polres:" in error.value.hint


def test_the_polres_picks_the_ambiguous_polsek(registry):
    unit = registry.resolve({"polsek": "Polsek Kota", "polres": "Polres Probolinggo Kota"})
    assert unit.parent.name == "Polres Probolinggo Kota"


def test_unknown_polsek_suggests_the_closest_names(registry):
    with pytest.raises(UnitError) as error:
        registry.resolve({"polsek": "Polsek Mayangn"})
    assert error.value.field == "polsek"
    assert "tidak ada di daftar satuan" in error.value.message
    assert "'Polsek Mayangan'" in error.value.hint


def test_name_without_level_word_is_suggested(registry):
    with pytest.raises(UnitError) as error:
        registry.resolve({"polsek": "Sekongkang"})
    assert "'Polsek Sekongkang'" in error.value.hint


def test_a_name_written_without_its_last_words_suggests_the_longer_name_first(tmp_path):
    # tribratanewspoldamalut.com writes ``Polresta Tidore`` for Polresta Tidore Kepulauan, too short for a close spelling
    path = tmp_path / "satuan.yml"
    path.write_text("- polda: Polda Maluku Utara\n  provinsi: Maluku Utara\n  zona: WIT\n  polres:\n"
                    "    - nama: Polresta Tidore Kepulauan\n      wilayah: Kota Tidore Kepulauan\n"
                    "    - nama: Polresta Tidore Lama\n      wilayah: Kota Tidore Lama\n", encoding="utf-8")
    registry = load_registry(path, "content/satuan.yml")
    with pytest.raises(UnitError) as error:
        registry.resolve({"polres": "Polresta Tidore"})
    assert error.value.hint == "maksud Anda 'Polresta Tidore Kepulauan' atau 'Polresta Tidore Lama'?"


def test_name_of_another_level_says_so(registry):
    with pytest.raises(UnitError) as error:
        registry.resolve({"polsek": "Polres Malang Kota"})
    assert "isian 'polres:'" in error.value.hint


def test_polsek_under_the_wrong_polres(registry):
    with pytest.raises(UnitError) as error:
        registry.resolve({"polsek": "Polsek Mayangan", "polres": "Polres Malang Kota"})
    assert error.value.field == "polres"
    assert "Polres Probolinggo Kota" in error.value.hint


def test_polres_under_the_wrong_polda(registry):
    with pytest.raises(UnitError) as error:
        registry.resolve({"polres": "Polres Sumbawa Barat", "polda": "Polda Jawa Timur"})
    assert error.value.field == "polda"


def test_no_unit_at_all(registry):
    with pytest.raises(UnitError, match="tidak diisi"):
        registry.resolve({})


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ("- polda: Polda A\n  zona: WITB\n", 2, "zona", "tidak dikenal"),
        ("- polda: Polda A\n  polres:\n    - wilayah: X\n", 3, "nama", "wajib diisi"),
        ("- polda: Polda A\n  polrez: []\n", 2, "polrez", "kunci tidak dikenal"),
        ("- polda: Polda A\n  polres: Polres B\n", 2, "polres", "harus berupa daftar"),
        ("polda: Polda A\n", 1, "daftar satuan", "harus berupa daftar"),
        ("- polda: Polda A\n- polda: POLDA  A\n", 1, "polda", "alamat halaman yang sama"),
        ("- polda: Polda A\n  polres:\n  - nama: [x\n", 3, "yaml", "YAML tidak valid"),
        # A second `zona` used to win silently, moving every date of the Polda.
        ("- polda: Polda A\n  zona: WIB\n  provinsi: A\n  zona: WIT\n", 4, "zona", "kunci ini ditulis dua kali"),
        ("- polda: Polda A\n  polres:\n    - nama: B\n      nama: C\n", 4, "nama", "kunci ini ditulis dua kali"),
        ("- polda: &a Polda A\n- polda: Polda B\n  provinsi: *a\n", 3, "provinsi", "alias YAML '*a' tidak didukung"),
        ("- polda: !!binary UG9sZGE=\n", 1, "polda", "tag YAML '!!binary' tidak didukung"),
        ('- polda: "Polda\\x01A"\n', 1, "polda", "karakter kendali atau tak sah U+0001"),
        ("- polda: Polda A\n  provinsi: Jawa\ufdd0Timur\n", 2, "provinsi", "karakter kendali atau tak sah U+FDD0"),
    ],
    ids=["zone", "name", "unknown-key", "not-a-list", "not-a-list-root", "same-slug", "yaml",
         "repeated-zone", "repeated-name", "alias", "binary", "escaped-control", "raw-noncharacter"],
)
def test_broken_registry_names_line_and_field(tmp_path, text, line, field, message):
    with pytest.raises(ContentError) as error:
        load(tmp_path, text)
    problem = error.value.problems[0]
    assert (problem.path, problem.line, problem.field) == ("content/satuan.yml", line, field)
    assert message in problem.message


def test_missing_registry(tmp_path):
    with pytest.raises(ContentError, match="daftar satuan tidak ditemukan"):
        load_registry(tmp_path / "satuan.yml", "content/satuan.yml")


def test_every_problem_is_reported_at_once(tmp_path):
    with pytest.raises(ContentError) as error:
        load(tmp_path, "- polda: Polda A\n  zona: X\n- polda: Polda B\n  zone: WIT\n")
    assert [p.field for p in error.value.problems] == ["zona", "zone"]


def test_registry_has_a_size_limit(tmp_path):
    polsek = "".join(f"        - nama: Polsek {n}\n          kecamatan: Kecamatan {n}\n" for n in range(70_000))
    with pytest.raises(ContentError) as error:
        load(tmp_path, "- polda: Polda A\n  polres:\n    - nama: Polres B\n      polsek:\n" + polsek)
    assert str(error.value.problems[0]) == "content/satuan.yml: berkas: daftar satuan lebih besar dari 4 MB — periksa isi berkas ini"
