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

from ..models.sonic_model import SonicModel
from ..models.sonic_remaster_variation_category import SonicRemasterVariationCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicRemaster")


@_attrs_define
class SonicRemaster:
    """Re-render a clip; `variation_category` says how far it may move (v5).

    Attributes:
        task_type (Literal['remaster']): The operation. Default: 'remaster'.
        continue_clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        mv (SonicModel | str): The model (sonic-v6 ... sonic-v3-5, or a name not yet documented).
        variation_category (SonicRemasterVariationCategory | Unset): How far the remaster may move from the source.
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    continue_clip_id: str
    mv: SonicModel | str
    task_type: Literal["remaster"] = "remaster"
    variation_category: SonicRemasterVariationCategory | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        continue_clip_id = self.continue_clip_id

        mv: str
        if isinstance(self.mv, SonicModel):
            mv = self.mv.value
        else:
            mv = self.mv

        variation_category: str | Unset = UNSET
        if not isinstance(self.variation_category, Unset):
            variation_category = self.variation_category.value

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
            }
        )
        if variation_category is not UNSET:
            field_dict["variation_category"] = variation_category
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["remaster"], d.pop("task_type"))
        if task_type != "remaster":
            raise ValueError(f"task_type must match const 'remaster', got '{task_type}'")

        continue_clip_id = d.pop("continue_clip_id")

        def _parse_mv(data: object) -> SonicModel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sonic_mv_type_0 = SonicModel(data)

                return componentsschemas_sonic_mv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SonicModel | str, data)

        mv = _parse_mv(d.pop("mv"))

        _variation_category = d.pop("variation_category", UNSET)
        variation_category: SonicRemasterVariationCategory | Unset
        if isinstance(_variation_category, Unset):
            variation_category = UNSET
        else:
            variation_category = SonicRemasterVariationCategory(_variation_category)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_remaster = cls(
            task_type=task_type,
            continue_clip_id=continue_clip_id,
            mv=mv,
            variation_category=variation_category,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_remaster.additional_properties = d
        return sonic_remaster

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
