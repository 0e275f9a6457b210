from enum import StrEnum


class ProducerModel(StrEnum):
    FUZZ_0_8 = "FUZZ-0.8"
    FUZZ_1_0 = "FUZZ-1.0"
    FUZZ_1_0_PRO = "FUZZ-1.0 Pro"
    FUZZ_1_1 = "FUZZ-1.1"
    FUZZ_1_1_PRO = "FUZZ-1.1 Pro"
    FUZZ_2_0 = "FUZZ-2.0"
    FUZZ_2_0_PRO = "FUZZ-2.0 Pro"
    FUZZ_2_0_RAW = "FUZZ-2.0 Raw"
    FUZZ_3_DEMO = "FUZZ-3-Demo"
    LYRIA_3_PREVIEW = "Lyria 3 preview"

    def __str__(self) -> str:
        return str(self.value)
