/**
 * np.maximum and np.minimum on contiguous float64 / float32 blocks (array-array, array-value,
 * value-array), as the ufuncs' fast loops: WebAssembly SIMD (assembly/arith.ts MAXN / MINN)
 * from SMALL_N elements on, else a JS loop. Both give NumPy's bits at X86_V3: a NaN first
 * operand stays; otherwise a > b ? a : b (max) — so a NaN second operand and ties (±0) give
 * the second operand. A JS loop mispredicts that branch on random data (~9 ns an element,
 * NumPy ~0.5 ns); the SIMD select has no branch.
 * `maximumF64(new Float64Array([1, NaN]), new Float64Array([2, 0]), out)` sets out to [2, NaN].
 */
import { SMALL_N, wasmKernels } from './index.js';
import type { WasmKernels } from './wasm.js';

type F = Float64Array | Float32Array;
type Bin = (a: number, b: number, o: number, n: number) => number;
type Sca = (a: number, s: number, o: number, n: number) => number;
type RSca = (s: number, a: number, o: number, n: number) => number;

/** The JS lane: NaN a stays, else max(a, b) with ties to b (min alike). */
const maxLane = (a: number, b: number) => (Number.isNaN(a) ? a : a > b ? a : b);
const minLane = (a: number, b: number) => (Number.isNaN(a) ? a : a < b ? a : b);

function tooShort(): never {
  throw new RangeError('numtype kernels: an input is shorter than the output');
}

function pick(
  max: boolean,
  f32: boolean,
  n: number,
): { w: WasmKernels; view: F; t: string } | null {
  const w = n < SMALL_N ? null : wasmKernels();
  if (w === null) return null;
  return {
    w,
    view: f32 ? w.f32 : w.f64,
    t: `${f32 ? 'f32' : 'f64'}_${max ? 'maximum' : 'minimum'}`,
  };
}

function arrayArray(max: boolean, f32: boolean) {
  const lane = max ? maxLane : minLane;
  return (a: F, b: F, out: F): void => {
    const n = out.length;
    if (a.length < n || b.length < n) tooShort();
    const k = pick(max, f32, n);
    if (k === null) {
      for (let i = 0; i < n; i++) out[i] = lane(a[i]!, b[i]!);
      return;
    }
    const ex = k.w.ex as unknown as Record<string, Bin>;
    k.w.binary(
      ex[k.t]!,
      k.view as Float64Array,
      a as Float64Array,
      b as Float64Array,
      out as Float64Array,
    );
  };
}

function arrayValue(max: boolean, f32: boolean) {
  const lane = max ? maxLane : minLane;
  return (a: F, s: number, out: F): void => {
    const n = out.length;
    if (a.length < n) tooShort();
    const k = pick(max, f32, n);
    if (k === null) {
      for (let i = 0; i < n; i++) out[i] = lane(a[i]!, s);
      return;
    }
    const ex = k.w.ex as unknown as Record<string, Sca>;
    k.w.scalar(
      ex[`${k.t}_s`]!,
      false,
      k.view as Float64Array,
      a as Float64Array,
      s,
      out as Float64Array,
    );
  };
}

function valueArray(max: boolean, f32: boolean) {
  const lane = max ? maxLane : minLane;
  return (s: number, a: F, out: F): void => {
    const n = out.length;
    if (a.length < n) tooShort();
    const k = pick(max, f32, n);
    if (k === null) {
      for (let i = 0; i < n; i++) out[i] = lane(s, a[i]!);
      return;
    }
    const ex = k.w.ex as unknown as Record<string, RSca>;
    const name = `${k.t.slice(0, 3)}_s_${max ? 'maximum' : 'minimum'}`;
    k.w.scalar(ex[name]!, true, k.view as Float64Array, a as Float64Array, s, out as Float64Array);
  };
}

/** The fast loops of np.maximum / np.minimum for the ufunc definitions ('dd->d', 'ff->f'). */
export const maximumFast = {
  'dd->d': {
    aa: arrayArray(true, false),
    as: arrayValue(true, false),
    sa: valueArray(true, false),
  },
  'ff->f': { aa: arrayArray(true, true), as: arrayValue(true, true), sa: valueArray(true, true) },
};
export const minimumFast = {
  'dd->d': {
    aa: arrayArray(false, false),
    as: arrayValue(false, false),
    sa: valueArray(false, false),
  },
  'ff->f': {
    aa: arrayArray(false, true),
    as: arrayValue(false, true),
    sa: valueArray(false, true),
  },
};

/**
 * out[i] = np.clip(a[i], lo, hi) with scalar, non-NaN bounds on the wasm backend (NumPy's
 * constant-bounds loop: x < lo gives lo, then x > hi gives hi, NaN stays). False when the
 * block is short or wasm is not loaded: the caller's loop runs.
 */
export function clipFloat(a: F, lo: number, hi: number, out: F): boolean {
  const n = out.length;
  const f32 = out instanceof Float32Array;
  const w = n < SMALL_N ? null : wasmKernels();
  if (w === null) return false;
  const kern = (w.ex as unknown as Record<string, (...v: number[]) => void>)[
    f32 ? 'f32_clip' : 'f64_clip'
  ]!;
  // The kernel's outputs are not scanned for NaN here (clip raises no floating-point errors).
  w.unary(
    (p, o, m) => {
      kern(p, lo, hi, o, m);
      return 1;
    },
    f32 ? w.f32 : w.f64,
    a as Float64Array,
    out as Float64Array,
  );
  return true;
}
