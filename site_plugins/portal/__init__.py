"""The ``portal`` MkDocs plugin: the stories into the build, the listing pages, the checks.

Owns the plugin class (``plugin``); the ``PortalBuild`` every portal plugin shares
(``contract``, with the table of event priorities); the plugin's own state by how long it
lives (``state``: one build, what ``mkdocs serve`` keeps, the process machinery); moving
stories to their URLs and adding the listing pages (``site_files``); relative URLs (``urls``);
the whitespace compaction of every page (``compact``); reading the written site back (``verify``). Its render engine lives in ``portal.engine``.

May import: ``content``, ``portal.engine``, ``shards`` (the part a build makes, the shards'
descriptions, their assembly), MkDocs' public plugin API.
"""
