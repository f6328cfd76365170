# An exception while a helper module is being imported: the import line, then the module's frame.
print("before import")
import tb_broken_helper
