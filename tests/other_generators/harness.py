"""Run by tests/test_other_generators.py in a subprocess, next to the client that openapi-generator's `python`
generator (pydantic v2, urllib3) wrote: calls each job's operation against the fixture server and writes, as JSON,
what the client read. It decides nothing; the test compares.

usage: python harness.py PACKAGE BASE_URL JOBS_JSON OUT_JSON   (PACKAGE importable from PYTHONPATH)
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from typing import Any


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def reading(value: Any) -> dict[str, Any]:
    """The member the client chose (anyOf/oneOf wrappers unwrapped) and its JSON form."""
    while hasattr(value, "actual_instance"):
        value = value.actual_instance
    return {"variant": type(value).__name__, "json": value.to_dict() if hasattr(value, "to_dict") else value}


def run(package: Any, base_url: str, job: dict[str, Any]) -> dict[str, Any]:
    client = package.ApiClient(package.Configuration(host=base_url))
    api = getattr(package, pascal(job["tag"]) + "Api")(client)
    method = getattr(api, snake(job["operation"]) + "_with_http_info")
    params = {snake(name): value for name, value in job["params"].items()}
    try:
        response = method(**params)
    except package.ApiException as error:
        return {"status": error.status, **reading(error.data)}
    return {"status": response.status_code, **reading(response.data)}


def main() -> None:
    package_name, base_url, jobs_path, out_path = sys.argv[1:5]
    package = importlib.import_module(package_name)
    with open(jobs_path, encoding="utf-8") as file:
        jobs = json.load(file)
    results = []
    for job in jobs:
        try:
            results.append({"id": job["id"], **run(package, base_url, job)})
        except Exception as error:  # ValidationError, RecursionError, ...: the client crashed on the answer
            results.append({"id": job["id"], "crashed": f"{type(error).__name__}: {error}"[:2000]})
    with open(out_path, "w", encoding="utf-8") as file:
        json.dump(results, file, default=str)


if __name__ == "__main__":
    main()
