"""The ``portal`` command: check, new, import, build, editor.

Owns the command line (``cli``), a project on disk as ``mkdocs.yml`` describes it
(``project``), writing story files (``writer``), turning pasted articles into stories
(``importer``), the atomic build beside ``site/`` (``site_build``), the shards and the merge run
as processes (``sharded_build``) and the build's process itself, ended without freeing its
objects one by one (``mkdocs_command``).

May import: ``content``, ``portal.plugin`` (its options, to read ``mkdocs.yml`` as a build
does), ``shards`` (the shard list, the environment a part is built with), ``publish.images``
(whether ``portal check`` finds a photo the build could publish), ``cms.server``, MkDocs'
configuration loader and command line.
"""
