from enum import StrEnum


class SonicRemasterVariationCategory(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    SUBTLE = "subtle"

    def __str__(self) -> str:
        return str(self.value)
