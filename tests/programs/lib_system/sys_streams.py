# sys.stdout / sys.stderr: the attributes and methods scripts use (fileno, buffer, reconfigure)
import sys

print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.line_buffering, sys.stdout.closed, sys.stdout.writable(),
      sys.stdin.readable(), sys.stdout.name, sys.stderr.name, sys.stdout.mode)
print(hasattr(sys.stdout.buffer, 'write'), hasattr(sys.stderr.buffer, 'flush'))
sys.stdout.write('text then ')
sys.stdout.flush()
n = sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.write(bytearray(b'from a bytearray\n'))
sys.stdout.buffer.write(memoryview(b'from a memoryview\n'))
sys.stdout.buffer.flush()
print('after', 'the buffer', n)
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print('TypeError:', e)
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
try:
    sys.stdout.reconfigure(colour='red')
except TypeError as e:
    print('TypeError:', e)
sys.stderr.buffer.write(b'')
sys.stdout.writelines(['a', 'b\n'])
