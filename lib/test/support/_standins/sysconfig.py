"""Stand-in (conformance runner only): no build configuration is known."""


def get_config_vars(*args):
    return {}


def get_config_var(name):
    return None
