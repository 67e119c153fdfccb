"""The render engine: the portal's own pages rendered outside MkDocs' page loop, fast.

Stands in for MkDocs' ``_populate_page``/``_build_page`` for the stories and listing pages the
portal detaches in ``on_files``: the same events and context, plus a page cache (``pagecache``,
``pagekeys``), page frames (``frame``), a second process (``render``), the previous site
deleted in the background and the pages' folders made ahead by a process of their own
(``sitedir``, run with ``-m``; a merge instead hands its cached pages to the ``placer`` the
plugin gives the renderer) and file-change notifications for ``mkdocs serve`` (``watch``).
``tests/test_engine.py`` compares its pages with MkDocs rendering them itself.

May import: ``content``, ``portal.urls``, ``portal.verify``, MkDocs. Only ``portal.plugin``
imports it.
"""
