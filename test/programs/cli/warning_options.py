# pyheap-test: options=-W ignore::DeprecationWarning -W error::UserWarning:__main__ -W bogus -X key=value -X flag
# -W options become sys.warnoptions and the warnings filters (the last given first; a bad one is
# reported and ignored), -X options sys._xoptions.
import sys
import warnings
print(sys.warnoptions, sys._xoptions)
warnings.warn('quiet', DeprecationWarning)
try:
    warnings.warn('loud')
except UserWarning as e:
    print('raised', e)
warnings.warn('shown', RuntimeWarning)
print([f[0] for f in warnings.filters[:3]])
