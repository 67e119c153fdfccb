import pytest

from site_plugins.content.slugs import slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Polda Jawa Timur", "polda-jawa-timur"),
        ("Polsek Mayangan", "polsek-mayangan"),
        ("  patroli   dialogis ", "patroli-dialogis"),
        ("Jum'at Curhat", "jum-at-curhat"),
        ("Sambang--Warga!!", "sambang-warga"),
        ("Kapolsek Hadiri HUT ke-81 RI", "kapolsek-hadiri-hut-ke-81-ri"),
        ("Café Pantai Maluk", "cafe-pantai-maluk"),
        ("Operasi Patuh Semeru 2026", "operasi-patuh-semeru-2026"),
        ("Øresund Straße", "oresund-strasse"),
        ("Łódź Æbleskiver œuvre", "lodz-aebleskiver-oeuvre"),
        ("警察", ""),
        ("مركز الشرطة", ""),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug
