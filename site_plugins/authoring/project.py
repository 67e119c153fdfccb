"""A portal project on disk, as ``mkdocs.yml`` describes it, for tools that run outside a build."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from site_plugins.content.allowlist import (
    Attachment,
    Inventory,
    check_attachments,
    find_attachments,
    photo_problem,
    take_inventory,
)
from site_plugins.content.problems import ContentProblem
from site_plugins.content.registry import Registry, load_registry
from site_plugins.content.stories import Story, load_stories
from site_plugins.portal.plugin import PortalConfig, display_prefix
from site_plugins.publish.images import PhotoError, identify


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

    def inventory(self) -> Inventory:
        """The content folder sorted as the build sorts it (see ``allowlist``)."""
        return take_inventory(self.docs_dir, self.stories_dir, self.options.registry, self.prefix)

    def selection(self, paths: list[Path] | None) -> Callable[[str], bool] | None:
        """Which content paths ``paths`` name (files or folders); ``None`` for all of them.

        Naming the registry selects every story: a changed registry can break any of them.
        """
        if not paths:
            return None
        docs_dir = self.docs_dir.resolve()
        prefixes = []
        for path in paths:
            if not path.exists():
                raise ProjectError(f"'{path}' tidak ditemukan")
            resolved = path.resolve()
            if resolved == docs_dir / self.options.registry or resolved == docs_dir:
                return None
            if resolved.is_relative_to(docs_dir):
                prefixes.append(resolved.relative_to(docs_dir).as_posix())
        return lambda src_uri: any(src_uri == prefix or src_uri.startswith(prefix + "/") for prefix in prefixes)

    def stories(self, registry: Registry, paths: list[Path] | None = None) -> tuple[list[Story], list[ContentProblem]]:
        """Read and check the selected stories, and the content folder's other files under
        ``paths``: what the build would refuse, and the attachments of the selected stories."""
        inventory = self.inventory()
        selected = self.selection(paths)
        if selected is not None:
            inventory.stories = [uri for uri in inventory.stories if selected(uri)]
            inventory.problems = [p for p in inventory.problems if selected(p.path.removeprefix(self.prefix))]
        stories, problems = load_stories(self.docs_dir, inventory.stories, registry, self.prefix)
        named = find_attachments(inventory, stories)
        problems += inventory.problems + check_attachments(
            self.docs_dir, inventory, named, self.prefix, every_story=selected is None
        )
        return stories, problems + self._photo_problems(named)

    def _photo_problems(self, named: dict[str, Attachment]) -> list[ContentProblem]:
        """Photos that the build could not publish, found from their headers alone."""
        problems = []
        for uri, attachment in named.items():
            if attachment.is_photo:
                try:
                    identify(self.docs_dir / uri)
                except PhotoError:
                    problems.append(photo_problem(*attachment.uses[0], uri))
        return problems
