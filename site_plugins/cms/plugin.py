"""The ``portal-cms`` MkDocs plugin: a web editor (Decap CMS) at ``/admin/`` of the built site.

The editor's script comes from ``editor/node_modules/decap-cms`` (``make editor``) and is copied into the
site, so ``/admin/`` loads nothing from elsewhere; its ``config.yml`` is generated from the
story contract and the unit registry on every build.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from site_plugins.cms.schema import Backend, build_config
from site_plugins.portal.contract import PortalBuild

ADMIN = "admin/"
ASSETS = Path(__file__).parent / "admin"
"""The portal's own scripts for the editor: Indonesian interface, preview, start-up."""
BUNDLE = re.compile(r"(\d+\.)?decap-cms\.js|[0-9a-f]+\.wasm")
"""Decap's entry script, the chunks it loads on demand, and its WebAssembly modules."""
PREVIEW_STYLES = re.compile(r"assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css|assets/stylesheets/portal\.css")


class CmsConfig(base.Config):
    """Options of the ``portal-cms`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    backend = c.Choice(("github", "gitlab", "test-repo"), default="github")
    """Where the editor commits; ``test-repo`` keeps everything in the browser (for trying the form)."""
    repo = c.Type(str, default="")
    """``owner/name`` of the repository on GitHub or GitLab."""
    branch = c.Type(str, default="main")
    base_url = c.Type(str, default="")
    """OAuth server for the GitHub/GitLab login, when the host has none of its own."""
    api_root = c.Type(str, default="")
    """API of a self-hosted GitLab (``https://gitlab.example/api/v4``) or GitHub Enterprise."""
    app_id = c.Type(str, default="")
    """GitLab OAuth application ID: logins without an OAuth server (PKCE)."""
    editorial_workflow = c.Type(bool, default=True)
    """A draft is a branch and a pull (merge) request; publishing merges it."""
    local_backend = c.Type(bool, default=True)
    """On ``localhost`` the editor writes into the checkout through ``portal editor``."""
    local_backend_url = c.Type(str, default="http://127.0.0.1:8081/api/v1")
    """Where ``portal editor`` listens (it binds 127.0.0.1 only, so not ``localhost``, which may be ``::1``)."""
    node_modules = c.Type(str, default="editor/node_modules")
    """Where ``make editor`` unpacked ``decap-cms``, relative to ``mkdocs.yml``."""


class CmsPlugin(BasePlugin[CmsConfig]):
    """Adds ``/admin/``: the editor, its generated configuration and the portal's scripts."""

    supports_multiple_instances = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        if "portal" not in config.plugins:
            raise PluginError("portal-cms: list the 'portal' plugin before it")
        if self.config.backend != "test-repo" and "/" not in self.config.repo:
            raise PluginError(f"portal-cms: set repo: owner/name for the {self.config.backend} backend")
        return config

    # Before portal-publish (0) writes robots.txt, after the portal (50) has read the registry.
    @event_priority(40)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        build = PortalBuild.of(config)
        build.robots_disallow.append(ADMIN)
        registry = build.registry
        if registry is None:
            return files
        root = Path(config.config_file_path).parent
        generated = {
            "config.yml": self._config_yaml(config, build, root),
            "index.html": render_index(config.site_name, preview_styles(files)),
        }
        for name, content in generated.items():
            files.append(File.generated(config, ADMIN + name, content=content))
        for path in [*bundle_files(root / self.config.node_modules), *sorted(ASSETS.glob("*.js"))]:
            files.append(File.generated(config, ADMIN + path.name, abs_src_path=str(path)))
        return files

    def _config_yaml(self, config: MkDocsConfig, build: PortalBuild, root: Path) -> str:
        docs = os.path.relpath(build.content_dir, root).replace(os.sep, "/")
        folder = f"{docs}/{build.stories_dir}"
        options = self.config
        backend = Backend(
            options.backend, options.repo, options.branch, options.editorial_workflow,
            options.local_backend, options.local_backend_url, options.base_url, options.api_root, options.app_id,
        )
        settings = build_config(backend, build.registry, folder, config.site_url or "", config.site_name)
        # libyaml's dumper where it is installed: the unit lists of a national registry are long.
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        return yaml.dump(settings, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)


def bundle_files(node_modules: Path) -> list[Path]:
    """Decap's files to publish; a clear error when ``make editor`` has not been run."""
    dist = node_modules / "decap-cms" / "dist"
    if not (dist / "decap-cms.js").is_file():
        raise PluginError(
            f"portal-cms: {dist / 'decap-cms.js'} not found; run `make editor` in the project "
            "(the web editor at /admin/ is copied from editor/node_modules)"
        )
    return sorted(path for path in dist.iterdir() if BUNDLE.fullmatch(path.name))


def preview_styles(files: Files) -> list[str]:
    """The site's stylesheets, for the editor's preview, relative to ``/admin/``."""
    found = sorted(file.src_uri for file in files if PREVIEW_STYLES.fullmatch(file.src_uri))
    order = {"main": 0, "palette": 1, "portal": 2}
    return ["../" + uri for uri in sorted(found, key=lambda uri: order[uri.split("/")[-1].split(".")[0]])]


def render_index(site_name: str, styles: list[str]) -> str:
    """``/admin/index.html``: only the site's own scripts, no inline code (CSP)."""
    links = "".join(f'  <link rel="portal-preview-style" href="{html.escape(href)}">\n' for href in styles)
    return _INDEX.format(site_name=html.escape(site_name), links=links)


_INDEX = """\
<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>Penyunting berita — {site_name}</title>
  <link href="config.yml" type="text/yaml" rel="cms-config-url">
{links}</head>
<body>
  <script src="manual-init.js"></script>
  <script src="decap-cms.js"></script>
  <script src="locale-id.js"></script>
  <script src="portal-cms.js"></script>
</body>
</html>
"""
