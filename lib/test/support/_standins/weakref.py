"""Stand-in (conformance runner only): the _weakref basics, until lib/weakref.py exists."""

from _weakref import *  # noqa: F401,F403
