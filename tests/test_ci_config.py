"""The deploy pipelines build with `make site` and publish what it built, each job with only the
permissions it uses, every action pinned to a commit; zizmor finds nothing in the workflows."""

import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

ZIZMOR = Path(sys.executable).parent / "zizmor"


def test_github_pages_workflow():
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    assert workflow[True] == {"push": {"branches": ["main"]}, "workflow_dispatch": None}  # YAML 1.1 reads "on" as true
    build = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build]
    python = next(step for step in build if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"] == {"python-version": "3.11", "cache": "pip", "cache-dependency-path": "requirements/site.txt"}
    assert next(step for step in build if step.get("uses", "").startswith("actions/cache"))["with"]["path"] == ".cache"
    assert [step.get("run") for step in build if "run" in step] == ["make site"]
    assert uses.index("actions/upload-pages-artifact") > uses.index("actions/configure-pages")
    assert build[-1]["with"] == {"path": "site"}
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_only_the_deploy_job_may_publish():
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    checkout = workflow["jobs"]["build"]["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@") and checkout["with"] == {"persist-credentials": False}


def test_every_action_is_pinned_to_a_commit():
    text = (ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8")
    refs = re.findall(r"uses: ([\w./-]+)@(\S+)", text)
    assert len(refs) == 6
    assert [ref for _, ref in refs if not re.fullmatch(r"[0-9a-f]{40}", ref)] == []


def test_zizmor_finds_nothing_in_the_workflows():
    result = subprocess.run(
        [str(ZIZMOR), "--offline", "--persona=auditor", "--no-progress", str(ROOT / ".github/workflows")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gitlab_pages_job():
    pages = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text(encoding="utf-8"))["pages"]
    assert pages["image"].startswith("python:3.11")
    assert pages["script"] == ["make site", "rm -rf public && mv site public"]
    # make site provisions Node.js and npm itself (tools/provision); the image needs only make.
    assert pages["before_script"] == [
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends make >/dev/null"
    ]
    assert pages["artifacts"] == {"paths": ["public"]}
    assert pages["cache"]["paths"] == [".cache/"]
    assert pages["cache"]["key"]["files"] == ["requirements/site.txt", "mkdocs.yml"]
    assert pages["dependencies"] == []
