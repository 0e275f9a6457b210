"""A valid request body for every request variant of the spec (each one checked by validate_body in tests)."""

from __future__ import annotations

from typing import Any

import musicapi_client.models as models
import musicapi_spec as facts

# Values by field name; a variant gets its required fields, plus these optional ones when it has them.
VALUES: dict[str, Any] = {
    "prompt": "a calm song",
    "lyrics": "[Verse]\nla la",
    "sound": "lo-fi piano",
    "title": "Song",
    "continue_clip_id": "f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c",
    "clip_id": "f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c",
    "continue_at": 10,
    "replace_start_time": 1,
    "replace_end_time": 5,
    "starts_at": 1,
    "ends_at": 5,
    "make_instrumental": False,
    "url": "https://example.com/song.mp3",
    "audio_url": "https://example.com/song.mp3",
    "description": "a song about the sea",
    "gpt_description_prompt": "a calm piano ballad",
    "mashup_clip_ids": ["f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c", "0d5a8b8e-2c33-4bb5-9a56-5f4b1a1f2f70"],
    "infill_start_s": 1,
    "infill_end_s": 5,
    "chop_sample_start_s": 1,
    "chop_sample_end_s": 5,
    "sample_clip_id": "f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c",
    "share_link": "https://suno.com/song/2f0e4d6c",
    "name": "Harbor Voice",
}
OPTIONAL = ("sound", "starts_at", "ends_at", "sample_clip_id")
# A field not named above (a variant added to the spec later) gets a value of its kind.
BY_KIND: dict[str, Any] = {"string": "x", "number": 1, "integer": 1, "boolean": False, "json": {}}


def body_data(schema: str) -> dict[str, Any]:
    variant = facts.VARIANTS[schema]
    data: dict[str, Any] = {}
    for field in variant.fields:
        if field.is_tag and field.required:
            data[field.name] = field.const
        elif field.required:
            if field.kind == "enum":
                data[field.name] = field.choices[0]
            else:
                data[field.name] = VALUES.get(field.name, BY_KIND.get(field.kind, "x"))
        elif field.name in OPTIONAL and field.name in VALUES:
            data[field.name] = VALUES[field.name]
    return data


def body_for(schema: str) -> Any:
    """The generated model of `schema` with valid values."""
    return getattr(models, schema).from_dict(body_data(schema))


ALL_VARIANTS = tuple(facts.VARIANTS)
