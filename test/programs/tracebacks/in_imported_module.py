# A traceback whose frames are in a helper module beside the script.
import tb_helper
print("calling into the helper")
tb_helper.explode(3)
