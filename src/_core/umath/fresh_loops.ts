/**
 * Element loops with their own copy of the code for each scalar function they map.
 *
 * Why: V8 keeps type feedback per function literal, so one loop shared by every ufunc calls
 * its scalar function megamorphically and reads many typed-array kinds: ~10-25 ns an
 * element (np.floor of 1e6 float64: 24 ms, NumPy 0.37 ms). A copy of the loop made for one
 * typed loop — `new Function` over the template's own source — sees a single scalar function
 * and array kind, so V8 inlines the function: the same work at ~1 ns an element.
 * Where code generation is forbidden (a browser page whose CSP lacks 'unsafe-eval') the
 * shared templates run instead: same results, slower.
 *
 * Templates must be self-contained (they are rebuilt from their source text).
 */

type Any = any;
/** A loop over blocks: (n, inputs, outputs), as the engine's Kernel. */
export type BlockLoop = (n: number, ins: Any[], outs: Any[]) => void;

// z[i] = f(x[i]) and friends; t is the loop's dtype for scalar functions that take it.
const MAP1 = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const z = outs[0];
  for (let i = 0; i < n; i++) z[i] = f(x[i]);
};
const MAP1T = (f: Any, t: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const z = outs[0];
  for (let i = 0; i < n; i++) z[i] = f(x[i], t);
};
const MAP2 = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const y = ins[1];
  const z = outs[0];
  for (let i = 0; i < n; i++) z[i] = f(x[i], y[i]);
};
const MAP2T = (f: Any, t: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const y = ins[1];
  const z = outs[0];
  for (let i = 0; i < n; i++) z[i] = f(x[i], y[i], t);
};
const MAP3 = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const y = ins[1];
  const w = ins[2];
  const z = outs[0];
  for (let i = 0; i < n; i++) z[i] = f(x[i], y[i], w[i]);
};
/** One operand broadcast along the run, passed as a value (the engine's `kernel.scalar`). */
const MAP2T_SCALAR = (f: Any, t: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const a = ins[0];
  const b = ins[1];
  const z = outs[0];
  if (typeof a !== 'object') for (let i = 0; i < n; i++) z[i] = f(a, b[i], t);
  else for (let i = 0; i < n; i++) z[i] = f(a[i], b, t);
};

/**
 * Complex loops over interleaved (re, im) blocks: f writes its result pair to z[j], z[j + 1]
 * (CMAP1/CMAP2), returns one real or boolean (…R), or leaves it in `r.re`, `r.im` (CMAP1Z).
 */
const CMAP1 = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const z = outs[0];
  for (let i = 0, j = 0; i < n; i++, j += 2) f(x[j], x[j + 1], z, j);
};
const CMAP1R = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const z = outs[0];
  for (let i = 0, j = 0; i < n; i++, j += 2) z[i] = f(x[j], x[j + 1]);
};
const CMAP1Z = (f: Any, r: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const z = outs[0];
  for (let j = 0; j < 2 * n; j += 2) {
    f(x[j], x[j + 1]);
    z[j] = r.re;
    z[j + 1] = r.im;
  }
};
const CMAP2 = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const y = ins[1];
  const z = outs[0];
  for (let i = 0, j = 0; i < n; i++, j += 2) f(x[j], x[j + 1], y[j], y[j + 1], z, j);
};
const CMAP2R = (f: Any) => (n: number, ins: Any[], outs: Any[]) => {
  const x = ins[0];
  const y = ins[1];
  const z = outs[0];
  for (let i = 0, j = 0; i < n; i++, j += 2) z[i] = f(x[j], x[j + 1], y[j], y[j + 1]);
};

let evalAllowed = true;
let copies = 0;

/**
 * A new copy of `template` (its own feedback in V8), or the template itself without eval.
 * Each copy's source differs by a comment: V8 caches `new Function` by source text together
 * with its feedback, so identical sources would share (and pollute) one feedback vector.
 */
export function fresh<T>(template: T): T {
  if (evalAllowed) {
    try {
      return new Function(`return (${String(template)}) /* copy ${copies++} */`)() as T;
    } catch {
      evalAllowed = false;
    }
  }
  return template;
}

/** z[i] = f(x[i]). */
export const map1 = (f: (x: Any) => Any): BlockLoop => fresh(MAP1)(f);
/** z[i] = f(x[i], t). */
export const map1t = (f: (x: Any, t: Any) => Any, t: unknown): BlockLoop => fresh(MAP1T)(f, t);
/** z[i] = f(x[i], y[i]). */
export const map2 = (f: (x: Any, y: Any) => Any): BlockLoop => fresh(MAP2)(f);
/** z[i] = f(x[i], y[i], w[i]). */
export const map3 = (f: (x: Any, y: Any, w: Any) => Any): BlockLoop => fresh(MAP3)(f);
/** z[i] = f(x[i], y[i], t). */
export const map2t = (f: (x: Any, y: Any, t: Any) => Any, t: unknown): BlockLoop =>
  fresh(MAP2T)(f, t);
/** z[i] = f(a, y[i], t) when the first input is a value, else f(x[i], b, t). */
export const map2tScalar = (f: (x: Any, y: Any, t: Any) => Any, t: unknown): BlockLoop =>
  fresh(MAP2T_SCALAR)(f, t);

/** Complex z[j], z[j + 1] = f(x[j], x[j + 1]) (f stores the pair). */
export const cmap1 = (f: (re: number, im: number, z: Any, j: number) => void): BlockLoop =>
  fresh(CMAP1)(f);
/** Complex to real: z[i] = f(x[j], x[j + 1]). */
export const cmap1r = (f: (re: number, im: number) => Any): BlockLoop => fresh(CMAP1R)(f);
/** Complex f(x[j], x[j + 1]) leaving its result in r.re, r.im, stored to z[j], z[j + 1]. */
export const cmap1z = (
  f: (re: number, im: number) => void,
  r: { re: number; im: number },
): BlockLoop => fresh(CMAP1Z)(f, r);
/** Complex binary, f stores the pair at z[j], z[j + 1]. */
export const cmap2 = (
  f: (ar: number, ai: number, br: number, bi: number, z: Any, j: number) => void,
): BlockLoop => fresh(CMAP2)(f);
/** Complex binary to real: z[i] = f(x[j], x[j + 1], y[j], y[j + 1]). */
export const cmap2r = (f: (ar: number, ai: number, br: number, bi: number) => Any): BlockLoop =>
  fresh(CMAP2R)(f);
