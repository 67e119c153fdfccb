"""The ``portal-publish`` MkDocs plugin: feeds, sitemaps, metadata and photos.

Owns RSS feeds (``feeds``), sitemaps and robots.txt (``sitemaps``), Open Graph and JSON-LD
(``social``), photo derivatives without metadata (``images``, ``pictures``) and the logo and
default card (``branding``), and what shards hand the merge a piece at a time (``handed``).

May import: ``content``, ``portal.contract``, ``portal.urls``, ``portal.verify``,
``portal.engine.pagecache`` (the cache key of a feed), ``shards.description`` (a
description handed over, and its fields read back), MkDocs' public plugin API.
"""
