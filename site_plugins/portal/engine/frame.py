"""The page frame, rendered once per distinct input: header, tabs, navigation, footer and
the theme's script settings are the same on thousands of story and listing pages.

``main.html`` wraps each of these parts in ``{% call portal_part(name) %}``. A part's output
depends on the build (configuration, navigation, theme: the same for every page of one
build), on a few things of the page (which navigation items are active, what the page hides,
its table of contents, its neighbours, its depth) and on the relative form of the URLs it
prints, which depends on where the page is. The first render of a part learns which URLs
it prints (through the ``url`` filter); a later page reuses the output only when all of the
above, these URLs' relative forms included, are the same for it.

A whole page goes the same way (``page``): its frame, everything outside the blocks that
depend on the page itself (``{% call portal_slot(name) %}`` in ``main.html``: head metadata,
title, header, content), is kept per situation with a mark where each of these blocks goes,
and a later page in the same situation renders only its own blocks into it. The second page of
a situation is also rendered whole and compared: a frame that differs is never used again.

Material's translations (``lang.t``) are looked up once per key and build: ``partials/language.html``
asks ``portal_translation``, which gives what Material's own macro gives.

Story cards are shown on many pages at every depth (``{% call portal_fragment(key) %}``):
a card is rendered once per build with its URLs written from the site root, and each page
puts its own way up to the root (``../`` per level) in front of them.
"""

from __future__ import annotations

import re
import secrets
from typing import Any, Callable

from jinja2 import Template, nodes, pass_context
from jinja2.runtime import Context

from site_plugins.portal.urls import directory_parts, is_plain, relative_url, rooted_path

ROOT = "\ue000portal-root\ue001"
"""Stands for the page's way up to the site root in a fragment being rendered."""

UrlFilter = Callable[[Context, str], str]


MAX_FRAMES = 256
"""Most page frames kept in one build: a story with headings has a table of contents, and so a
situation, of its own; beyond this many, pages in a new situation are rendered whole."""


class _Shell:
    """A page frame: text around the page's own blocks, alternating with their names; for each
    of these blocks, the template variables set outside blocks before it (Material's ``lang``,
    ``features``), which it reads; and whether a second page confirmed the frame."""

    def __init__(self, pieces: list[str], variables: list[dict[str, Any]]) -> None:
        self.pieces = pieces
        self.variables = variables
        self.confirmed = False


