"""MkDocs plugins and command-line tools for the Polri patrol news portal."""
