# sys.implementation is a SimpleNamespace with name, cache_tag, version and hexversion (PEP 421);
# the values differ between implementations, the shape does not
import sys

impl = sys.implementation
print(type(impl).__name__, type(impl.name).__name__, impl.version == sys.version_info)
print(impl.hexversion == sys.hexversion, impl.cache_tag is None or type(impl.cache_tag) is str)
print(all(hasattr(impl, a) for a in ('name', 'cache_tag', 'version', 'hexversion')))
print(impl == impl, repr(impl).startswith('namespace(name='))
try:
    impl.missing
except AttributeError as e:
    print(type(e).__name__)
