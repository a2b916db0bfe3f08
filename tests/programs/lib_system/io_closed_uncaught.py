# reading a closed StringIO: ValueError, uncaught
import io
s = io.StringIO('text')
s.close()
print(s.closed)
s.read()
