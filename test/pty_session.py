"""Run a command in a pseudo-terminal and type lines into it, one at a time, each after the
previous prompt appeared; print what the terminal showed as JSON. Used by test/unit/repl.test.mjs
to drive both python3's REPL and pyheap's the same way.

usage: python3 test/pty_session.py JSON   where JSON = {"argv": [...], "lines": [...], "timeout": s}
A line may be {"ctrl": "c"} or {"ctrl": "d"} to send Ctrl-C / Ctrl-D instead of text, or
{"busy": "text", "seconds": s} for a line after which no prompt comes for s seconds (running code).
"""
import json, os, pty, re, select, sys, time

job = json.loads(sys.argv[1])
PROMPT = re.compile(r'(>>> |\.\.\. )$')
ANSI = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]')

pid, fd = pty.fork()
if pid == 0:
    env = dict(os.environ, TERM='dumb', PYTHONSTARTUP='')
    os.execvpe(job['argv'][0], job['argv'], env)

out = b''
def read_until_prompt(timeout):
    global out
    end = time.time() + timeout
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            out += chunk
            text = ANSI.sub('', out.decode('utf-8', 'replace'))
            if PROMPT.search(text):
                # wait a moment: more output may follow the prompt-looking text
                r2, _, _ = select.select([fd], [], [], 0.15)
                if not r2:
                    return True
    return False

timeout = job.get('timeout', 20)
read_until_prompt(timeout)
def pump(seconds):
    global out
    end = time.time() + seconds
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                out += os.read(fd, 65536)
            except OSError:
                return

for line in job['lines']:
    if isinstance(line, dict) and 'busy' in line:
        # a line that starts long-running code: no prompt is expected for a while
        os.write(fd, line['busy'].encode() + b'\r')
        pump(line.get('seconds', 1.5))
        continue
    if isinstance(line, dict):
        os.write(fd, {'c': b'\x03', 'd': b'\x04'}[line['ctrl']])
    else:
        os.write(fd, line.encode() + b'\r')
    if not read_until_prompt(timeout):
        break
status = None
end = time.time() + timeout
while time.time() < end:
    done, st = os.waitpid(pid, os.WNOHANG)
    if done:
        status = os.waitstatus_to_exitcode(st)
        break
    r, _, _ = select.select([fd], [], [], 0.05)
    if r:
        try:
            chunk = os.read(fd, 65536)
            if chunk:
                out += chunk
        except OSError:
            pass
if status is None:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
print(json.dumps({'output': out.decode('utf-8', 'replace'), 'status': status}))
