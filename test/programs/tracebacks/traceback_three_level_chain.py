# a chain mixing cause and context over three levels, printed by print_exc and uncaught
import traceback

def read_config(path):
    try:
        return open(path).read()
    except FileNotFoundError as e:
        raise RuntimeError("config missing") from e

def start():
    try:
        read_config("/nonexistent/pyheap.cfg")
    except RuntimeError:
        settings = {}
        return settings["port"]

def main():
    try:
        start()
    except KeyError as e:
        raise SystemError("cannot start") from None if False else e

try:
    main()
except SystemError:
    traceback.print_exc()
    print("-" * 20)
    traceback.print_exc(chain=False)
main()
