# format_exc() text of an implicit chain (During handling...), written to stdout and stderr
import sys
import traceback

def cleanup(resource):
    return resource["handle"].close()

def work():
    resource = {}
    try:
        return 1 / len(resource)
    except ZeroDivisionError:
        cleanup(resource)

try:
    work()
except KeyError:
    text = traceback.format_exc()
print(text)
sys.stderr.write(text)
print(text.count("\n"), "lines")
work()
