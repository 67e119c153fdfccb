"""The ``portal-search`` MkDocs plugin: the Pagefind index and the ``/cari/`` page.

Owns one Pagefind record per story (``index``), the index in bundles with their manifest
(``shards``), bundles kept between builds (``cache``), the counts of one-word queries, summed
by a process of their own (``counts``, run with ``-m``), the story bodies a Polda shard hands
the merge (``bodies``) and the plugin (``plugin``).

May import: ``content``, ``portal.contract``, ``portal.verify``, ``shards.description``, ``shards.plan``, MkDocs'
public plugin API,
Pagefind's Python API.
"""
