# Field objects and the class-level records: __dataclass_fields__, __dataclass_params__,
# metadata as a read-only mapping, ClassVar/InitVar pseudo-fields, Field.__set_name__
from dataclasses import dataclass, field, fields, MISSING, InitVar, Field
from typing import ClassVar

@dataclass(order=True, frozen=True)
class Reading:
    sensor: str = field(metadata={"unit": None, "doc": "sensor id"})
    value: float = field(default=0.0, metadata={"unit": "C"})
    kind: ClassVar[str] = "temperature"
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        object.__setattr__(self, "value", self.value * scale)

f_sensor, f_value = fields(Reading)
print(f_sensor.name, f_sensor.type, f_sensor.default is MISSING, f_sensor.default_factory is MISSING)
print(dict(f_value.metadata), f_value.metadata["unit"], type(f_value.metadata).__name__)
try:
    f_value.metadata["unit"] = "F"
except TypeError as e:
    print("TypeError:", e)
print(sorted(Reading.__dataclass_fields__), Reading.__dataclass_fields__["kind"]._field_type,
      Reading.__dataclass_fields__["scale"]._field_type, Reading.__dataclass_fields__["value"]._field_type)
print(Reading.__dataclass_params__)
print(Reading("a", 2.0, 3), Reading("a") < Reading("b"), isinstance(f_value, Field))
print(repr(MISSING).startswith("<dataclasses._MISSING_TYPE object"), repr(InitVar[int]), InitVar(str))

class Tracker:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

@dataclass
class UsesDescriptorDefault:
    t: object = field(default=None)
    u: object = None

print(UsesDescriptorDefault())
