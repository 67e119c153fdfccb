"""A national build split into Polda shards and merged.

Owns: which part of the site a build makes (the whole site, one Polda's shard, an older part of
the merge split in parts, or the merge), the list of shards from the registry, the merge's
windows of months, choosing a shard's stories without reading the others,
the versioned description a shard hands the merge (``description``), what each shard's stories
count for the merge's census and which of them a window may hold, kept between builds (``counts``, a
``memo`` file), an older part of the
merge that stands as it was built when nothing it makes changed (``kept``), and assembling the
shards' files into one site with no URL claimed twice, each shard's claims kept between merges
(``assemble``; its gathering process
``stage``, which takes the folders of the merge's earlier site that did not change, for the
shards' files and for the merge's own pages its page cache holds). Running the
shards, the parts and the merge is the CI system's matrix, or ``portal build --shards`` locally
(``authoring/sharded_build.py``).

May import: ``site_plugins.content`` (the content model). Imported by the plugins
(``portal``, ``publish``, ``search``) and by ``authoring`` (the ``portal`` command). It
imports no MkDocs.
"""
