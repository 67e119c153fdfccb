"""The deploy pipelines build with `make site` and publish what it built, each job with only the
permissions it uses, every action pinned to a commit; zizmor finds nothing in the workflows."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

ZIZMOR = Path(sys.executable).parent / "zizmor"


def _shard_list(*options: str) -> list[str]:
    """The shards as the project computes them (``portal shards``), from its own registry, or
    with ``--parts`` the merge's older parts (from ``merge_parts`` in ``mkdocs.yml``)."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "portal"), "shards", "--json", *options], cwd=ROOT, capture_output=True,
        text=True, timeout=120, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _workflow() -> dict:
    return yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))


def test_github_runs_one_job_per_shard_of_the_project_then_per_part_then_the_merge():
    workflow = _workflow()
    assert workflow[True] == {"push": {"branches": ["main"]}, "workflow_dispatch": None}  # YAML 1.1 reads "on" as true
    shard = workflow["jobs"]["shard"]
    assert shard["strategy"]["matrix"] == {"shard": _shard_list()}
    assert shard["strategy"]["fail-fast"] is True
    steps = shard["steps"]
    build = next(step for step in steps if "run" in step)
    assert build["run"] == 'make shard SHARD="$SHARD" SHARDS_DIR=shards'
    assert build["env"] == {"SHARD": "${{ matrix.shard }}"}  # through the environment, never into the script
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache"))["with"]
    assert cache["path"] == ".cache" and cache["key"].startswith("portal-shard-${{ matrix.shard }}-")
    upload = steps[-1]
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert upload["with"]["name"] == "${{ matrix.shard }}" and upload["with"]["path"] == "shards/${{ matrix.shard }}/"

    part = workflow["jobs"]["part"]
    parts = _shard_list("--parts")
    assert parts and [str(number) for number in part["strategy"]["matrix"]["part"]] == parts
    assert part["needs"] == "shard" and part["strategy"]["fail-fast"] is True
    steps = part["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert steps[uses.index("actions/download-artifact")]["with"] == {"path": "shards"}
    build = next(step for step in steps if "run" in step)
    assert build["run"] == 'make part PART="$PART" SHARDS_DIR=shards' and build["env"] == {"PART": "${{ matrix.part }}"}
    cache = next(step for step in steps if step.get("uses", "").startswith("actions/cache"))["with"]
    # The part built last time comes back with its caches, for a part that stands as it was.
    assert cache["path"].splitlines() == [".cache", "shards/part-${{ matrix.part }}"]
    assert cache["key"].startswith("portal-part-${{ matrix.part }}-")
    assert steps[-1]["with"]["name"] == "part-${{ matrix.part }}"
    assert steps[-1]["with"]["path"] == "shards/part-${{ matrix.part }}/"

    merge = workflow["jobs"]["build"]
    assert merge["needs"] == ["shard", "part"]
    steps = merge["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    download = steps[uses.index("actions/download-artifact")]
    assert download["with"] == {"path": "shards"}  # every shard's artifact in shards/<shard>/
    assert [step.get("run") for step in steps if "run" in step] == ["make merge SHARDS_DIR=shards"]
    assert uses.index("actions/download-artifact") < uses.index("actions/upload-pages-artifact")
    assert uses.index("actions/upload-pages-artifact") > uses.index("actions/configure-pages")
    assert steps[-1]["with"] == {"path": "site"}
    for job in (shard, part, merge):
        python = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python"))
        assert python["with"] == {"python-version": "3.11", "cache": "pip", "cache-dependency-path": "requirements/site.txt"}
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_only_the_deploy_job_may_publish():
    workflow = _workflow()
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["shard"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["part"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for job in ("shard", "part", "build"):
        checkout = workflow["jobs"][job]["steps"][0]
        assert checkout["uses"].startswith("actions/checkout@") and checkout["with"] == {"persist-credentials": False}


def test_every_action_is_pinned_to_a_commit():
    text = (ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8")
    refs = re.findall(r"uses: ([\w./-]+)@(\S+)", text)
    assert len(refs) == len(re.findall(r"^\s+(?:- )?uses:", text, re.MULTILINE)) == 16
    assert [ref for _, ref in refs if not re.fullmatch(r"[0-9a-f]{40}", ref)] == []


def test_zizmor_finds_nothing_in_the_workflows():
    result = subprocess.run(
        [str(ZIZMOR), "--offline", "--persona=auditor", "--no-progress", str(ROOT / ".github/workflows")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gitlab_runs_one_job_per_shard_of_the_project_then_per_part_then_the_pages_job():
    pipeline = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert pipeline["stages"] == ["shards", "parts", "deploy"]
    common = pipeline[".portal"]
    assert common["image"].startswith("python:3.11")
    # make provisions Node.js and npm itself (tools/provision); the image needs only make.
    assert common["before_script"] == [
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends make >/dev/null"
    ]
    shard = pipeline["shard"]
    assert shard["extends"] == ".portal" and shard["stage"] == "shards"
    assert shard["parallel"]["matrix"] == [{"SHARD": _shard_list()}]
    assert shard["script"] == ["make shard SHARD=$SHARD SHARDS_DIR=shards"]
    assert shard["artifacts"]["paths"] == ["shards/$SHARD/"]
    assert shard["cache"] == {"key": "portal-shard-$SHARD", "paths": [".cache/"]}
    part = pipeline["part"]
    assert part["extends"] == ".portal" and part["stage"] == "parts"
    assert [{"PART": [str(number) for number in row["PART"]]} for row in part["parallel"]["matrix"]] == [
        {"PART": _shard_list("--parts")}]
    assert part["needs"] == [{"job": "shard", "artifacts": True}]
    assert part["script"] == ["make part PART=$PART SHARDS_DIR=shards"]
    assert part["artifacts"]["paths"] == ["shards/part-$PART/"]
    assert part["cache"] == {"key": "portal-part-$PART", "paths": [".cache/", "shards/part-$PART/"]}
    pages = pipeline["pages"]
    assert pages["extends"] == ".portal" and pages["stage"] == "deploy"
    assert pages["needs"] == [{"job": "shard", "artifacts": True}, {"job": "part", "artifacts": True}]
    assert pages["script"] == ["make merge SHARDS_DIR=shards", "rm -rf public && mv site public"]
    assert pages["artifacts"] == {"paths": ["public"]}
