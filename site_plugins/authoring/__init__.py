"""The ``portal`` command: check, new, import, build, editor.

Owns the command line (``cli``), a project on disk as ``mkdocs.yml`` describes it
(``project``), writing story files (``writer``), turning pasted articles into stories
(``importer``) and the atomic build beside ``site/`` (``site_build``).

May import: ``content``, ``portal.plugin`` (its options, to read ``mkdocs.yml`` as a build
does), ``cms.server``, MkDocs' configuration loader.
"""
