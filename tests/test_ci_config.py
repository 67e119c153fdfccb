"""The deploy pipelines build with `make site` and publish what it built."""

import yaml
from conftest import ROOT


def test_github_pages_workflow():
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    assert workflow[True] == {"push": {"branches": ["main"]}, "workflow_dispatch": None}  # YAML 1.1 reads "on" as true
    build = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build]
    python = next(step for step in build if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"] == {"python-version": "3.11", "cache": "pip", "cache-dependency-path": "pyproject.toml"}
    assert next(step for step in build if step.get("uses", "").startswith("actions/cache"))["with"]["path"] == ".cache"
    assert [step.get("run") for step in build if "run" in step] == ["make site"]
    assert uses.index("actions/upload-pages-artifact") > uses.index("actions/configure-pages")
    assert build[-1]["with"] == {"path": "site"}
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_gitlab_pages_job():
    pages = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text(encoding="utf-8"))["pages"]
    assert pages["image"].startswith("python:3.11")
    assert pages["script"] == ["make site", "rm -rf public && mv site public"]
    # make site installs Decap CMS for /admin/ with npm.
    assert "nodejs npm" in pages["before_script"][0]
    assert pages["artifacts"] == {"paths": ["public"]}
    assert pages["cache"]["paths"] == [".cache/"]
