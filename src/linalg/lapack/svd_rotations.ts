/**
 * The column rotations of the bidiagonal QR iteration (svd_kernel.ts), recorded while the
 * iteration runs and applied to the singular-vector matrices afterwards. The iteration's
 * choices depend only on the bidiagonal, never on the vectors, and every row of a vector
 * matrix sees the same column operations independently of the other rows. So the log is
 * replayed a few rows at a time, those rows staying in L1 for the whole log: by the wasm
 * kernel rot_replay (assembly/lapack.ts, 8 rows per block, two per vector operation), else
 * by the JS twin below (4 rows per pass). Both compute c x + s y and c y - s x with the same
 * roundings, so the results have the same bits.
 *
 * Log format (float64): [1, a, b, c, s]: columns (a, b) <- (c a + s b, -s a + c b);
 * [3, k, p, cs_k, sn_k, ..., cs_{p-2}, sn_{p-2}]: the sweep j = k..p-2 of rotations of
 * columns (j, j+1), carried; [4, k]: column k negated.
 */
import { wasmKernels } from '../../_core/kernels/index.js';

const ROT = 1;
const SWEEP = 3;
const NEGATE = 4;

interface RotExports {
  rot_replay?: (log: number, len: number, mat: number, nb: number, n: number) => void;
}

