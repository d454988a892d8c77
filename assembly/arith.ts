// Element-wise arithmetic kernels on contiguous blocks in linear memory.
//
// Every kernel processes whole 128-bit vectors, rounding `n` up to a multiple of the
// lane count: the TypeScript side owns the scratch blocks (sized in whole vectors) and
// copies only the first `n` results out, so no scalar tail loop is needed. `o` may equal
// `a` or `b` (in-place within the scratch block).

// Operation codes (compile-time constants; the switch folds away after inlining).
export const ADD: i32 = 0;
export const SUB: i32 = 1;
export const MUL: i32 = 2;
export const DIV: i32 = 3;

@inline
function vop<T>(op: i32, a: v128, b: v128): v128 {
  if (op == ADD) return v128.add<T>(a, b);
  if (op == SUB) return v128.sub<T>(a, b);
  if (op == MUL) return v128.mul<T>(a, b);
  if (isFloat<T>()) return v128.div<T>(a, b);
  return unreachable();
}

/** o[i] = a[i] op b[i] */
@inline
export function binVV<T>(op: i32, a: usize, b: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i);
    const x1 = v128.load(a + i, 16);
    const y0 = v128.load(b + i);
    const y1 = v128.load(b + i, 16);
    v128.store(o + i, vop<T>(op, x0, y0));
    v128.store(o + i, vop<T>(op, x1, y1), 16);
  }
  if (i < bytes) v128.store(o + i, vop<T>(op, v128.load(a + i), v128.load(b + i)));
}

/** o[i] = a[i] op s */
@inline
export function binVS<T>(op: i32, a: usize, s: T, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  const y = v128.splat<T>(s);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i);
    const x1 = v128.load(a + i, 16);
    v128.store(o + i, vop<T>(op, x0, y));
    v128.store(o + i, vop<T>(op, x1, y), 16);
  }
  if (i < bytes) v128.store(o + i, vop<T>(op, v128.load(a + i), y));
}

/** o[i] = s op a[i] */
@inline
export function binSV<T>(op: i32, s: T, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  const y = v128.splat<T>(s);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i);
    const x1 = v128.load(a + i, 16);
    v128.store(o + i, vop<T>(op, y, x0));
    v128.store(o + i, vop<T>(op, y, x1), 16);
  }
  if (i < bytes) v128.store(o + i, vop<T>(op, y, v128.load(a + i)));
}

export const NEG: i32 = 0;
export const ABS: i32 = 1;
export const SQRT: i32 = 2;

@inline
function uop<T>(op: i32, a: v128): v128 {
  if (op == NEG) return v128.neg<T>(a);
  if (op == ABS) return v128.abs<T>(a);
  if (isFloat<T>()) return v128.sqrt<T>(a);
  return unreachable();
}

/** o[i] = op(a[i]) */
@inline
export function unary<T>(op: i32, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i);
    const x1 = v128.load(a + i, 16);
    v128.store(o + i, uop<T>(op, x0));
    v128.store(o + i, uop<T>(op, x1), 16);
  }
  if (i < bytes) v128.store(o + i, uop<T>(op, v128.load(a + i)));
}
