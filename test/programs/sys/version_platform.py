# sys.version_info, implementation-neutral facts, platform, maxsize, byteorder.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), type(sys.version_info).__name__)
print(sys.version.startswith("3.11"), sys.platform, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.hexversion >> 16 == 0x030B, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.maxunicode)
