"""The web editor's generated configuration: the story contract and every unit, and /admin/ kept
out of search engines and public pages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REGISTRY, ROOT, front_matter
from corpus import registry as corpus_registry
from servers import require_node_tools

from site_plugins.cms.schema import Backend, build_config, contract_keys, story_fields, unit_options
from site_plugins.content.registry import load_registry, split_unit_path
from site_plugins.content.stories import FIELDS

REQUIRED = {"title", "satuan", "date", "location", "author", "body"}
CMS = {"repo": "humas/portal-uji", "local_backend_url": "http://localhost:8123/api/v1"}


def registry_from(tmp_path: Path, text: str):
    path = tmp_path / "satuan.yml"
    path.write_text(text, encoding="utf-8")
    return load_registry(path, "content/satuan.yml")


def test_every_contract_field_is_in_the_form(tmp_path):
    fields = story_fields(registry_from(tmp_path, REGISTRY))
    assert contract_keys(fields) == set(FIELDS)
    assert {field["name"] for field in fields if field["required"]} == REQUIRED
    assert all(field["hint"] and field["label"] for field in fields)


def test_widgets_match_the_contract(tmp_path):
    widgets = {field["name"]: field for field in story_fields(registry_from(tmp_path, REGISTRY))}
    assert widgets["satuan"]["widget"] == "select"
    assert widgets["tags"]["widget"] == "list"
    assert widgets["image"]["widget"] == "image"
    assert widgets["draft"]["widget"] == "boolean"
    # No offset in the stored date: the contract reads it in the unit's zone.
    assert widgets["date"]["format"] == widgets["updated"]["format"] == "YYYY-MM-DD HH:mm"


def test_every_unit_is_selectable_and_resolves_to_itself(tmp_path):
    registry = registry_from(tmp_path, REGISTRY)
    options = unit_options(registry)
    units = list(registry.units())
    assert len(options) == len(units)
    for option, unit in zip(options, units):
        assert registry.resolve(split_unit_path(option["value"])) is unit
    labels = [option["label"] for option in options]
    assert len(set(labels)) == len(labels)
    # "Polsek Kota" exists under two Polres: each choice says which.
    assert [label for label in labels if label.startswith("Polsek Kota")] == [
        "Polsek Kota — Polres Probolinggo Kota, Polda Jawa Timur",
        "Polsek Kota — Polres Malang Kota, Polda Jawa Timur",
    ]


def test_thousands_of_units_are_all_listed(tmp_path):
    registry = registry_from(tmp_path, yaml.safe_dump(corpus_registry(poldas=20, polres=10, polsek=12)))
    options = unit_options(registry)
    assert len(options) == 20 + 20 * 10 + 20 * 10 * 12
    assert len({option["value"] for option in options}) == len(options)


@pytest.mark.parametrize(("backend", "expected"), [
    (Backend("github", "humas/portal", "main", True, True, "http://localhost:8081/api/v1"),
     {"publish_mode": "editorial_workflow", "local_backend": {"url": "http://localhost:8081/api/v1"}}),
    (Backend("gitlab", "humas/portal", "utama", False, False, ""), {}),
    (Backend("gitlab", "humas/portal", "utama", True, False, "", api_root="https://git.polri.example/api/v4",
             app_id="abc123"), {"publish_mode": "editorial_workflow"}),
])
def test_backend_and_workflow(tmp_path, backend, expected):
    config = build_config(backend, registry_from(tmp_path, REGISTRY), "content/berita", "https://x.example/", "Uji")
    assert config["backend"]["name"] == backend.name
    assert config["backend"]["repo"] == "humas/portal"
    assert config["backend"]["branch"] == backend.branch
    # A self-hosted GitLab: its API, and logins through its own OAuth application.
    assert config["backend"].get("api_root") == (backend.api_root or None)
    assert config["backend"].get("auth_type") == ("pkce" if backend.app_id else None)
    assert {key: config[key] for key in ("publish_mode", "local_backend") if key in config} == expected
    [collection] = config["collections"]
    assert (collection["folder"], collection["path"]) == ("content/berita", "{{year}}/{{month}}/{{slug}}")
    # Photos beside the story, referenced by their file name.
    assert collection["media_folder"] == collection["public_folder"] == ""
    assert config["locale"] == "id"
    # Newest stories first, as on the site.
    assert collection["sortable_fields"][0] == {"field": "date", "label": "Tanggal", "default_sort": "desc"}


def test_what_the_editor_writes_passes_the_check(site):
    """Front matter as Decap writes it: ``satuan``, empty optional fields, ``draft: false``."""
    site.cms = CMS
    site.write("berita/2026/02/patroli-malam.md", front_matter(
        title="Patroli Malam", satuan="Polda Jawa Timur / Polres Malang Kota / Polsek Kota", date="2026-02-03 21:30",
        location="Pasar Klojen", author="Humas Polres Malang Kota", tags=["patroli malam"], summary="",
        image="", image_alt="", updated="", draft=False, body="Isi berita.",
    ))
    check = site.check()
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.fixture
def built(site):
    require_node_tools()
    site.cms = CMS
    site.story("2026/01/patroli-lingkar-utara.md")
    result = site.build()
    assert result.returncode == 0, result.output
    return result


def test_admin_is_built_with_its_generated_config(built):
    admin = built.site / "admin"
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"] == {**config["backend"], "name": "github", "repo": "humas/portal-uji"}
    assert config["local_backend"] == {"url": "http://localhost:8123/api/v1"}
    assert config["collections"][0]["folder"] == "content/berita"
    page = built.page("admin/")
    scripts = page.xpath("//script")
    assert [script.get("src") for script in scripts] == ["manual-init.js", "decap-cms.js", "locale-id.js", "portal-cms.js"]
    assert all(not (script.text or "").strip() for script in scripts)
    assert all((admin / script.get("src")).is_file() for script in scripts)
    styles = page.xpath("//link[@rel='portal-preview-style']/@href")
    assert "../assets/stylesheets/portal.css" in styles
    assert all((admin / href).resolve().is_file() for href in styles)
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex, nofollow"]


def test_admin_is_kept_out_of_search_engines_and_public_pages(built):
    assert "Disallow: /admin/\n" in (built.site / "robots.txt").read_text(encoding="utf-8")
    assert "/admin/" not in (built.site / "sitemap.xml").read_text(encoding="utf-8")
    for path in built.site.rglob("*.html"):
        if "admin" not in path.relative_to(built.site).parts:
            assert "admin/" not in path.read_text(encoding="utf-8"), path


def test_without_npm_install_the_build_says_what_to_run(site, tmp_path):
    site.cms = {**CMS, "node_modules": str(tmp_path / "tidak-ada")}
    site.story("2026/01/patroli-lingkar-utara.md")
    result = site.build()
    assert result.returncode != 0
    assert "run `make editor`" in result.output


def test_a_git_host_needs_a_repository(site):
    site.cms = {"backend": "gitlab", "node_modules": str(ROOT / "editor/node_modules")}
    site.story("2026/01/patroli-lingkar-utara.md")
    result = site.build()
    assert result.returncode != 0
    assert "set repo: owner/name for the gitlab backend" in result.output


def test_a_disabled_editor_leaves_no_trace(site):
    site.cms = {"enabled": False}
    site.story("2026/01/patroli-lingkar-utara.md")
    result = site.build()
    assert result.returncode == 0, result.output
    assert not (result.site / "admin").exists()
    assert "Disallow" not in (result.site / "robots.txt").read_text(encoding="utf-8")
