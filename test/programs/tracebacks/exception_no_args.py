# An exception class raised without arguments prints only its name.
def stop():
    raise NotImplementedError

stop()
