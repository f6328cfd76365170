"""The `test` package: pyheap ships only test.support, the helpers CPython's own test files
import. scripts/conformance.js appends CPython's Lib/test directory to this package's __path__,
so `test.test_gc` and `test.mapping_tests` load in place from the python3 installation while
`test.support` is ours."""
