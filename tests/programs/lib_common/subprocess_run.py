# subprocess: run with capture, text, input, check, timeout, cwd, env, shell; Popen with
# pipes (streaming, communicate, wait, poll, returncode, kill); call/check_call/check_output;
# getoutput/getstatusoutput; stderr to STDOUT and DEVNULL; the exceptions and their messages
import os
import subprocess
import sys
import tempfile

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode, r.args)
print(subprocess.run('printf "a\\r\\nb\\rc"', shell=True, stdout=subprocess.PIPE, text=True).stdout.encode())
print(subprocess.run('printf "a\\r\\nb"', shell=True, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['cat'], input=b'bytes in', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True).stdout)
print(subprocess.run(['cat'], input='é', capture_output=True, encoding='latin-1').stdout.encode('latin-1'))
print(subprocess.run(['sh', '-c', 'echo $FOO-$BAR'], env={'FOO': 'foo', 'PATH': os.environ['PATH']},
                     capture_output=True, text=True).stdout)
d = tempfile.mkdtemp()
print(subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
print(subprocess.run(['sh', '-c', 'echo to-err >&2'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.run(['sh', '-c', 'echo x; echo y >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(['true']), subprocess.run(['false']).returncode, subprocess.run('exit 7', shell=True).returncode)
big = subprocess.run(['sh', '-c', 'i=0; while [ $i -lt 3000 ]; do echo line $i; echo err $i >&2; i=$((i+1)); done'],
                     capture_output=True)
print(len(big.stdout), len(big.stderr), big.stdout.splitlines()[-1])
echo = subprocess.run(['cat'], input=b'x' * 300000, capture_output=True)
print(len(echo.stdout))

try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
r = subprocess.run(['sh', '-c', 'exit 4'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.CompletedProcess(['x'], 0).check_returncode())
try:
    subprocess.run(['sleep', '5'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.output, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo before; sleep 5'], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e, e.output, e.stdout, e.stderr)
for args, kw in [(['nosuch-command-xyz'], {}), ('echo hi', {}), (['echo'], dict(cwd='/nonexistent-dir')),
                 ([], {}), ([5], {}), (['echo'], dict(stdin=subprocess.PIPE, input=b'x')),
                 (['echo'], dict(capture_output=True, stdout=subprocess.PIPE)),
                 (['echo'], dict(text=True, universal_newlines=False)), (['a\0b'], {})]:
    try:
        subprocess.run(args, **kw)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
try:
    subprocess.run([d + '/notexec'])
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == d + '/notexec')
os.rmdir(d)

# call family
sys.stdout.flush()  # (CPython does not flush its own buffer before starting a child)
print(subprocess.call(['sh', '-c', 'exit 5']), subprocess.call('echo called', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 9'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.check_output(['echo', 'out']), subprocess.check_output('echo $((6*7))', shell=True, text=True))
print(subprocess.check_output(['cat'], input=b'piped'), repr(subprocess.check_output(['cat'], input=None, text=True)))
try:
    subprocess.check_output(['sh', '-c', 'echo got; exit 1'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_output(['echo'], stdout=None)
except ValueError as e:
    print('ValueError', e)
print(subprocess.getoutput('echo a; echo b >&2'), subprocess.getstatusoutput('echo x; exit 3'),
      subprocess.getstatusoutput('nosuch-command-xyz 2>/dev/null'))

# Popen
p = subprocess.Popen(['sh', '-c', 'read x; echo "got $x"; echo done'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
p.stdin.write('input line\n')
p.stdin.flush()
p.stdin.close()
print([line for line in p.stdout], p.wait(), p.returncode, p.poll())
p = subprocess.Popen(['sh', '-c', 'echo one; echo two; echo three'], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.read(3), p.stdout.read(), p.wait())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b'via communicate'), p.returncode)
try:
    p.communicate(b'again')
except ValueError as e:
    print('ValueError', e)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e)
p.kill()
print(p.wait(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, repr(subprocess.Popen(['true'], stdout=subprocess.DEVNULL)).startswith('<Popen: returncode: None'))
p = subprocess.Popen(['sh', '-c', 'echo $0', 'zero'], stdout=subprocess.PIPE)
print(p.communicate()[0], p.args)
path = tempfile.mktemp()
with open(path, 'w') as f:
    f.write('first\n')
    f.flush()
    subprocess.run(['echo', 'from child'], stdout=f)
    f.write('last\n')
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
os.remove(path)
sys.stdout.write('flushed before the child\n')
sys.stdout.flush()
subprocess.run(['echo', 'child after'])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(subprocess.CalledProcessError(-9, ['x']), subprocess.CalledProcessError(-99, 'y'),
      subprocess.TimeoutExpired('cmd', 1.5), subprocess.CompletedProcess('a', 1, 'o', 'e'))
