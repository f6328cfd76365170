"""Stand-in for test.support.script_helper: running code in a child interpreter.

pyheap cannot start a child interpreter, so every helper that would run one raises
unittest.SkipTest: the test is reported as skipped with that reason, never as passed.
make_script only writes a file and works.
"""

import unittest

_NO_CHILD = 'pyheap cannot run a child interpreter (no subprocess support)'


def interpreter_requires_environment():
    return False


def _skip(*args, **kwargs):
    raise unittest.SkipTest(_NO_CHILD)


assert_python_ok = _skip
assert_python_failure = _skip
run_python_until_end = _skip
spawn_python = _skip
kill_python = _skip
run_test_script = _skip


def make_script(script_dir, script_basename, source, omit_suffix=False):
    """Write source to script_dir/script_basename(.py) and return the path."""
    name = script_basename if omit_suffix else script_basename + '.py'
    path = script_dir.rstrip('/') + '/' + name
    with open(path, 'w', encoding='utf-8') as f:
        f.write(source)
    return path
