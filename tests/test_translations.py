"""Material's translations, looked up once per key and build (``portal/engine/frame.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


@pytest.mark.parametrize("language", ["id", "en", "ms"])
def test_translations_are_what_materials_own_macro_gives(language: str) -> None:
    """``partials/language.html`` is replaced by a lookup kept for the build: it gives, for
    every key Material translates and for one it does not, what Material's macro gives."""
    import jinja2
    import material

    from site_plugins.portal.engine.frame import translations

    templates = Path(material.__file__).parent / "templates"
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)))
    materials = env.get_template("partials/language.html").make_module({"config": {"theme": {"language": language}}})
    keys = re.findall(r'^\s*"([^"]+)":', (templates / "partials/languages/en.html").read_text(encoding="utf-8"), re.M)
    assert len(keys) > 50
    ours = translations(env, language)
    for key in [*keys, "tidak.ada"]:
        assert ours(key) == str(materials.t(key)), key
    assert ours("action.skip") == str(materials.t("action.skip"))  # kept, the same
