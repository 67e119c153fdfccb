"""Fetches the web editor's Decap CMS: the one npm tarball pinned in ``editor/decap-cms.json``.

``make site`` runs it. The tarball's ``dist/`` is a self-contained bundle, the only part the
``portal-cms`` plugin copies into the site at /admin/, so none of the package's own npm
dependencies (several hundred) are installed. ``npm pack`` downloads the tarball; its sha512
must equal the pinned integrity before anything is unpacked into ``editor/node_modules/``.

``--pin`` rewrites the pinned integrity from the registry for the pinned version (``make lock``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = ROOT / "editor" / "decap-cms.json"
NODE_MODULES = ROOT / "editor" / "node_modules"


def main(argv: list[str]) -> int:
    pin = json.loads(PIN.read_text(encoding="utf-8"))
    if argv == ["--pin"]:
        pin["integrity"] = registry_integrity(pin)
        PIN.write_text(json.dumps(pin, indent=2) + "\n", encoding="utf-8")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        return install(pin, pack(pin, Path(tmp)), NODE_MODULES)


def install(pin: dict, tarball: Path, node_modules: Path) -> int:
    """Unpack ``tarball`` into ``node_modules/<name>`` if its sha512 is the pinned one."""
    found = integrity(tarball)
    if found != pin["integrity"]:
        print(f"{tarball.name}: sha512 {found} differs from the pinned {pin['integrity']} ({PIN})", file=sys.stderr)
        return 1
    unpack(tarball, node_modules / pin["name"])
    return 0


def spec(pin: dict) -> str:
    return f"{pin['name']}@{pin['version']}"


def registry_integrity(pin: dict) -> str:
    """The registry's published sha512 of the pinned version."""
    command = ["npm", "view", spec(pin), "dist.integrity"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def pack(pin: dict, destination: Path) -> Path:
    """Download the package's tarball with ``npm pack`` (no install, no scripts)."""
    command = ["npm", "pack", spec(pin), "--json", "--pack-destination", str(destination)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return destination / json.loads(output)[0]["filename"]


def integrity(path: Path) -> str:
    """Subresource-integrity form of the file's sha512, as npm's locks and registry write it."""
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def unpack(tarball: Path, target: Path) -> None:
    """Extract the tarball's ``package/`` into ``target`` (no source maps), replacing what was there."""
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive.getmembers():
            name = Path(member.name)
            # npm tarballs hold regular files under package/; anything else is refused.
            if not (member.isfile() or member.isdir()) or name.is_absolute() or ".." in name.parts:
                raise SystemExit(f"{tarball.name}: unexpected entry {member.name}")
            # Source maps are four fifths of the package and never published.
            if name.parts[:1] != ("package",) or len(name.parts) < 2 or name.suffix == ".map":
                continue
            member.name = str(Path(*name.parts[1:]))
            archive.extract(member, staging, set_attrs=False)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
