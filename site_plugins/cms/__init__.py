"""The ``portal-cms`` MkDocs plugin and the local editor: writing stories in the browser.

Owns ``/admin/`` with Decap CMS (``plugin``), its ``config.yml`` generated from the story
contract and the registry (``schema``), the portal's scripts for it (``admin/``) and the local
editor server that writes only stories and their photos (``server``).

May import: ``content``, ``portal.contract``, MkDocs' public plugin API.
"""