class FrameParts:
    """Rendered frame parts of one build, with the URLs each kind of part prints."""

    def __init__(self, url_filter: UrlFilter, enabled: bool = True) -> None:
        self.enabled = enabled
        self._url = url_filter
        self._parts: dict[tuple, str] = {}
        self._targets: dict[tuple, tuple[str, ...]] = {}
        self._recording: list[str] | None = None
        self._where: tuple | None = None
        self._urls: dict[str, str] = {}
        self._filter: UrlFilter = url_filter
        self._fragments: dict[str, str] = {}
        self._rooting: list[str] | None = None
        self._shells: dict[tuple, _Shell | None] = {}
        """Frames by situation and URLs; ``None`` for a frame found to differ from the page."""
        self._frame_urls: list[str] | None = None
        """URLs printed outside the page's own blocks while a page's frame is learnt."""
        self._slots: list[tuple[str, str, dict[str, Any]]] | None = None
        """The page's own blocks, in order, while a page is rendered whole to learn its frame."""
        self._chains: dict[str, list[Template] | None] = {}
        token = secrets.token_hex(8)  # no story can write it
        self._mark = f"\ue000{token}:{{}}\ue001"
        """Marks where a page's own block goes while its frame is learnt."""
        self._marks = re.compile(f"\ue000{token}:([a-z_]+)\ue001")

    @property
    def frame_states(self) -> list[str]:
        """The state of each page frame this build learnt, one per situation: ``"confirmed"``
        (a second page rendered the same), ``"unconfirmed"`` (one page so far) or ``"dropped"``
        (it differed from a page, or the page had no frame: such pages are rendered whole)."""
        return ["dropped" if shell is None else "confirmed" if shell.confirmed else "unconfirmed"
                for shell in self._shells.values()]

    def install(self, env, language: str) -> None:
        """Add ``portal_part`` to the templates and let the ``url`` filter report to it."""
        env.globals["portal_translation"] = translations(env, language, self.enabled)
        env.globals["portal_part"] = self._part_function()
        env.globals["portal_slot"] = self._slot_function()
        env.globals["portal_fragment"] = self._fragment_function()
        # MkDocs makes a new environment for every build: no template changes during one, so
        # an include need not look at the file again (thousands of cards include one each).
        env.auto_reload = False
        env.filters["url"] = self._filter = self._recording_url_filter()
        if "script_tag" in env.filters:  # MkDocs' own: a script's URL, relative to the page
            env.filters["script_tag"] = self._recording_script_filter(env.filters["script_tag"])

    def _part_function(self) -> Callable[..., str]:
        @pass_context
        def portal_part(context: Context, name: str, caller: Callable[[], str]) -> str:
            return self.render(context, name, caller)

        return portal_part

    def _slot_function(self) -> Callable[..., str]:
        @pass_context
        def portal_slot(context: Context, name: str, caller: Callable[[], str]) -> str:
            return self.slot(context, name, caller)

        return portal_slot

    def _fragment_function(self) -> Callable[..., str]:
        @pass_context
        def portal_fragment(context: Context, key: str, *, caller: Callable[[], str]) -> str:
            return self.fragment(context, key, caller)

        return portal_fragment

    def _recording_url_filter(self) -> UrlFilter:
        url = self._url

        @pass_context
        def url_filter(context: Context, value: str) -> str:
            if self._recording is not None:
                self._recording.append(value)
            if self._frame_urls is not None:
                self._frame_urls.append(value)
            page = context.get("page")
            plain = page is not None and isinstance(value, str) and is_plain(value)
            if self._rooting is not None:
                rooted = rooted_path(value) if plain else ""
                if rooted:
                    return ROOT + rooted
                self._rooting.append(value)  # depends on the page: the fragment is not kept
            if plain:
                return relative_url(value, page.url)  # what `url` gives, sooner
            return url(context, value)

        return url_filter

    def _recording_script_filter(self, script_tag: UrlFilter) -> UrlFilter:
        @pass_context
        def script_filter(context: Context, value: Any) -> str:
            for recording in (self._recording, self._frame_urls):
                if recording is not None:
                    recording.append(str(value))  # the script's path, as the ``url`` filter takes it
            return script_tag(context, value)

        return script_filter

    def fragment(self, context: Context, key: str, caller: Callable[[], str]) -> str:
        """The fragment ``key`` (a story card) for the page being rendered. It is rendered
        with its URLs written from the site root and reused behind each page's way up to
        the root, ``../`` per level: on a page at ``tag/patroli/`` a story's link is
        ``../../berita/2026/01/patroli/``, wherever the fragment was first rendered."""
        page = context.get("page")
        if page is None or self._rooting is not None or self._recording is not None:
            return caller()
        output = self._fragments.get(key) if self.enabled else None
        if output is None:
            self._rooting = []
            try:
                output = caller()
                keep = not self._rooting
            finally:
                self._rooting = None
            if keep and self.enabled:  # else a URL's form depends on the page: rendered each time
                self._fragments[key] = output
        return output.replace(ROOT, "../" * len(directory_parts(page.url)))

    def page(self, template: Template, context: dict[str, Any]) -> str:
        """``template.render(context)``, from a kept frame when there is one for the page's
        situation: then only the page's own blocks are rendered."""
        chain = self._chain(template) if self.enabled else None
        if chain is None or self._recording is not None or self._frame_urls is not None:
            return template.render(context)
        situation = ("page", template.name, *_page_situation(context, "page"))
        targets = self._targets.get(situation)
        key = (situation, self._resolved(context, targets)) if targets is not None else None
        shell = self._shells.get(key) if key is not None else None
        if shell is not None:
            filled = self._fill(shell, chain, context)
            if shell.confirmed:
                return filled
            whole = template.render(context)  # the second page: is the frame the page's?
            if whole == filled:
                shell.confirmed = True
            else:
                self._shells[key] = None
            return whole
        if key in self._shells or (situation, None) in self._shells or len(self._shells) >= MAX_FRAMES:
            return template.render(context)  # found not to fit the page, or enough frames kept
        self._frame_urls, self._slots = [], []
        try:
            marked = template.render(context)
            printed = tuple(dict.fromkeys(self._frame_urls))
            slots = self._slots
        finally:
            self._frame_urls, self._slots = None, None
        pieces = self._marks.split(marked)
        names = pieces[1::2]
        if not names or names != [name for name, _, _ in slots] or len(set(names)) < len(names):
            # No block of its own, a block shown twice, or rendered and not shown: no frame.
            self._shells[key or (situation, None)] = None
            return template.render(context)
        if targets is None:
            self._targets[situation] = targets = printed
        if set(printed) == set(targets):  # otherwise the situation missed an input: never kept
            shell = _Shell(pieces, [variables for _, _, variables in slots])
            self._shells.setdefault((situation, self._resolved(context, targets)), shell)
        outputs = iter(output for _, output, _ in slots)
        return "".join(next(outputs) if index % 2 else piece for index, piece in enumerate(pieces))

    def slot(self, context: Context, name: str, caller: Callable[[], str]) -> str:
        """A block of the page's own: rendered as it is, and marked in the frame being learnt."""
        if self._slots is None:
            return caller()
        frame_urls, self._frame_urls = self._frame_urls, None  # its URLs are not the frame's
        try:
            output = caller()
        finally:
            self._frame_urls = frame_urls
        self._slots.append((name, output, dict(context.vars)))  # what the template set so far
        return self._mark.format(name)

    def _fill(self, shell: _Shell, chain: list[Template], context: dict[str, Any]) -> str:
        """The page: ``shell`` with each of the page's blocks rendered on its own."""
        template = chain[0]
        ctx = template.new_context(context)
        for parent in chain[1:]:
            for name, block in parent.blocks.items():
                ctx.blocks.setdefault(name, []).append(block)
        variables = iter(shell.variables)
        output = []
        for index, piece in enumerate(shell.pieces):
            if index % 2:  # a block, seeing what the template had set before it
                ctx.vars.clear()
                ctx.vars.update(next(variables))
                piece = "".join(ctx.blocks[piece][0](ctx))
            output.append(piece)
        return "".join(output)

    def _chain(self, template: Template) -> list[Template] | None:
        """``template`` and the templates it extends, in order; ``None`` when one of them
        names its parent other than as a plain string."""
        name = template.name
        if name not in self._chains:
            env, chain, current = template.environment, [template], template
            while True:
                extends = list(env.parse(env.loader.get_source(env, current.name)[0]).find_all(nodes.Extends))
                if not extends:
                    break
                parent = extends[0].template
                if len(extends) > 1 or not isinstance(parent, nodes.Const):
                    chain = None
                    break
                current = env.get_template(parent.value, current.name)
                chain.append(current)
            self._chains[name] = chain
        return self._chains[name]

    def render(self, context: Context, name: str, caller: Callable[[], str]) -> str:
        """The part ``name`` for the page being rendered: reused, or rendered by ``caller``."""
        if not self.enabled or self._recording is not None:
            return caller()
        situation = (name, *_page_situation(context, name))
        targets = self._targets.get(situation)
        if targets is not None:
            found = self._parts.get((situation, self._resolved(context, targets)))
            if found is not None:
                if self._frame_urls is not None:  # a frame being learnt prints them too
                    self._frame_urls.extend(targets)
                return found
        self._recording = []
        try:
            output = caller()
            printed = tuple(dict.fromkeys(self._recording))
        finally:
            self._recording = None
        if targets is None:
            self._targets[situation] = targets = printed
        if printed == targets:  # otherwise the situation missed an input: never reuse it
            self._parts[(situation, self._resolved(context, targets))] = output
        return output

    def _resolved(self, context: Context, targets: tuple[str, ...]) -> tuple[str, ...]:
        page = context.get("page")
        where = (getattr(page, "url", None), context.get("base_url"))
        if where != self._where:  # the parts of one page share most of their URLs
            self._where, self._urls = where, {}
        urls = self._urls
        for target in targets:
            if target not in urls:
                urls[target] = self._filter(context, target)
        return tuple(urls[target] for target in targets)