/** A growing log of column operations on a rows x n row-major matrix. */
export class RotationLog {
  buf = new Float64Array(4096);
  len = 0;

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Float64Array(Math.max(2 * this.buf.length, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Columns (a, b) <- (c a + s b, -s a + c b). */
  rot(a: number, b: number, c: number, s: number): void {
    this.reserve(5);
    const q = this.buf;
    const i = this.len;
    q[i] = ROT;
    q[i + 1] = a;
    q[i + 2] = b;
    q[i + 3] = c;
    q[i + 4] = s;
    this.len = i + 5;
  }

  /** The sweep of rotations (j, j+1) with (cs[j], sn[j]), j = k..p-2 in order. */
  sweep(k: number, p: number, cs: Float64Array, sn: Float64Array): void {
    this.sweepAt(k, p, cs, k, sn, k);
  }

  /**
   * The same sweep with its cosines and sines at c[co..], s[so..] (entry j - k for rotation
   * j), as LAPACK's dbdsqr keeps them (gesdd_bdsqr.ts).
   */
  sweepAt(k: number, p: number, c: Float64Array, co: number, s: Float64Array, so: number): void {
    this.reserve(3 + 2 * (p - 1 - k));
    const q = this.buf;
    let i = this.len;
    q[i++] = SWEEP;
    q[i++] = k;
    q[i++] = p;
    for (let j = 0; j < p - 1 - k; j++) {
      q[i++] = c[co + j];
      q[i++] = s[so + j];
    }
    this.len = i;
  }

  /** Column k negated. */
  negate(k: number): void {
    this.reserve(2);
    this.buf[this.len] = NEGATE;
    this.buf[this.len + 1] = k;
    this.len += 2;
  }

  /** Apply the log to the columns of the rows x n row-major `m`, then empty it. */
  apply(m: Float64Array, rows: number, n: number): void {
    if (this.len > 0 && rows > 0 && !replayWasm(this.buf, this.len, m, rows, n)) {
      replayJS(this.buf, this.len, m, rows, n);
    }
    this.len = 0;
  }
}

/** Length in doubles of the op at log[i]. */
function opSize(log: Float64Array, i: number): number {
  const op = log[i];
  if (op === SWEEP) return 3 + 2 * (log[i + 2] - 1 - log[i + 1]);
  return op === ROT ? 5 : 2;
}

/**
 * The wasm replay: groups of 8-row blocks (transposed, one lane per row) fill up to half of
 * the scratch region, the log goes through the rest in chunks cut at op boundaries. False
 * when the module (or its kernel) is not available or a sweep cannot fit a chunk.
 */
function replayWasm(
  log: Float64Array,
  len: number,
  m: Float64Array,
  rows: number,
  n: number,
): boolean {
  const w = wasmKernels();
  const replay = w === null ? undefined : (w.ex as unknown as RotExports).rot_replay;
  if (w === null || replay === undefined) return false;
  const f64 = w.f64;
  const base = (w.base + 63) & ~63;
  const blockBytes = n * 64;
  const blocks = Math.ceil(rows / 8);
  const group = Math.min(blocks, Math.max(1, Math.floor((w.scratchEnd - base) / 2 / blockBytes)));
  const logPtr = base + group * blockBytes;
  const cap = Math.floor((w.scratchEnd - logPtr) / 8);
  if (cap < 3 + 2 * n) return false;
  const cuts = [0];
  for (let i = 0, start = 0; i < len; ) {
    const size = opSize(log, i);
    if (i + size - start > cap) {
      cuts.push(i);
      start = i;
    }
    i += size;
  }
  cuts.push(len);
  const m0 = base / 8;
  for (let g0 = 0; g0 < blocks; g0 += group) {
    const gb = Math.min(group, blocks - g0);
    for (let b = 0; b < gb; b++) {
      for (let r = 0; r < 8; r++) {
        const row = (g0 + b) * 8 + r;
        const dst = m0 + b * n * 8 + r;
        if (row < rows) {
          const src = row * n;
          for (let j = 0; j < n; j++) f64[dst + j * 8] = m[src + j];
        } else for (let j = 0; j < n; j++) f64[dst + j * 8] = 0;
      }
    }
    for (let c = 0; c + 1 < cuts.length; c++) {
      f64.set(log.subarray(cuts[c], cuts[c + 1]), logPtr / 8);
      replay(logPtr, cuts[c + 1] - cuts[c], base, gb, n);
    }
    for (let b = 0; b < gb; b++) {
      for (let r = 0; r < 8; r++) {
        const row = (g0 + b) * 8 + r;
        if (row >= rows) break;
        const src = m0 + b * n * 8 + r;
        const dst = row * n;
        for (let j = 0; j < n; j++) m[dst + j] = f64[src + j * 8];
      }
    }
  }
  return true;
}

/** The JS replay: four rows at a time through the whole log (then the remaining rows). */
function replayJS(log: Float64Array, len: number, m: Float64Array, rows: number, n: number): void {
  let i0 = 0;
  for (; i0 + 3 < rows; i0 += 4) {
    const r0 = i0 * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    for (let i = 0; i < len; ) {
      const op = log[i];
      if (op === SWEEP) {
        const k = log[i + 1] | 0;
        const p = log[i + 2] | 0;
        let c0 = m[r0 + k];
        let c1 = m[r1 + k];
        let c2 = m[r2 + k];
        let c3 = m[r3 + k];
        let q = i + 3;
        for (let j = k; j < p - 1; j++, q += 2) {
          const c = log[q];
          const s = log[q + 1];
          const y0 = m[r0 + j + 1];
          const y1 = m[r1 + j + 1];
          const y2 = m[r2 + j + 1];
          const y3 = m[r3 + j + 1];
          m[r0 + j] = c * c0 + s * y0;
          c0 = c * y0 - s * c0;
          m[r1 + j] = c * c1 + s * y1;
          c1 = c * y1 - s * c1;
          m[r2 + j] = c * c2 + s * y2;
          c2 = c * y2 - s * c2;
          m[r3 + j] = c * c3 + s * y3;
          c3 = c * y3 - s * c3;
        }
        m[r0 + p - 1] = c0;
        m[r1 + p - 1] = c1;
        m[r2 + p - 1] = c2;
        m[r3 + p - 1] = c3;
        i = q;
      } else {
        for (let r = r0; r <= r3; r += n) applyOne(log, i, m, r);
        i += op === ROT ? 5 : 2;
      }
    }
  }
  for (; i0 < rows; i0++) {
    const row = i0 * n;
    for (let i = 0; i < len; ) {
      if (log[i] === SWEEP) {
        const k = log[i + 1] | 0;
        const p = log[i + 2] | 0;
        let carry = m[row + k];
        let q = i + 3;
        for (let j = k; j < p - 1; j++, q += 2) {
          const c = log[q];
          const s = log[q + 1];
          const y = m[row + j + 1];
          m[row + j] = c * carry + s * y;
          carry = c * y - s * carry;
        }
        m[row + p - 1] = carry;
        i = q;
      } else {
        applyOne(log, i, m, row);
        i += log[i] === ROT ? 5 : 2;
      }
    }
  }
}

/** A single rotation or negation op at log[i] on the row starting at `row`. */
function applyOne(log: Float64Array, i: number, m: Float64Array, row: number): void {
  if (log[i] === ROT) {
    const pa = row + (log[i + 1] | 0);
    const pb = row + (log[i + 2] | 0);
    const c = log[i + 3];
    const s = log[i + 4];
    const x = m[pa];
    const y = m[pb];
    m[pa] = c * x + s * y;
    m[pb] = -s * x + c * y;
  } else {
    const q = row + (log[i + 1] | 0);
    m[q] = -m[q];
  }
}
