from enum import StrEnum


class RiffusionModel(StrEnum):
    FUZZ_1_0 = "FUZZ-1.0"
    FUZZ_1_0_PRO = "FUZZ-1.0 Pro"
    FUZZ_1_1 = "FUZZ-1.1"
    FUZZ_1_1_PRO = "FUZZ-1.1 Pro"

    def __str__(self) -> str:
        return str(self.value)
