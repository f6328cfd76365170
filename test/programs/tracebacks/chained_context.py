# Full traceback of an implicitly chained exception (raised while handling another).
def cleanup(resource):
    resource.close()
try:
    1 / 0
except ZeroDivisionError:
    cleanup(None)
