# 3.11's ~~~^^^ markers under a failing subscript inside a longer expression.
config = {"server": {"host": "localhost"}}
host = config["server"]["host"]
print(host)
port = config["server"]["port"] + 1
