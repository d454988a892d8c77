/**
 * The common path of log.ts's glibc `log` in WebAssembly, for the bulk logarithms of the
 * legacy normals (fillGauss): the same table, the same double operations in the same order
 * (WebAssembly doubles round exactly as JavaScript's, and nothing is fused), with direct
 * access to a double's bits. Arguments off that path (near 1, zero, subnormal, negative,
 * infinite, NaN) and results whose final rounding is in doubt get NaN, and the caller
 * recomputes them with log.ts, so every result is glibc's.
 *
 * Memory: the 128 (1/c, log c) pairs at 0, the arguments at IN and the results at OUT
 * (LOG_CHUNK doubles each). Export `log(n)`.
 */
import {
  F64,
  funcBody,
  I32,
  I64,
  moduleBytes,
  op,
  wasmAllowed,
} from '../../bit_generator/wasm_asm.js';
import { log } from './log.js';
import { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_TAB_B64 } from './tables.js';
import { f64Table } from './tables_decode.js';

export const LOG_CHUNK = 4096;
const IN = 4096;
const OUT = IN + LOG_CHUNK * 8;
const SPLIT = 134217729;
const EPS = 2.220446049250313e-16;
const [A0, A1, A2, A3, A4] = LOG_POLY as [number, number, number, number, number];

// locals: 0 n, 1 p, 2 end (i32); per lane (base b = 3 or 24): b idx (i32), b+1 ix, b+2 tmp
// (i64), f64 b+3 x, z, invc, logc, pr, r, kd, w, hi, lo, r2, v, d, y, ah, al, bh, bl
const [N, P, END] = [0, 1, 2];
const LANE = 21;
interface Lane {
  IDX: number;
  IX: number;
  TMP: number;
  X: number;
  Z: number;
  INVC: number;
  LOGC: number;
  PR: number;
  R: number;
  KD: number;
  W: number;
  HI: number;
  LO: number;
  R2: number;
  V: number;
  D: number;
  Y: number;
  AH: number;
  AL: number;
  BH: number;
  BL: number;
}
const lane = (b: number): Lane => {
  const names = ['IDX', 'IX', 'TMP', 'X', 'Z', 'INVC', 'LOGC', 'PR', 'R', 'KD', 'W', 'HI'];
  const more = ['LO', 'R2', 'V', 'D', 'Y', 'AH', 'AL', 'BH', 'BL'];
  return Object.fromEntries([...names, ...more].map((k, i) => [k, b + i])) as unknown as Lane;
};

const g = op.get;
const s = op.set;
const f = op.f64;

/** Veltkamp split of local `a` into locals hi, lo (as twoProdErr). */
const split = (a: number, hi: number, lo: number): number[] => [
  ...f(SPLIT),
  ...g(a),
  ...op.fmul,
  ...op.tee(hi), // ca
  ...op.get(hi),
  ...g(a),
  ...op.fsub,
  ...op.fsub,
  ...op.set(hi), // ah = ca - (ca - a)
  ...g(a),
  ...g(hi),
  ...op.fsub,
  ...s(lo),
];

