# A block expected after a def header.
def handler(event):
print(event)
