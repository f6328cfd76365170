# `raise ... from ...` inside nested calls: the cause's traceback is printed first.
class ConfigError(Exception):
    pass

def read_port(settings):
    return int(settings["port"])

def configure(settings):
    try:
        return read_port(settings)
    except (KeyError, ValueError) as exc:
        raise ConfigError("bad port setting") from exc

configure({"port": "eighty"})
