"""The breadth sweep, NumPy side (see README.md): same cases and timing as run.mjs; writes py.json."""
import os
import json, sys, time, re, numpy as np
rng0 = np.random.default_rng(1)
U = lambda n, lo=-1, hi=1: rng0.uniform(lo, hi, n)
a = U(1000000); b = U(1000000); f = a.astype(np.float32); z = a + 1j * b
i = rng0.integers(-1000, 1000, 1000000, dtype=np.int32); l = rng0.integers(-1000, 1000, 1000000); u = rng0.integers(0, 100, 1000000, dtype=np.uint8); h = a.astype(np.float16)
m = a > 0; m2 = b > 0; M = U(1000000).reshape(1000, 1000); Mb = M > 0
s = rng0.integers(0, 1000, 1000000); s2 = rng0.integers(0, 1000, 1000000); s3 = rng0.integers(0, 2000, 10000); s4 = rng0.integers(0, 4, 1000000)
b1 = np.abs(b); edges = np.linspace(-1, 1, 50); srt = np.linspace(-1, 1, 10000)
T3 = U(1000000).reshape(100, 100, 100); idx1k = rng0.integers(0, 1000, 1000); a2 = a.copy(); idx = rng0.integers(0, 1000000, 1000000)
IM = np.argsort(M, 1); a1k = U(1000); b1k = U(1000); S = U(40000).reshape(200, 200); S1 = U(1000).reshape(200, 5); S100 = U(10000).reshape(100, 100)
X = U(90000).reshape(300, 300); P = X @ X.T + 300 * np.eye(300)
C = U(1000000).reshape(100, 10000); p10 = U(10); V3 = U(300000).reshape(100000, 3); V3b = U(300000).reshape(100000, 3)
a65 = U(65536); M512 = U(512 * 512).reshape(512, 512); rng = np.random.default_rng(0)
list1e5 = a[:100000].tolist(); M100 = U(10000).reshape(100, 100); HERE = os.path.dirname(os.path.abspath(__file__)); SW_IN = os.path.join(HERE, 'sw_in.txt'); SW_OUT = os.path.join(__import__('tempfile').gettempdir(), 'numtype-sweep-py.txt'); np.savetxt(SW_IN, M100); bytes8 = a.tobytes()
only = re.compile(sys.argv[1]) if len(sys.argv) > 1 else None
out = {}
for line in open(os.path.join(HERE, 'cases.txt')).read().strip().split('\n'):
    name, js, py = line.split('|')
    if only and not only.search(name): continue
    try:
        fn = eval('lambda: ' + py); fn()
    except Exception as e:
        out[name] = {'error': str(e)[:100]}; continue
    n = 1
    while True:
        t0 = time.perf_counter()
        for k in range(n): fn()
        t = (time.perf_counter() - t0) * 1e3
        if t > 20: break
        n *= 2
    ts = []
    for r in range(5):
        t0 = time.perf_counter()
        for k in range(n): fn()
        ts.append((time.perf_counter() - t0) * 1e3 / n)
    ts.sort(); out[name] = {'ms': ts[2]}
json.dump(out, open(os.path.join(HERE, 'py.json'), 'w'))
