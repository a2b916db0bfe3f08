import re
pattern = re.compile("\d+")
