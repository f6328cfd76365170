# An exception class defined in a helper module is printed with its module name.
import tb_errors_helper
tb_errors_helper.validate(-1)
