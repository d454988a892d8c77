"""NumPy side of the benchmark harness (bench/run.mjs): a long-lived python3 process.

Reads one JSON command per line on stdin and answers one JSON line on stdout:
  {"cmd": "setup", "setup": CODE, "op": STMT}  -> {"ok": true}   (fresh namespace with np)
  {"cmd": "calibrate", "target": SECONDS}       -> {"number": N}  (timeit.autorange-style)
  {"cmd": "run", "number": N}                   -> {"seconds": T} (one batch of N ops)
  {"cmd": "info"}                               -> {"numpy": VERSION, "python": VERSION}
Timing uses timeit.Timer (the statement runs in a compiled loop, garbage collector off).
"""
import json
import platform
import sys
import timeit

import numpy as np

timer = None


def reply(obj):
    sys.stdout.write(json.dumps(obj) + '\n')
    sys.stdout.flush()


for line in sys.stdin:
    msg = json.loads(line)
    try:
        if msg['cmd'] == 'setup':
            ns = {'np': np}
            exec(msg['setup'], ns)
            timer = timeit.Timer(msg['op'], globals=ns)
            timer.timeit(1)
            reply({'ok': True})
        elif msg['cmd'] == 'calibrate':
            number = 1
            while True:
                t = timer.timeit(number)
                if t >= msg['target'] or number >= 10**9:
                    break
                number = max(number * 2, int(number * msg['target'] / max(t, 1e-9) * 1.1))
            reply({'number': number})
        elif msg['cmd'] == 'run':
            reply({'seconds': timer.timeit(msg['number'])})
        elif msg['cmd'] == 'info':
            # the kernels NumPy dispatches to on this CPU (AVX-512 ones are much faster)
            from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

            simd = [d for d in __cpu_dispatch__ if __cpu_features__.get(d)]
            reply({'numpy': np.__version__, 'python': platform.python_version(), 'simd': simd})
        else:
            reply({'error': f"unknown command {msg['cmd']}"})
    except Exception as e:  # report, keep serving
        reply({'error': f'{type(e).__name__}: {e}'})
