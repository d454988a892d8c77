/**
 * Live round trips with NumPy for every dtype: python3 writes (.npy v1/v2/v3, big-endian,
 * Fortran, .npz stored/deflated, savetxt, tofile) and numtype reads; numtype writes and
 * python3 reads; both compared bit for bit. Seeded random data (NUMTYPE_LIVE_SEED).
 * Also measures save/load of a 100 MB float64 array against NumPy (ratio of the medians of
 * back-to-back rounds; printed, and bounded loosely because shared machines are noisy).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, NUMERIC_DTYPES, pyJSON } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20251122);
const DTYPES = [...NUMERIC_DTYPES, 'U7', 'S5'];
const tmp = mkdtempSync(path.join(tmpdir(), 'numtype-npyio-live-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Python that builds seeded random arrays of every dtype (shape varies per dtype). */
const MAKE = `
def make(dt, seed):
    rng = np.random.default_rng(seed)
    shape = [(5,), (3, 4), (2, 3, 2), (0, 3), ()][seed % 5]
    n = int(np.prod(shape))
    if dt == 'bool': a = rng.integers(0, 2, n).astype(bool)
    elif dt[0] in 'iu': a = rng.integers(np.iinfo(dt).min, np.iinfo(dt).max, n, dtype=dt, endpoint=True)
    elif dt[0] == 'f': a = (rng.standard_normal(n) * 10.0 ** rng.integers(-5, 5, n)).astype(dt)
    elif dt[0] == 'c': a = (rng.standard_normal(n) + 1j * rng.standard_normal(n)).astype(dt)
    elif dt[0] == 'U': a = np.array([''.join(chr(c) for c in rng.integers(32, 0x3000, rng.integers(0, 8))) for _ in range(n)], dtype=dt)
    else: a = np.array([bytes(rng.integers(0, 256, rng.integers(0, 6)).astype('u1')) for _ in range(n)], dtype=dt)
    return a.reshape(shape)
def native(a):
    dt = a.dtype.newbyteorder('<') if a.dtype.byteorder == '>' else a.dtype
    return np.ascontiguousarray(a.astype(dt))
`;

