#!/usr/bin/env python3
# Summarises the JIT's compiles of one method from a HotSpot compile log:
#
#   ./pyjit ... with PYJIT_JAVA_OPTS='-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation
#       -XX:LogFile=/tmp/c.log'
#   tools/perf/loop-compiles.py /tmp/c.log                 every compile of Interpreter.loop
#   tools/perf/loop-compiles.py /tmp/c.log --inlining ID   what compile ID inlined, and why not
#   tools/perf/loop-compiles.py /tmp/c.log --method 'Frame push'
#
# For each compile: its id, tier (3 = C1 with full profiling, 4 = C2), standard or OSR, when
# it was queued and installed (seconds of the process's clock), the method's invocation count
# at the request, the code size, and when and why it was made not entrant; then the
# uncommon traps taken in the C2 code, with the inlining chain (bytecode index and method,
# innermost first). A trap whose innermost frame is the loop at a tableswitch is a switch case
# the compile had left out (docs/internals/interpreter.md, "Warm-up"); `javap -c -l` of the
# class maps the index to a source line.
import re
import sys


def attr(text, name):
    m = re.search(r"\b%s='([^']*)'" % name, text)
    return m.group(1) if m else None


def short(method):
    # "org.pyjit.interp.Interpreter loop (...)..." -> "Interpreter.loop"
    parts = method.split(' ')
    return parts[0].rsplit('.', 1)[-1] + '.' + (parts[1] if len(parts) > 1 else '?')


def compiles(log, wanted):
    found = {}
    for m in re.finditer(r"<task_queued ([^>]*)>", log):
        a = m.group(1)
        method = attr(a, 'method') or ''
        if wanted not in method:
            continue
        found[attr(a, 'compile_id')] = {
            'level': attr(a, 'level') or '4', 'kind': 'osr' if attr(a, 'osr_bci') else 'std',
            'queued': attr(a, 'stamp'), 'count': attr(a, 'count'),
            'installed': '-', 'size': '-', 'ended': ''}
    for m in re.finditer(r"<nmethod ([^>]*)>", log):
        c = found.get(attr(m.group(1), 'compile_id'))
        if c is not None:
            c['installed'] = attr(m.group(1), 'stamp')
            c['size'] = attr(m.group(1), 'size')
    for m in re.finditer(r"<make_not_entrant ([^>]*)/>", log):
        c = found.get(attr(m.group(1), 'compile_id'))
        if c is not None:
            c['ended'] = 'not entrant at %s (%s)' % (attr(m.group(1), 'stamp'),
                                                     attr(m.group(1), 'reason') or 'trap')
    return found


def traps(log, found):
    for m in re.finditer(r"<uncommon_trap thread=([^>]*)>(.*?)</uncommon_trap>", log, re.S):
        a, body = m.groups()
        if attr(a, 'compile_id') not in found:
            continue
        chain = ['%s@%s' % (short(meth), bci)
                 for bci, meth in re.findall(r"<jvms bci='(\d+)' method='([^']*)'", body)]
        yield (attr(a, 'stamp'), attr(a, 'compile_id'), attr(a, 'reason'), attr(a, 'action'),
               chain)


def inlining(log, cid):
    m = re.search(r"<task compile_id='%s'[^>]*>(.*?)</task>" % cid, log, re.S)
    if m is None:
        sys.exit('no compile %s in the log' % cid)
    body = m.group(1)
    klass = {k: n.rsplit('/', 1)[-1] for k, n in re.findall(r"<klass id='(\d+)' name='([^']*)'", body)}
    method = {}
    for i, holder, name, size in re.findall(
            r"<method id='(\d+)' holder='(\d+)' name='([^']*)'[^>]*? bytes='(\d+)'", body):
        method[i] = ('%s::%s' % (klass.get(holder, '?'), name.replace('&lt;', '<').replace('&gt;', '>')), int(size))
    depth, callee = 0, None
    for t in re.finditer(r"<parse method='\d+'[^>]*>|</parse>|<call method='(\d+)'|"
                         r"<inline_(success|fail)(?: reason='([^']*)')?", body):
        text = t.group(0)
        if text.startswith('<parse'):
            depth += 1
        elif text == '</parse>':
            depth -= 1
        elif t.group(1):
            callee = t.group(1)
        elif callee is not None:
            name, size = method.get(callee, ('?', 0))
            reason = (t.group(3) or '').replace('&gt;', '>')
            print('%s%5d %s: %s%s' % ('  ' * (depth - 1), size, name, t.group(2),
                                      ' (' + reason + ')' if reason else ''))
            callee = None


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__ or 'usage: loop-compiles.py LOG [--inlining ID] [--method TEXT]')
    log = open(argv[1], errors='replace').read()
    wanted = 'org.pyjit.interp.Interpreter loop '
    if '--method' in argv:
        wanted = argv[argv.index('--method') + 1]
    if '--inlining' in argv:
        inlining(log, argv[argv.index('--inlining') + 1])
        return
    found = compiles(log, wanted)
    for cid, c in found.items():
        print('compile %s tier %s %s queued %s (count %s) installed %s size %s %s' % (
            cid, c['level'], c['kind'], c['queued'], c['count'], c['installed'], c['size'],
            c['ended']))
    for stamp, cid, reason, action, chain in traps(log, found):
        print('  trap at %s in compile %s: %s (%s) %s' % (stamp, cid, reason, action,
                                                        ' <- '.join(chain)))


if __name__ == '__main__':
    main(sys.argv)
