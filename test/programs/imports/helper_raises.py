# pyheap-test: module (raises while being imported; used by import_error_in_module.py)
print("helper_raises: start")
def boom():
    return 1 / 0
boom()
