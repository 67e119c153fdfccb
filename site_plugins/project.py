"""A portal project on disk, as ``mkdocs.yml`` describes it, for tools that run outside a build."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from .plugin import PortalConfig, display_prefix
from .problems import ContentProblem
from .registry import Registry, load_registry
from .stories import Story, load_stories


class ProjectError(Exception):
    """The project itself (not its content) cannot be read."""


@dataclass
class Project:
    """The content folder and the portal plugin's options of one site."""

    docs_dir: Path
    options: PortalConfig
    prefix: str
    site_dir: Path
    config_file: str

    @classmethod
    def load(cls, config_file: str) -> Project:
        """Read ``mkdocs.yml`` with MkDocs itself, so tools and builds agree on every option."""
        if not os.path.isfile(config_file):
            raise ProjectError(f"berkas konfigurasi '{config_file}' tidak ditemukan")
        try:
            config = load_config(config_file)
        except ConfigurationError as error:
            raise ProjectError(f"konfigurasi tidak valid: {error}") from None
        plugin = config.plugins.get("portal")
        if plugin is None:
            raise ProjectError(f"plugin 'portal' tidak aktif di {config_file}")
        return cls(Path(config.docs_dir), plugin.config, display_prefix(config), Path(config.site_dir), config_file)

    def registry(self) -> Registry:
        """The unit registry; raises ``ContentError`` when it is broken."""
        return load_registry(self.docs_dir / self.options.registry, self.prefix + self.options.registry)

    @property
    def stories_dir(self) -> str:
        """The stories folder inside the content folder, e.g. ``berita``."""
        return self.options.stories_dir.strip("/")

    def display_path(self, src_uri: str) -> str:
        """How a content file is shown to writers: ``content/berita/2026/01/patroli.md``."""
        return self.prefix + src_uri

    def story_uris(self, paths: list[Path] | None = None) -> list[str]:
        """Stories under the stories folder, or only those under ``paths``, relative to it.

        Naming the registry selects every story: a changed registry can break any of them.
        """
        docs_dir = self.docs_dir.resolve()
        root = docs_dir / self.stories_dir
        selected = [path.resolve() for path in paths or [root]]
        if docs_dir / self.options.registry in selected:
            selected = [root]
        found = set()
        for path in selected:
            if not path.exists():
                raise ProjectError(f"'{path}' tidak ditemukan")
            candidates = [path] if path.is_file() else path.rglob("*.md")
            for candidate in candidates:
                if candidate.suffix == ".md" and candidate.is_relative_to(root):
                    found.add(candidate.relative_to(docs_dir).as_posix())
        return sorted(found)

    def stories(self, registry: Registry, paths: list[Path] | None = None) -> tuple[list[Story], list[ContentProblem]]:
        """Read and check the selected stories."""
        return load_stories(self.docs_dir, self.story_uris(paths), registry, self.prefix)
