"""tools/provision: which system packages it installs, how, and when it stops with the command
to run. apt-get, sudo, id and the tools looked for are small scripts on a PATH of the test's own,
so each decision path runs on any machine without touching its packages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

SCRIPT = ROOT / "tools" / "provision"
APT = """#!/bin/sh
echo "apt-get $*" >> "$LOG"
# "installing" a package puts its commands on the PATH, as Debian's would.
for word in "$@"; do
  case $word in
    nodejs) printf '#!/bin/sh\\necho v18.20.4\\n' > "$BIN/node"; chmod +x "$BIN/node" ;;
    npm|chromium|nginx) printf '#!/bin/sh\\n' > "$BIN/$word"; chmod +x "$BIN/$word" ;;
  esac
done
"""


class Machine:
    """A PATH holding only the commands the test puts there."""

    def __init__(self, root: Path, uid: int = 0, node: str | None = "v20.20.2", sudo: str | None = None):
        self.bin = root / "bin"
        self.bin.mkdir()
        self.log = root / "calls.log"
        self.log.touch()
        for tool in ("sed", "tr", "chmod", "env"):
            (self.bin / tool).symlink_to(subprocess.check_output(["sh", "-c", f"command -v {tool}"], text=True).strip())
        self.command("id", f'echo {uid}')
        self.command("apt-get", APT.split("\n", 1)[1])
        if node:
            self.command("node", f"echo {node}")
            self.command("npm", "")
        if sudo == "passwordless":
            self.command("sudo", 'echo "sudo $*" >> "$LOG"; [ "$1" = -n ] && exit 0; env "$@"')
        elif sudo == "asks":
            self.command("sudo", 'echo "sudo $*" >> "$LOG"; exit 1')

    def command(self, name: str, body: str) -> None:
        path = self.bin / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)

    def has(self, *names: str) -> None:
        for name in names:
            self.command(name, "")

    def provision(self, mode: str) -> subprocess.CompletedProcess:
        env = {"PATH": str(self.bin), "PROVISION_SBIN": "", "LOG": str(self.log), "BIN": str(self.bin)}
        return subprocess.run(["/bin/bash", str(SCRIPT), mode], env=env, capture_output=True, text=True, timeout=60)

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()


def test_nothing_missing_installs_nothing(tmp_path):
    machine = Machine(tmp_path)
    machine.has("chromium", "nginx")
    result = machine.provision("test")
    assert (result.returncode, machine.calls()) == (0, [])


def test_as_root_the_missing_packages_come_from_apt(tmp_path):
    machine = Machine(tmp_path, node=None)
    result = machine.provision("test")
    assert result.returncode == 0, result.stderr
    assert machine.calls() == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends nodejs npm chromium nginx",
    ]


def test_the_site_needs_only_node_and_npm(tmp_path):
    machine = Machine(tmp_path)
    result = machine.provision("site")
    assert (result.returncode, machine.calls()) == (0, [])


def test_with_passwordless_sudo_apt_runs_through_sudo(tmp_path):
    machine = Machine(tmp_path, uid=1000, sudo="passwordless")
    machine.has("nginx")
    result = machine.provision("test")
    assert result.returncode == 0, result.stderr
    assert "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium" in machine.calls()
    assert "apt-get install -y -qq --no-install-recommends chromium" in machine.calls()


@pytest.mark.parametrize("sudo", [None, "asks"])
def test_without_root_or_passwordless_sudo_it_stops_with_the_command_to_run(tmp_path, sudo):
    machine = Machine(tmp_path, uid=1000, sudo=sudo)
    result = machine.provision("test")
    assert result.returncode == 1
    assert "sudo apt-get install -y --no-install-recommends chromium nginx" in result.stderr
    assert not any(call.startswith("apt-get") for call in machine.calls())


def test_an_older_node_stops_the_build_and_says_which_it_needs(tmp_path):
    machine = Machine(tmp_path, node="v18.19.1")
    result = machine.provision("site")
    assert result.returncode == 1
    assert "Node.js v18.19.1 is too old: the portal needs Node.js 18.20 or newer" in result.stderr


def test_an_unknown_mode_is_refused(tmp_path):
    result = Machine(tmp_path).provision("everything")
    assert result.returncode == 2 and "usage" in result.stderr
