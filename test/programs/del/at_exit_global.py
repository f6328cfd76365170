# Objects still referenced by globals are finalized at interpreter exit.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del at exit", self.name)
g = D("global instance")
print("end of program")
