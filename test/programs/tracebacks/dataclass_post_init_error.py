# an exception raised in __post_init__, through the generated __init__ (File "<string>")
from dataclasses import dataclass, field

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative opening balance for {self.owner}: {self.balance}")
        self.history.append(("open", self.balance))

print(Account("ann", 5))
Account("bob", -3)
