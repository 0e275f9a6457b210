from enum import StrEnum


class NuroVocalGender(StrEnum):
    FEMALE = "Female"
    MALE = "Male"

    def __str__(self) -> str:
        return str(self.value)
