import io
for c in (io.StringIO, io.BytesIO):
  s=c(); s.close()
  for m in ('read','getvalue','write','tell','seek','readline','__iter__','flush','__enter__','isatty','readable'):
    try: getattr(s,m)(*([] if m not in ('write','seek') else [b'' if c is io.BytesIO else '']) if m!='seek' else [0]); print(m,'ok')
    except Exception as e: print(c.__name__, m, type(e).__name__, e)
print(s.closed)
