from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.riffusion_model import RiffusionModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionCreateWithDescription")


@_attrs_define
class RiffusionCreateWithDescription:
    """Create two songs from a short description of them (`custom_mode` false).

    Example:
        {'mv': 'FUZZ-1.1 Pro', 'prompt': 'r&b pop song', 'custom_mode': False}

    Attributes:
        mv (RiffusionModel): A FUZZ model (the values contain spaces).
        custom_mode (Literal[False]): Always false in description mode. Default: False.
        prompt (str): Description of the song (description mode); at most 200 characters.
        make_instrumental (bool | Unset): Generate an instrumental without vocals.
        task_type (Literal['create_music'] | Unset): Plain creation; the vendor's own examples leave it out.
    """

    mv: RiffusionModel
    prompt: str
    custom_mode: Literal[False] = False
    make_instrumental: bool | Unset = UNSET
    task_type: Literal["create_music"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mv = self.mv.value

        custom_mode = self.custom_mode

        prompt = self.prompt

        make_instrumental = self.make_instrumental

        task_type = self.task_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mv": mv,
                "custom_mode": custom_mode,
                "prompt": prompt,
            }
        )
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if task_type is not UNSET:
            field_dict["task_type"] = task_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mv = RiffusionModel(d.pop("mv"))

        custom_mode = cast(Literal[False], d.pop("custom_mode"))
        if custom_mode != False:
            raise ValueError(f"custom_mode must match const False, got '{custom_mode}'")

        prompt = d.pop("prompt")

        make_instrumental = d.pop("make_instrumental", UNSET)

        task_type = cast(Literal["create_music"] | Unset, d.pop("task_type", UNSET))
        if task_type != "create_music" and not isinstance(task_type, Unset):
            raise ValueError(f"task_type must match const 'create_music', got '{task_type}'")

        riffusion_create_with_description = cls(
            mv=mv,
            custom_mode=custom_mode,
            prompt=prompt,
            make_instrumental=make_instrumental,
            task_type=task_type,
        )

        riffusion_create_with_description.additional_properties = d
        return riffusion_create_with_description

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
