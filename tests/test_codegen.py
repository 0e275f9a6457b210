"""codegen/facts.py refuses vendor extensions that cannot mean anything, so a typo fails `make generate`."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from codegen.facts import SpecError, client_modules, derive
from tests.support import ROOT

DOCUMENT: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "musicapi.yaml").read_text(encoding="utf-8"))
MODULES = client_modules(ROOT / "generated" / "musicapi_client")


def video_operation(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["paths"]["/api/v1/producer/video-clip"]["post"]
    return found


def test_the_spec_as_it_is_derives() -> None:
    assert derive(DOCUMENT, MODULES)["OPERATIONS"]["producer_video_clip"]["files"] == ("video_url",)


@pytest.mark.parametrize("files", [["lyrics"], ["audio"], ["stems_url"]])
def test_x_files_must_name_url_fields_of_the_polled_clips(files: list[str]) -> None:
    changed = copy.deepcopy(DOCUMENT)
    video_operation(changed)["x-files"] = files
    with pytest.raises(SpecError, match="x-files"):
        derive(changed, MODULES)