def translations(env, language: str, remember: bool = True) -> Callable[[str], str]:
    """Material's ``lang.t(key)``: the text of ``key`` in ``language``, else in English, else
    the key itself (``partials/languages/``)."""
    found: dict[str, str] = {}

    def translation(key: str) -> str:
        text = found.get(key)
        if text is None:
            own = env.get_template(f"partials/languages/{language}.html").module
            english = env.get_template("partials/languages/en.html").module
            text = str(own.t(key) or english.t(key) or key)
            if remember:
                found[key] = text
        return text

    return translation


def _page_situation(context: Context, name: str) -> tuple[Any, ...]:
    """What a frame part reads of the page, besides URLs: its depth, what it hides, the
    navigation's active items, and for the sidebars the table of contents, for the footer
    the neighbours."""
    page = context.get("page")
    meta = getattr(page, "meta", None) or {}
    hide = meta.get("hide")
    situation: tuple[Any, ...] = (
        context.get("base_url"), tuple(hide) if isinstance(hide, (list, tuple)) else hide,
        _active(getattr(context.get("nav"), "items", None)),
    )
    if name in ("site_nav", "page"):  # the page: its skip link goes to its first heading
        situation += (_toc(getattr(page, "toc", None)),)
    if name in ("footer", "page"):
        situation += tuple(
            (other.url, other.title) if other is not None else None
            for other in (getattr(page, "previous_page", None), getattr(page, "next_page", None))
        )
    return situation


def _active(items) -> tuple:
    """Which navigation items (at every level) are active."""
    return tuple((bool(item.active), _active(getattr(item, "children", None) or ())) for item in items or ())


def _toc(toc) -> tuple:
    return tuple((link.title, link.url, link.level, _toc(link.children)) for link in toc or ())