/** The log of the argument at p + off into OUT + p + off, with the lane's locals. */
function one(off: number, L: Lane): number[] {
  const { IDX, IX, TMP, X, Z, INVC, LOGC, PR, R, KD, W, HI, LO, R2, V, D, Y, AH, AL, BH, BL } = L;
  return [
    ...[...g(P), ...op.loadF64(IN + off), ...s(X)],
    ...[...g(X), ...op.i64FromF64, ...s(IX)],
    // near 1, or top 16 bits outside the normal positive range: NaN (the caller's log)
    ...[...g(X), ...f(0.9375), ...op.fge, ...g(X), ...f(1.064697265625), ...op.flt, ...op.and32],
    ...[...g(IX), ...op.i64(48n), ...op.shrU64, ...op.wrap, ...op.i32(0x0010), ...op.sub32],
    ...[...op.i32(0x7ff0 - 0x0010), ...op.geU32, ...op.or32],
    ...op.if,
    ...[...g(P), ...f(Number.NaN), ...op.storeF64(OUT + off)],
    ...op.else,
    // tmp = ix - OFF; table index; k; z = x / 2**k by its bits
    ...[...g(IX), ...op.i64(0x3fe6000000000000n), ...op.sub64, ...s(TMP)],
    ...[...g(TMP), ...op.i64(45n), ...op.shrU64, ...op.wrap, ...op.i32(127), ...op.and32],
    ...[...op.i32(4), ...op.shl32, ...s(IDX)],
    ...[...g(TMP), ...op.i64(52n), ...op.shrS64, ...op.cvtS64, ...s(KD)],
    ...[...g(IX), ...g(TMP), ...op.i64(0xfff0000000000000n), ...op.and64, ...op.sub64],
    ...[...op.f64FromI64, ...s(Z)],
    ...[...g(IDX), ...op.loadF64(0), ...s(INVC), ...g(IDX), ...op.loadF64(8), ...s(LOGC)],
    // r = (p - 1) + twoProdErr(z, invc, p)
    ...[...g(Z), ...g(INVC), ...op.fmul, ...s(PR)],
    ...split(Z, AH, AL),
    ...split(INVC, BH, BL),
    ...[...g(PR), ...f(1), ...op.fsub],
    ...[...g(AH), ...g(BH), ...op.fmul, ...g(PR), ...op.fsub],
    ...[...g(AH), ...g(BL), ...op.fmul, ...op.fadd],
    ...[...g(AL), ...g(BH), ...op.fmul, ...op.fadd],
    ...[...g(AL), ...g(BL), ...op.fmul, ...op.fadd],
    ...[...op.fadd, ...s(R)],
    // w = k ln2hi + logc; hi = w + r; lo = w - hi + r + k ln2lo
    ...[...g(KD), ...f(LOG_LN2HI), ...op.fmul, ...g(LOGC), ...op.fadd, ...s(W)],
    ...[...g(W), ...g(R), ...op.fadd, ...s(HI)],
    ...[...g(W), ...g(HI), ...op.fsub, ...g(R), ...op.fadd],
    ...[...g(KD), ...f(LOG_LN2LO), ...op.fmul, ...op.fadd, ...s(LO)],
    ...[...g(R), ...g(R), ...op.fmul, ...s(R2)],
    // v = (r * r2) * (r2 * (r A4 + A3) + (r A2 + A1)) + (r2 A0 + lo)
    ...[...g(R), ...g(R2), ...op.fmul],
    ...[...g(R2), ...g(R), ...f(A4), ...op.fmul, ...f(A3), ...op.fadd, ...op.fmul],
    ...[...g(R), ...f(A2), ...op.fmul, ...f(A1), ...op.fadd, ...op.fadd],
    ...op.fmul,
    ...[...g(R2), ...f(A0), ...op.fmul, ...g(LO), ...op.fadd, ...op.fadd, ...s(V)],
    // safeSum(v, hi, 3 |v| eps): both ends of v -+ 2 delta must round alike
    ...[...f(2), ...f(3), ...g(V), ...op.fabs, ...op.fmul, ...f(EPS), ...op.fmul, ...op.fmul],
    ...s(D),
    ...[...g(V), ...g(D), ...op.fsub, ...g(HI), ...op.fadd, ...s(Y)],
    ...g(P),
    ...[...g(Y), ...f(Number.NaN)],
    ...[...g(Y), ...g(V), ...g(D), ...op.fadd, ...g(HI), ...op.fadd, ...op.feq],
    ...[...op.select, ...op.storeF64(OUT + off)],
    ...op.end,
  ];
}

/**
 * Two arguments per iteration (independent lanes, so the CPU overlaps their long chains of
 * dependent operations); an odd count also computes the slot after the last (unused).
 */
function logBody(): number[] {
  const code = [
    ...[...op.i32(0), ...s(P)],
    ...[...g(N), ...op.i32(3), ...op.shl32, ...s(END)],
    ...op.block,
    ...op.loop,
    ...[...g(P), ...g(END), ...op.geU32, ...op.brIf(1)],
    ...one(0, lane(3)),
    ...one(8, lane(3 + LANE)),
    ...[...g(P), ...op.i32(16), ...op.add32, ...s(P)],
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
  return funcBody(
    [
      [2, I32],
      ...[0, 1].flatMap((): [number, number][] => [
        [1, I32],
        [2, I64],
        [18, F64],
      ]),
    ],
    code,
  );
}

export interface LogKernel {
  log(n: number): void;
  input: Float64Array;
  output: Float64Array;
}

let kernel: LogKernel | null = null;
try {
  if (wasmAllowed()) {
    const pages = Math.ceil((OUT + LOG_CHUNK * 8) / 65536);
    const mod = new WebAssembly.Module(moduleBytes([[[I32], []]], [[0, logBody(), 'log']], pages));
    const e = new WebAssembly.Instance(mod, {}).exports as {
      log: (n: number) => void;
      mem: WebAssembly.Memory;
    };
    new Float64Array(e.mem.buffer, 0, 256).set(f64Table(LOG_TAB_B64));
    kernel = {
      log: e.log,
      input: new Float64Array(e.mem.buffer, IN, LOG_CHUNK),
      output: new Float64Array(e.mem.buffer, OUT, LOG_CHUNK),
    };
  }
} catch {
  kernel = null;
}

let disabled = false;
/** Tests: use log.ts alone (or the kernel again). */
export function setLogKernelEnabled(on: boolean): void {
  disabled = !on;
}

/** The shared kernel, or null without WebAssembly. */
export function logKernel(): LogKernel | null {
  return disabled ? null : kernel;
}

/** out[k] = log(xs[k]) for k < n (glibc's, as log.ts), the common path in the kernel. */
export function logArrayFast(xs: Float64Array, out: Float64Array, n: number): void {
  const k = logKernel();
  if (!k) {
    for (let j = 0; j < n; j++) out[j] = log(xs[j]!);
    return;
  }
  const res = k.output;
  for (let i = 0; i < n; i += LOG_CHUNK) {
    const c = Math.min(LOG_CHUNK, n - i);
    k.input.set(c === LOG_CHUNK && i === 0 && n === c ? xs : xs.subarray(i, i + c));
    k.log(c);
    for (let j = 0; j < c; j++) {
      const v = res[j]!;
      // NaN: off the kernel's path (or a NaN argument, whose log is NaN again)
      out[i + j] = Number.isNaN(v) ? log(xs[i + j]!) : v;
    }
  }
}
