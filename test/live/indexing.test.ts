/**
 * Live differential test of indexing against NumPy: random arrays (strided,
 * transposed, negative-stride views), random index expressions (ints, slices,
 * None, ..., integer arrays, boolean masks) for get and set. All cases go to
 * python3 in one batch. Replay one case with NUMTYPE_LIVE_SEED=<seed> (and
 * NUMTYPE_LIVE_CASES=1).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { flatValues, jsValue } from '../_core/indexing.util.js';
import { decode, hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20250601);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 2500);

interface Geometry {
  shape: number[];
  dtype: string;
  order: 'C' | 'F';
  pre: string | null;
  axes: number[] | null;
}

type Item =
  | { t: 'int'; v: number }
  | { t: 'slice'; v: (number | null)[] }
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'array'; v: unknown[] }
  | { t: 'bool'; v: boolean };

interface Case {
  seed: number;
  geometry: Geometry;
  items: Item[];
  expr: string;
  style: 'native' | 'string' | 'pieces';
  value:
    | { kind: 'int' | 'float'; v: number }
    | {
        kind: 'shape';
        drop: number;
        ones: number[];
        bad: boolean;
        float: boolean;
        as: 'list' | 'array';
      };
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Input: a C/F array of 0–4 axes, maybe sliced (with negative steps) and transposed.
  const nd0 = int(0, 4);
  const shape = Array.from({ length: nd0 }, () => (rnd() < 0.06 ? 0 : int(1, 5)));
  const pre =
    nd0 > 0 && rnd() < 0.5
      ? shape
          .map((n) => (rnd() < 0.5 ? ':' : `${int(-n, n) || ''}::${pick([1, 2, -1, -2])}`))
          .join(', ')
      : null;
  const geometry: Geometry = {
    shape,
    dtype: pick(['int64', 'int64', 'float64', 'int16']),
    order: rnd() < 0.3 ? 'F' : 'C',
    pre,
    axes: null,
  };
  const a = buildInput(geometry).a;
  if (a.ndim > 1 && rnd() < 0.4) {
    const axes = a.shape.map((_, i) => i);
    for (let i = axes.length - 1; i > 0; i--) {
      const j = int(0, i);
      [axes[i], axes[j]] = [axes[j]!, axes[i]!];
    }
    geometry.axes = axes;
  }
  const s = buildInput(geometry).a.shape;
  const n = s.length;
  // Index: k axis-consuming items, maybe an ellipsis, maybe newaxes.
  const k = rnd() < 0.04 ? n + 1 : int(0, n);
  const withEllipsis = rnd() < 0.3;
  const ellAt = int(0, k);
  const axisOf = (i: number) => (withEllipsis && i >= ellAt ? n - (k - i) : i);
  const items: Item[] = [];
  const advanced = rnd() < 0.45;
  for (let i = 0; i <= k; i++) {
    if (withEllipsis && i === ellAt) items.push({ t: 'ellipsis' });
    while (rnd() < 0.12) items.push({ t: 'none' });
    if (i === k) break;
    const size = s[axisOf(i)] ?? 3;
    const anIndex = () =>
      rnd() < 0.04 ? pick([size, -size - 1, size + 3]) : size === 0 ? 0 : int(-size, size - 1);
    const r = rnd();
    if (r < 0.3) items.push({ t: 'int', v: anIndex() });
    else if (!advanced || r < 0.75) {
      const bound = () => (rnd() < 0.3 ? null : int(-size - 2, size + 2));
      const step = rnd() < 0.4 ? null : rnd() < 0.02 ? 0 : pick([1, 2, 3, -1, -2, -3]);
      items.push({ t: 'slice', v: [bound(), bound(), step] });
    } else if (r < 0.9) {
      const len = int(0, 3);
      const row = () => Array.from({ length: len }, anIndex);
      items.push({ t: 'array', v: rnd() < 0.25 ? [row(), row()] : row() });
    } else if (r < 0.97) {
      const len = rnd() < 0.9 ? size : size + 1;
      items.push({ t: 'array', v: Array.from({ length: len }, () => rnd() < 0.5) });
    } else items.push({ t: 'bool', v: rnd() < 0.7 });
  }
  const value: Case['value'] =
    rnd() < 0.3
      ? rnd() < 0.5
        ? { kind: 'int', v: int(-300, 300) }
        : { kind: 'float', v: int(-100, 100) + 0.5 }
      : {
          kind: 'shape',
          drop: int(0, 2),
          ones: [int(0, 3)],
          bad: rnd() < 0.08,
          float: rnd() < 0.3,
          as: rnd() < 0.5 ? 'list' : 'array',
        };
  const style = pick(['native', 'native', 'string', 'pieces'] as const);
  return { seed, geometry, items, expr: items.map(pyItem).join(', ') || '()', style, value };
}

const pyList = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(pyList).join(', ')}]`
    : typeof v === 'boolean'
      ? v
        ? 'True'
        : 'False'
      : String(v);

function pyItem(it: Item): string {
  switch (it.t) {
    case 'int':
      return String(it.v);
    case 'slice':
      return it.v.map((b) => (b === null ? '' : String(b))).join(':');
    case 'none':
      return 'None';
    case 'ellipsis':
      return '...';
    case 'array':
      return pyList(it.v);
    case 'bool':
      return it.v ? 'True' : 'False';
  }
}

function jsItem(it: Item): np.IndexItem {
  switch (it.t) {
    case 'int':
      return it.v;
    case 'slice':
      return new np.Slice(...(it.v as [number | null, number | null, number | null]));
    case 'none':
      return np.newaxis;
    case 'ellipsis':
      return '...';
    case 'array':
      return it.v;
    case 'bool':
      return it.v;
  }
}

function indexItems(c: Case): np.IndexItem[] {
  if (c.style === 'string') return c.items.length ? [c.expr] : [];
  if (c.style === 'pieces') return c.items.map(pyItem);
  return c.items.map(jsItem);
}

function buildInput(g: Geometry): { root: np.NDArray; a: np.NDArray } {
  const n = g.shape.reduce((x, y) => x * y, 1);
  const vals = Array.from({ length: n }, (_, k) => (g.dtype === 'float64' ? k + 0.25 : k));
  const root = np.array(vals, { dtype: g.dtype as np.DTypeLike });
  let a = root.reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.axes !== null) a = a.transpose(g.axes);
  return { root, a };
}

const PY = `
import math
cases = json.load(sys.stdin)

def build(g):
    n = math.prod(g['shape'])
    x = np.arange(n)
    root = (x + 0.25 if g['dtype'] == 'float64' else x).astype(g['dtype'])
    a = root.reshape(g['shape'], order=g['order'])
    if g['pre'] is not None:
        a = eval('a[' + g['pre'] + ']', {'a': a})
    if g['axes'] is not None:
        a = a.transpose(g['axes'])
    return root, a

def enc(v):
    return [enc(x) for x in v] if isinstance(v, list) else (None if isinstance(v, float) and v != v else v)

def err(e):
    return {'error': type(e).__name__, 'message': str(e)}

out = []
for c in cases:
    res = {}
    root, a = build(c['geometry'])
    env = {'a': a}
    try:
        r = eval('a[' + c['expr'] + ']', env)
        if isinstance(r, np.generic):
            r, view = np.asarray(r), True
        else:
            view = r.base is root
        res['get'] = {'shape': list(r.shape), 'strides': list(r.strides), 'values': enc(r.ravel().tolist()), 'view': view}
        shape = list(r.shape)
    except Exception as e:
        res['get'] = err(e)
        shape = []
    v = c['value']
    if v['kind'] == 'int':
        value = v['v']
    elif v['kind'] == 'float':
        value = float(v['v'])
    else:
        vs = shape[v['drop']:]
        for i in v['ones']:
            if i < len(vs):
                vs[i] = vs[i] + 1 if v['bad'] else 1
        x = np.arange(math.prod(vs)).reshape(vs) - 3
        value = x * 0.5 + 0.25 if v['float'] else x
        res['value'] = {'shape': vs, 'list': value.ravel().tolist()}
        if v['as'] == 'list':
            value = value.tolist()
    root, a = build(c['geometry'])
    try:
        exec('a[' + c['expr'] + '] = value', {'a': a, 'value': value})
        res['set'] = {'values': enc(root.tolist())}
    except Exception as e:
        res['set'] = err(e)
    out.append(res)
print(json.dumps(out))
`;

function outcome(f: () => unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

describe('indexing agrees with NumPy on random cases', {
  skip: !hasNumpy() && 'python3 with NumPy is not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
  const results = hasNumpy() ? pyJSON<any[]>(PY, JSON.stringify(cases)) : [];
  const where = (c: Case) =>
    `seed ${c.seed}: input ${JSON.stringify(c.geometry)}, index [${c.expr}] (${c.style})`;

  it(`get: ${CASES} cases`, () => {
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const exp = results[i].get;
      const { root, a } = buildInput(c.geometry);
      const got = outcome(() => a.get(...indexItems(c)));
      try {
        if ('error' in exp)
          assert.equal(got.ok ? 'no error' : got.error, `${exp.error}: ${exp.message}`);
        else {
          assert.ok(got.ok, got.ok ? '' : got.error);
          const r = got.value as np.NDArray;
          assert.deepStrictEqual(r.shape, exp.shape, 'shape');
          if (r.size > 0) assert.deepStrictEqual(r.strides, exp.strides, 'strides');
          assert.deepStrictEqual(
            flatValues(r),
            decode(exp.values).map((x: unknown) => (x === null ? Number.NaN : x)),
            'values',
          );
          assert.equal(r.base === root, exp.view, 'view');
        }
      } catch (e) {
        failures.push(`${where(c)}\n  ${(e as Error).message.split('\n').join('\n  ')}`);
      }
    });
    assert.equal(
      failures.length,
      0,
      `${failures.length} failures:\n${failures.slice(0, 10).join('\n')}`,
    );
  });

  it(`set: ${CASES} cases`, () => {
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const res = results[i];
      const { root, a } = buildInput(c.geometry);
      let value: unknown;
      if (c.value.kind !== 'shape') value = c.value.v;
      else {
        const { shape, list } = res.value;
        const flat = np.array(list, { dtype: c.value.float ? 'float64' : 'int64' }).reshape(shape);
        value = c.value.as === 'list' ? flat.tolist() : flat;
      }
      const got = outcome(() => a.set(...indexItems(c), value));
      const exp = res.set;
      try {
        if ('error' in exp)
          assert.equal(got.ok ? 'no error' : got.error, `${exp.error}: ${exp.message}`);
        else {
          assert.ok(got.ok, got.ok ? '' : got.error);
          const want = np.array(jsValue(exp.values), { dtype: root.dtype });
          assert.deepStrictEqual(flatValues(root), flatValues(want), 'values');
        }
      } catch (e) {
        failures.push(
          `${where(c)} = ${JSON.stringify(c.value)}\n  ${(e as Error).message.split('\n').join('\n  ')}`,
        );
      }
    });
    assert.equal(
      failures.length,
      0,
      `${failures.length} failures:\n${failures.slice(0, 10).join('\n')}`,
    );
  });
});
