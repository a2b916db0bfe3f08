# an uncaught FileNotFoundError from os: CPython's last traceback line and status 1
import os
print(os.path.exists('/nonexistent/pyjit/path'))
os.listdir('/nonexistent/pyjit/path')
