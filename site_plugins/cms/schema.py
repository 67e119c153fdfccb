"""The web editor's configuration (Decap CMS ``config.yml``), derived from the story contract.

The editor offers exactly the fields of :data:`~site_plugins.content.stories.FIELDS`, with the unit
as ``satuan`` chosen from the registry, so what it writes is what ``portal check`` accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

from site_plugins.content.dates import ZONES
from site_plugins.content.registry import LEVELS, Registry, Unit

DATE_FORMAT = "YYYY-MM-DD HH:mm"
"""How the editor stores dates (Day.js tokens): ``2026-01-29 12:00``, local time of the unit."""

UNIT_FIELD = "satuan"
"""The editor's unit field; it stands for ``polda``/``polres``/``polsek`` of the contract."""


@dataclass(frozen=True)
class Backend:
    """Where the editor commits: a GitHub or GitLab repository, or ``test-repo`` (in the browser only)."""

    name: str
    repo: str
    branch: str
    editorial_workflow: bool
    local_backend: bool
    local_backend_url: str
    base_url: str = ""
    """OAuth server for GitHub or GitLab logins, when not the host's own."""
    api_root: str = ""
    """API of a self-hosted GitLab (``https://gitlab.example/api/v4``) or GitHub Enterprise."""
    app_id: str = ""
    """Application ID of a GitLab OAuth application: the login then needs no OAuth server (PKCE)."""


def build_config(backend: Backend, registry: Registry, folder: str, site_url: str, site_name: str) -> dict:
    """The whole ``config.yml``: backend, Indonesian interface, one collection of stories.

    ``folder`` is the stories' folder relative to the repository root (``content/berita``).
    """
    config: dict = {
        "backend": backend_config(backend),
        "locale": "id",
        "site_url": site_url,
        "display_url": site_url,
        "media_folder": folder,
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [story_collection(registry, folder, site_name)],
    }
    if backend.editorial_workflow:
        config["publish_mode"] = "editorial_workflow"
    if backend.local_backend:
        config["local_backend"] = {"url": backend.local_backend_url}
    return config


def backend_config(backend: Backend) -> dict:
    """Decap's ``backend:`` section; commit messages in Indonesian."""
    section = {"name": backend.name, "branch": backend.branch}
    if backend.name != "test-repo":
        section["repo"] = backend.repo
    for key in ("base_url", "api_root", "app_id"):
        if getattr(backend, key):
            section[key] = getattr(backend, key)
    if backend.app_id:
        section["auth_type"] = "pkce"
    section["commit_messages"] = {
        "create": "Berita baru: {{slug}}",
        "update": "Perbarui berita: {{slug}}",
        "delete": "Hapus berita: {{slug}}",
        "uploadMedia": "Unggah foto: {{path}}",
        "deleteMedia": "Hapus foto: {{path}}",
    }
    return section


def story_collection(registry: Registry, folder: str, site_name: str) -> dict:
    """The stories: ``<folder>/{{year}}/{{month}}/{{slug}}.md``, photos beside the story."""
    return {
        "name": "berita",
        "label": "Berita",
        "label_singular": "Berita",
        "description": f"Berita {site_name}. Satu berita satu berkas; foto disimpan di samping beritanya.",
        "folder": folder,
        "path": "{{year}}/{{month}}/{{slug}}",
        "slug": "{{slug}}",
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "media_folder": "",
        "public_folder": "",
        "summary": "{{title}} — {{date}}",
        "sortable_fields": [
            {"field": "date", "label": "Tanggal", "default_sort": "desc"},
            {"field": "title", "label": "Judul"},
        ],
        "fields": story_fields(registry),
    }


def story_fields(registry: Registry) -> list[dict]:
    """One editor field per front-matter key, in the order a writer fills them."""
    return [
        _field("title", "Judul", "string", "Judul berita, mis. 'Polsek Mayangan Gelar Patroli Dialogis'."),
        unit_field(registry),
        _field(
            "date", "Tanggal dan jam", "datetime",
            "Waktu kejadian, jam setempat satuan (" + "/".join(ZONES) + " mengikuti Polda-nya).",
            format=DATE_FORMAT, picker_utc=False,
        ),
        _field("location", "Lokasi", "string", "Jalan, kelurahan/desa, kecamatan, kota/kabupaten."),
        _field("author", "Penulis", "string", "Nama penulis atau 'Humas Polres ...'."),
        _field(
            "tags", "Tag", "list", "Kata kunci berita, dipisah koma, mis. 'patroli dialogis, kamtibmas'.",
            required=False, default=[],
        ),
        _field(
            "summary", "Ringkasan", "text",
            "Satu-dua kalimat untuk daftar berita dan media sosial. Boleh kosong: paragraf pertama dipakai.",
            required=False,
        ),
        _field("image", "Foto utama", "image", "Foto disimpan di samping berita. Boleh kosong.", required=False,
               choose_url=False),
        _field(
            "image_alt", "Keterangan foto", "string",
            "Wajib bila ada foto: jelaskan isi foto untuk pembaca tunanetra.", required=False,
        ),
        _field(
            "updated", "Diperbarui", "datetime", "Isi hanya bila berita dikoreksi: waktu koreksi terakhir.",
            required=False, format=DATE_FORMAT, picker_utc=False, default="",
        ),
        _field("draft", "Draf", "boolean", "Nyalakan agar berita belum tampil di situs.", required=False,
               default=False),
        _field("body", "Isi berita", "markdown", "Tulis isi berita; paragraf dipisah baris kosong.",
               buttons=["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list",
                        "numbered-list"],
               editor_components=["image"]),
    ]


def unit_field(registry: Registry) -> dict:
    """A searchable list of every unit; its value is the unit's lineage (``satuan``)."""
    return _field(
        UNIT_FIELD, "Satuan", "select",
        "Ketik untuk mencari Polsek, Polres atau Polda yang menulis berita ini.",
        options=unit_options(registry),
    )


def unit_options(registry: Registry) -> list[dict[str, str]]:
    """Every unit as ``{label, value}``: the label names the unit and where it belongs."""
    return [{"label": unit_label(unit), "value": unit.path} for unit in registry.units()]


def unit_label(unit: Unit) -> str:
    """``"Polsek Kota — Polres Malang Kota, Polda Jawa Timur"``: ambiguous names told apart."""
    ancestors = [ancestor.name for ancestor in reversed(unit.lineage[:-1])]
    return unit.name + (" — " + ", ".join(ancestors) if ancestors else "")


def contract_keys(fields: list[dict]) -> set[str]:
    """The front-matter keys the editor's ``fields`` can write; ``satuan`` covers every level."""
    names = {field["name"] for field in fields} - {"body"}
    return names | set(LEVELS) if UNIT_FIELD in names else names


def _field(name: str, label: str, widget: str, hint: str, required: bool = True, **options: object) -> dict:
    return {"name": name, "label": label, "widget": widget, "hint": hint, "required": required, **options}
