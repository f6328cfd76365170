# sys functions and records beyond the core ones: getsizeof with a bad __sizeof__, setrecursionlimit's
# errors, float_info/int_info/flags, exc_info, encodings, is_finalizing, and their errors.
import sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:120])
    except BaseException as e:
        print(label, type(e).__name__, e)
t('getsizeof default', lambda: sys.getsizeof(object(), 5))
class NoSize:
    def __sizeof__(self): return -1
t('getsizeof negative', lambda: sys.getsizeof(NoSize()))
class StrSize:
    def __sizeof__(self): return 'x'
t('getsizeof non-int', lambda: sys.getsizeof(StrSize()))
class BigSize:
    def __sizeof__(self): return 100
t('getsizeof custom', lambda: sys.getsizeof(BigSize()))
t('intern non-str', lambda: sys.intern(1))
t('intern same', lambda: sys.intern('ab' + 'c' * 1) is sys.intern('abc'))
t('getframe deep', lambda: sys._getframe(1000))
t('getframe 0', lambda: sys._getframe(0).f_code.co_name)
t('recursionlimit 0', lambda: sys.setrecursionlimit(0))
t('recursionlimit neg', lambda: sys.setrecursionlimit(-5))
t('recursionlimit str', lambda: sys.setrecursionlimit('a'))
t('float_info', lambda: (sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig))
t('int_info', lambda: (sys.int_info.bits_per_digit, sys.int_info.sizeof_digit))
t('maxunicode', lambda: sys.maxunicode)
t('byteorder', lambda: sys.byteorder)
t('maxsize', lambda: sys.maxsize)
t('version_info', lambda: (sys.version_info[:2], sys.version_info.major, sys.version_info > (3, 10)))
t('hexversion', lambda: hex(sys.hexversion)[:6])
t('exc_info none', lambda: sys.exc_info())
def inexc():
    try:
        raise KeyError('k')
    except KeyError:
        return sys.exc_info()[0].__name__, sys.exception().__class__.__name__ if hasattr(sys, 'exception') else 'noattr'
t('exc_info in except', inexc)
t('flags', lambda: (sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.utf8_mode if hasattr(sys.flags, 'utf8_mode') else None))
t('argv', lambda: sys.argv[1:])
t('getdefaultencoding', lambda: sys.getdefaultencoding())
t('getfilesystemencoding', lambda: sys.getfilesystemencoding())
t('is_finalizing', lambda: sys.is_finalizing())
t('getswitchinterval', lambda: sys.getswitchinterval())
t('stdout encoding', lambda: sys.stdout.encoding)
t('stdin isatty type', lambda: type(sys.stdin.isatty()).__name__)
t('getrefcount noarg', lambda: sys.getrefcount())
t('exit tuple', lambda: sys.exit((1, 2)))
print(sys.flags)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
import atexit
atexit.register(lambda: print('atexit sees finalizing', sys.is_finalizing()))
class D:
    def __del__(self): print('del at shutdown sees finalizing', sys.is_finalizing())
keep = D()