describe('live npyio round trips with NumPy', { skip: !hasNumpy() }, () => {
  it('NumPy writes every dtype (versions, big-endian, Fortran, npz), numtype reads', () => {
    const out = pyJSON(
      `${MAKE}
d = sys.argv[1] if len(sys.argv) > 1 else ${JSON.stringify(tmp)}
res = []
for i, dt in enumerate(${JSON.stringify(DTYPES)}):
    a = make(dt, ${SEED} + i)
    variants = {'c': a, 'f': np.asfortranarray(a), 'be': a.astype(a.dtype.newbyteorder('>'))}
    for k, v in variants.items():
        for ver in [(1, 0), (2, 0), (3, 0)]:
            p = f'{d}/py_{i}_{k}_{ver[0]}.npy'
            with open(p, 'wb') as f:
                np.lib.format.write_array(f, v, version=ver)
            res.append({'file': p, 'dtype': str(native(v).dtype), 'shape': list(v.shape), 'hex': native(v).tobytes().hex()})
    np.savez(f'{d}/py_{i}.npz', a, x=a)
    np.savez_compressed(f'{d}/py_{i}c.npz', a, x=a)
    res.append({'npz': [f'{d}/py_{i}.npz', f'{d}/py_{i}c.npz'], 'dtype': str(a.dtype), 'shape': list(a.shape), 'hex': native(a).tobytes().hex()})
print(json.dumps(res))`,
    );
    for (const r of out) {
      if (r.npz) {
        for (const p of r.npz) {
          const z = np.load(p) as np.NpzFile;
          assert.deepEqual(z.files, ['x', 'arr_0']);
          for (const k of z.files) {
            const a = z.get(k) as np.NDArray;
            assert.equal(String(a.dtype), r.dtype);
            assert.equal(hex(a.tobytes()), r.hex, `${p}:${k}`);
          }
        }
        continue;
      }
      const a = np.load(r.file);
      assert.equal(String(a.dtype), r.dtype, r.file);
      assert.deepEqual(a.shape, r.shape, r.file);
      assert.equal(hex(a.tobytes()), r.hex, r.file);
      const m = np.load(r.file, { mmap_mode: 'r' });
      assert.equal(hex(m.get('...').tobytes()), r.hex, `${r.file} (mmap)`);
    }
  });

  it('numtype writes every dtype, NumPy reads the same bits', () => {
    const made = pyJSON(
      `${MAKE}
res = []
for i, dt in enumerate(${JSON.stringify(DTYPES)}):
    a = make(dt, ${SEED} + 100 + i)
    res.append({'dtype': str(a.dtype), 'shape': list(a.shape), 'hex': native(a).tobytes().hex()})
print(json.dumps(res))`,
    );
    const files: { file: string; hex: string; dtype: string; shape: number[]; key?: string }[] = [];
    made.forEach((r: { dtype: string; shape: number[]; hex: string }, i: number) => {
      const bytes = Buffer.from(r.hex, 'hex');
      const a = np.frombuffer(bytes, { dtype: r.dtype }).reshape(r.shape).copy();
      const variants: [string, np.NDArray][] = [
        ['c', a],
        ['f', a.ndim > 1 ? a.T.copy().T : a],
        ['v', a.ndim > 1 ? a.get('::-1') : a],
      ];
      for (const [k, v] of variants) {
        for (const ver of [1, 2, 3]) {
          const p = path.join(tmp, `js_${i}_${k}_${ver}.npy`);
          const b = np.npy.encode(v, { version: [ver, 0] });
          writeFileSync(p, b);
          files.push({ file: p, hex: hex(v.tobytes()), dtype: r.dtype, shape: v.shape });
        }
      }
      const pz = path.join(tmp, `js_${i}`);
      np.savez(pz, a, { x: a });
      np.savez_compressed(`${pz}c`, a, { x: a });
      for (const z of [`${pz}.npz`, `${pz}c.npz`])
        for (const key of ['arr_0', 'x'])
          files.push({ file: z, key, hex: r.hex, dtype: r.dtype, shape: r.shape });
      const ps = path.join(tmp, `js_${i}_save`);
      np.save(ps, a);
      files.push({ file: `${ps}.npy`, hex: r.hex, dtype: r.dtype, shape: r.shape });
    });
    const got = pyJSON(
      `${MAKE}
out = []
for f in json.load(sys.stdin):
    if f.get('key'):
        with np.load(f['file']) as z: a = z[f['key']]
    else:
        a = np.load(f['file'])
    out.append({'dtype': str(native(a).dtype), 'shape': list(a.shape), 'hex': native(a).tobytes().hex()})
print(json.dumps(out))`,
      JSON.stringify(files),
    );
    files.forEach((f, k) => {
      assert.equal(got[k].dtype, f.dtype, f.file);
      assert.deepEqual(got[k].shape, f.shape, f.file);
      assert.equal(got[k].hex, f.hex, `${f.file} ${f.key ?? ''}`);
    });
  });

  it('structured dtypes both ways: same bytes as np.save, NumPy reads what numtype writes', () => {
    const SPECS = [
      "[('name', '<U10'), ('age', '<i4'), ('weight', '<f4')]",
      "[('pos', '<f8', (3,)), ('id', '<u2'), ('inner', [('a', 'i1'), ('b', '<c16')])]",
      "np.dtype({'names': ['a', 'b'], 'formats': ['i1', '<f8'], 'offsets': [0, 8], 'itemsize': 24})",
      "np.dtype([('x', 'i1'), ('y', '<f4')], align=True)",
    ];
    const made = pyJSON<{ file: string; hex: string }[]>(
      `import io
out = []
for i, spec in enumerate(${JSON.stringify(SPECS)}):
    dt = np.dtype(eval(spec))
    a = np.zeros((2, 3), dtype=dt)
    raw = np.random.default_rng(${SEED} + i).integers(0, 256, a.nbytes, dtype=np.uint8)
    a = raw.view(dt).reshape(2, 3).copy()
    for name in dt.names:
        if dt[name].kind in 'fc' or (dt[name].fields and any(dt[name][n].kind in 'fc' for n in dt[name].names)):
            a[name] = 0.5  # no NaN payloads in float fields
        if dt[name].kind == 'U':
            a[name] = 'abc'
    p = '${tmp}/py_rec_%d.npy' % i
    np.save(p, a)
    with open(p, 'rb') as f: out.append({'file': p, 'hex': f.read().hex()})
print(json.dumps(out))`,
    );
    const back: { file: string }[] = [];
    made.forEach((m, i) => {
      const a = np.load(m.file) as np.NDArray;
      // numtype re-encodes NumPy's array to the very same file bytes.
      assert.equal(hex(np.npy.encode(a)), m.hex, `spec ${i}`);
      const p = path.join(tmp, `js_rec_${i}.npy`);
      np.save(p, a.get('::-1'));
      back.push({ file: p });
    });
    const ok = pyJSON<boolean[]>(
      `out = []
for i, f in enumerate(json.load(sys.stdin)):
    a = np.load('${tmp}/py_rec_%d.npy' % i)
    b = np.load(f['file'])
    # Padding bytes between fields are unspecified: compare the fields.
    out.append(bool(b.dtype == a.dtype and all(b[n].tobytes() == a[::-1][n].tobytes() for n in a.dtype.names)))
print(json.dumps(out))`,
      JSON.stringify(back),
    );
    assert.deepEqual(
      ok,
      SPECS.map(() => true),
    );
  });

  it('savetxt / loadtxt / tofile / fromfile both ways on random floats and ints', () => {
    const rnd = np.random.default_rng(SEED);
    const scale = np.power(10, (rnd.integers(-8, 8, [20, 4]) as np.NDArray).astype('float64'));
    const f = (rnd.standard_normal([20, 4]) as np.NDArray).mul(scale);
    const i = rnd.integers(-(2 ** 40), 2 ** 40, [7, 3]) as np.NDArray;
    const pf = path.join(tmp, 'f.txt');
    const pi = path.join(tmp, 'i.csv');
    const pb = path.join(tmp, 'b.bin');
    const pt = path.join(tmp, 't.txt');
    np.savetxt(pf, f);
    np.savetxt(pi, i, { fmt: '%d', delimiter: ',' });
    f.tofile(pb);
    f.tofile(pt, ' ', '%.17g');
    const r = pyJSON(`
f = np.loadtxt(${JSON.stringify(pf)})
i = np.loadtxt(${JSON.stringify(pi)}, delimiter=',', dtype='i8')
b = np.fromfile(${JSON.stringify(pb)})
t = np.fromfile(${JSON.stringify(pt)}, sep=' ')
np.savetxt(${JSON.stringify(pf)}+'.py', f, fmt='%.6g')
print(json.dumps({'f': f.tobytes().hex(), 'i': i.tobytes().hex(), 'b': b.tobytes().hex(), 't': t.tobytes().hex()}))`);
    assert.equal(r.f, hex(f.tobytes()));
    assert.equal(r.i, hex(i.tobytes()));
    assert.equal(r.b, hex(f.tobytes()));
    assert.equal(r.t, hex(f.tobytes()));
    const back = np.loadtxt(`${pf}.py`);
    const want = pyJSON(
      `print(json.dumps(np.loadtxt(${JSON.stringify(`${pf}.py`)}).tobytes().hex()))`,
    );
    assert.equal(hex(back.tobytes()), want);
  });

  it('savetxt formats random floats (ties, huge, tiny) and ints exactly as NumPy', () => {
    const rnd = np.random.default_rng(SEED + 7);
    const parts = [
      (rnd.integers(-4000, 4000, 200) as np.NDArray).astype('float64').div(8),
      (rnd.standard_normal(200) as np.NDArray).mul(
        np.power(10, (rnd.integers(-30, 30, 200) as np.NDArray).astype('float64')),
      ),
      np.array(
        [0, -0.0, 0.5, 1.5, 2.5, 1e22, 1e300, 5e-324, 123456789012345680000, Number.NaN, -Infinity],
        {
          dtype: 'float64',
        },
      ),
    ];
    const x = np.concatenate(parts);
    const fmts = [
      '%.0f',
      '%.1f',
      '%.3e',
      '%g',
      '%.10g',
      '%12.4f',
      '%-+10.2e',
      '%#g',
      '%.0e',
      '%G',
      '%.17g',
      '%.20f',
      '%.25e',
      '%s',
      '%r',
    ];
    const ints = rnd.integers(-(2 ** 62), 2 ** 62, 50) as np.NDArray;
    const ifmts = ['%d', '%+08d', '%x', '%#o', '%X', '%-12i', '%.3e', '%s'];
    const px = path.join(tmp, 'x.npy');
    const pi = path.join(tmp, 'ints.npy');
    np.save(px, x);
    np.save(pi, ints);
    const want = pyJSON<{ f: string[]; i: string[] }>(`
import io
def fmt(a, f):
    b = io.StringIO(); np.savetxt(b, a, fmt=f); return b.getvalue()
x = np.load(${JSON.stringify(px)}); i = np.load(${JSON.stringify(pi)})
print(json.dumps({'f': [fmt(x, f) for f in ${JSON.stringify(fmts)}], 'i': [fmt(i, f) for f in ${JSON.stringify(ifmts)}]}))`);
    const p = path.join(tmp, 'fmt.txt');
    fmts.forEach((f, k) => {
      np.savetxt(p, x, { fmt: f });
      assert.equal(readFileSync(p, 'utf8'), want.f[k], f);
    });
    ifmts.forEach((f, k) => {
      np.savetxt(p, ints, { fmt: f });
      assert.equal(readFileSync(p, 'utf8'), want.i[k], f);
    });
  });

  it('loadtxt / genfromtxt on random tables (delimiters, comments, blanks, usecols, dtypes)', () => {
    let s = SEED >>> 0;
    const rnd = () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const cases: { lines: string[]; fn: string; kw: Record<string, unknown> }[] = [];
    for (let k = 0; k < 150; k++) {
      const dtype = pick(['float64', 'int64', 'float32', 'complex128', 'U', 'uint8', 'int32']);
      const delim = pick([null, ',', ';', '\t']);
      const rows = 1 + Math.floor(rnd() * 5);
      const cols = 1 + Math.floor(rnd() * 4);
      const cell = () => {
        const r = rnd();
        if (dtype === 'U') return pick(['a', 'bc', 'x y', '7']);
        if (r < 0.03) return pick(['x', '', '1.5']);
        const v = Math.floor((rnd() - 0.5) * 2000);
        if (dtype === 'complex128')
          return pick([`${v}`, `${v}+${Math.abs(v) / 4}j`, `(${v}-1j)`, `${v / 8}j`]);
        if (dtype.startsWith('float'))
          return pick([`${v / 8}`, `${v}e-3`, 'nan', '-inf', ` ${v}.`]);
        return `${dtype === 'uint8' ? Math.abs(v) % 300 : v}`;
      };
      const lines: string[] = [];
      if (rnd() < 0.3) lines.push('# header line');
      for (let r = 0; r < rows; r++) {
        const fields = Array.from({ length: cols + (rnd() < 0.03 ? 1 : 0) }, cell);
        let line = fields.join(delim === null ? pick([' ', '  ', '\t']) : delim);
        if (rnd() < 0.2) line += ' # trailing';
        lines.push(line);
        if (rnd() < 0.1) lines.push('');
      }
      const kw: Record<string, unknown> = { dtype, delimiter: delim };
      if (rnd() < 0.3) kw.usecols = [Math.floor(rnd() * cols)];
      if (rnd() < 0.2) kw.ndmin = pick([0, 1, 2]);
      const fn = dtype === 'U' || rnd() < 0.6 ? 'loadtxt' : 'genfromtxt';
      if (fn === 'loadtxt' && rnd() < 0.3) kw.skiprows = 1;
      if (fn === 'genfromtxt' && kw.dtype === 'U') kw.dtype = 'float64';
      cases.push({ lines, fn, kw });
    }
    const want = pyJSON<
      ({ hex: string; dtype: string; shape: number[] } | { err: [string, string] })[]
    >(
      `
import warnings; warnings.simplefilter('ignore')
out = []
for c in json.load(sys.stdin):
    try:
        a = getattr(np, c['fn'])(c['lines'], **c['kw'])
        out.append({'hex': np.ascontiguousarray(a).tobytes().hex(), 'dtype': str(a.dtype), 'shape': list(a.shape)})
    except Exception as e:
        out.append({'err': [type(e).__name__, str(e)]})
print(json.dumps(out))`,
      JSON.stringify(cases),
    );
    cases.forEach((c, k) => {
      const w = want[k]!;
      const fn = (c.fn === 'loadtxt' ? np.loadtxt : np.genfromtxt) as (
        ...a: unknown[]
      ) => np.NDArray;
      const label = `${c.fn} ${JSON.stringify(c.lines)} ${JSON.stringify(c.kw)}`;
      if ('err' in w) {
        assert.throws(
          () => fn(c.lines, c.kw),
          (e: Error) => e.name === w.err[0] && e.message === w.err[1],
          `${label}: expected ${w.err.join(': ')}`,
        );
        return;
      }
      const a = fn(c.lines, c.kw);
      assert.equal(String(a.dtype), w.dtype, label);
      assert.deepEqual(a.shape, w.shape, label);
      assert.equal(hex(a.tobytes()), w.hex, label);
    });
  });

  it('save/load of a 100 MB float64 array against NumPy (ratio of medians)', () => {
    const n = 12_500_000;
    const a = np.random.default_rng(0).random(n);
    const pj = path.join(tmp, 'bench_js.npy');
    const pp = path.join(tmp, 'bench_py.npy');
    const rounds = Number(process.env.NUMTYPE_BENCH_ROUNDS ?? 5);
    // NumPy's rounds in one process (start-up excluded), then numtype's, back to back.
    const theirs = pyJSON<{ save: number[]; load: number[] }>(`
import time
a = np.random.default_rng(0).random(${n})
np.save(${JSON.stringify(pp)}, a); np.load(${JSON.stringify(pp)})
s, l = [], []
for _ in range(${rounds}):
    t = time.perf_counter(); np.save(${JSON.stringify(pp)}, a); s.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter(); b = np.load(${JSON.stringify(pp)}); l.append((time.perf_counter() - t) * 1000)
print(json.dumps({'save': s, 'load': l}))`);
    const ours = { save: [] as number[], load: [] as number[] };
    np.save(pj, a);
    np.load(pj);
    for (let k = 0; k < rounds; k++) {
      let t = performance.now();
      np.save(pj, a);
      ours.save.push(performance.now() - t);
      t = performance.now();
      np.load(pj);
      ours.load.push(performance.now() - t);
    }
    const med = (x: number[]) => x.slice().sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
    const report = {
      save_ms: [med(ours.save), med(theirs.save)],
      load_ms: [med(ours.load), med(theirs.load)],
      save_ratio: med(ours.save) / med(theirs.save),
      load_ratio: med(ours.load) / med(theirs.load),
    };
    console.log(
      `npyio 100 MB float64 (numtype ms, NumPy ms, median ratio): ${JSON.stringify(report)}`,
    );
    // A sanity bound only: shared machines make timings noisy (the ratio is reported above).
    assert.ok(report.save_ratio < 20 && report.load_ratio < 20);
  });
});
