from enum import StrEnum


class SonicModel(StrEnum):
    SONIC_V3_5 = "sonic-v3-5"
    SONIC_V4 = "sonic-v4"
    SONIC_V4_5 = "sonic-v4-5"
    SONIC_V4_5_PLUS = "sonic-v4-5-plus"
    SONIC_V5 = "sonic-v5"
    SONIC_V5_5 = "sonic-v5-5"
    SONIC_V6 = "sonic-v6"
    SONIC_V6_MINI = "sonic-v6-mini"
    SONIC_V6_WILD = "sonic-v6-wild"

    def __str__(self) -> str:
        return str(self.value)
