"""The content model: story files and the unit registry in, checked values out.

Owns reading a file (UTF-8, front matter, YAML within limits), dates and time zones, slugs, the
unit registry, the ``Story`` contract, listings, related stories, the catalog of what a build
shows, and what a story body may contain (the sanitizer). Every problem is a
``ContentProblem`` naming file, line and field, in Indonesian.

May import: the standard library and content libraries (PyYAML, Babel, nh3). Never MkDocs:
the CLI, the editor and the build all use this package the same way.
"""
