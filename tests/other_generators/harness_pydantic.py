"""Run by tests/test_other_generators.py in a subprocess, next to the pydantic models that datamodel-code-generator
wrote (a module, no client): fetches each job's path from the fixture server with the standard library and reads
the body with the model of the status's schema (`<Schema>.model_validate_json`). It decides nothing; the test
compares.

usage: python harness_pydantic.py MODULE BASE_URL JOBS_JSON OUT_JSON   (MODULE importable from PYTHONPATH)
"""

from __future__ import annotations

import importlib
import json
import sys
import urllib.error
import urllib.request
from typing import Any


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def run(models: Any, base_url: str, job: dict[str, Any]) -> dict[str, Any]:
    path = job["path"]
    for name, value in job["params"].items():
        path = path.replace("{" + name + "}", value)
    status, body = fetch(base_url + path)
    value = getattr(models, job["schema"]).model_validate_json(body)
    chosen = getattr(value, "root", value)  # a union is a RootModel; .root is the member pydantic chose
    dumped = chosen.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return {"status": status, "variant": type(chosen).__name__, "json": dumped}


def main() -> None:
    module, base_url, jobs_path, out_path = sys.argv[1:5]
    models = importlib.import_module(module)
    with open(jobs_path, encoding="utf-8") as file:
        jobs = json.load(file)
    results = []
    for job in jobs:
        try:
            results.append({"id": job["id"], **run(models, base_url, job)})
        except Exception as error:  # ValidationError, RecursionError, ...: the models refused the answer
            results.append({"id": job["id"], "crashed": f"{type(error).__name__}: {error}"[:2000]})
    with open(out_path, "w", encoding="utf-8") as file:
        json.dump(results, file, default=str)


if __name__ == "__main__":
    main()
