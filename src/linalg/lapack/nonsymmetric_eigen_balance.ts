/**
 * Balancing (LAPACK's xGEBAL with job 'B'): first permute rows and columns that isolate an
 * eigenvalue to the bottom / left (so the matrix becomes block upper triangular, and
 * eigenvalues of the isolated parts come out exactly), then find powers-of-two scale factors
 * D so that the rows and columns of the middle block of D^{-1} A D have comparable norms.
 * Exact (radix-2) scaling, done in place. `finishVectors` undoes it (xGEBAK) on eigenvectors.
 */

/** How `balance` transformed the matrix. */
export interface Balancing {
  ilo: number;
  ihi: number;
  /** Scale factors of rows / columns ilo..ihi (1 elsewhere). */
  scale: Float64Array;
  /** perm[i]: the index swapped with i, for i outside ilo..ihi. */
  perm: Int32Array;
}

const SAFMIN = 2 ** -1022;
const ULP = 2 ** -52;
const SFMIN1 = SAFMIN / ULP;
const SFMAX1 = 1 / SFMIN1;
const SFMIN2 = SFMIN1 * 2;
const SFMAX2 = 1 / SFMIN2;

function swap(
  n: number,
  ar: Float64Array,
  ai: Float64Array | null,
  i: number,
  j: number,
  rowEnd: number,
  colStart: number,
): void {
  // columns i and j over rows 0..rowEnd, rows i and j over columns colStart..n-1
  for (let r = 0; r <= rowEnd; r++) {
    const p = r * n + i;
    const q = r * n + j;
    let t = ar[p];
    ar[p] = ar[q];
    ar[q] = t;
    if (ai !== null) {
      t = ai[p];
      ai[p] = ai[q];
      ai[q] = t;
    }
  }
  for (let c = colStart; c < n; c++) {
    const p = i * n + c;
    const q = j * n + c;
    let t = ar[p];
    ar[p] = ar[q];
    ar[q] = t;
    if (ai !== null) {
      t = ai[p];
      ai[p] = ai[q];
      ai[q] = t;
    }
  }
}

/** Balance the n x n row-major (ar, ai) in place. */
export function balance(n: number, ar: Float64Array, ai: Float64Array | null): Balancing {
  const scale = new Float64Array(n).fill(1);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const nz = (p: number) => ar[p] !== 0 || (ai !== null && ai[p] !== 0);
  let k = 0;
  let l = n - 1;
  // rows whose off-diagonal part (columns 0..l) is zero isolate an eigenvalue: move them down
  let found = n > 0;
  while (found && l >= 0) {
    found = false;
    // (the scan goes on after a swap, with the new l, as xGEBAL's loop does)
    for (let i = l; i >= 0; i--) {
      let iso = true;
      for (let j = 0; j <= l; j++) {
        if (i !== j && nz(i * n + j)) {
          iso = false;
          break;
        }
      }
      if (!iso) continue;
      perm[l] = i;
      if (i !== l) swap(n, ar, ai, i, l, l, 0);
      if (l === 0) return { ilo: 0, ihi: 0, scale, perm };
      l--;
      found = true;
    }
  }
  // columns whose off-diagonal part (rows k..l) is zero: move them left
  found = true;
  while (found) {
    found = false;
    // (the scan goes on after a swap, from the next column, as xGEBAL's loop does)
    for (let j = k, j1 = l; j <= j1; j++) {
      let iso = true;
      for (let i = k; i <= l; i++) {
        if (i !== j && nz(i * n + j)) {
          iso = false;
          break;
        }
      }
      if (!iso) continue;
      perm[k] = j;
      if (j !== k) swap(n, ar, ai, j, k, l, k);
      k++;
      found = true;
    }
  }
  const mod = (p: number) => (ai === null ? Math.abs(ar[p]) : Math.hypot(ar[p], ai[p]));
  let noconv = true;
  let sweeps = 0;
  while (noconv && sweeps++ < 1000) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      let c = 0;
      let r = 0;
      let ca = 0;
      let ra = 0;
      for (let q = k; q <= l; q++) {
        const x = mod(q * n + i);
        const y = mod(i * n + q);
        c += x * x;
        r += y * y;
      }
      for (let q = 0; q <= l; q++) ca = Math.max(ca, mod(q * n + i));
      for (let q = k; q < n; q++) ra = Math.max(ra, mod(i * n + q));
      c = Math.sqrt(c);
      r = Math.sqrt(r);
      if (c === 0 || r === 0) continue;
      let g = r / 2;
      let f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < SFMAX2 && Math.min(r, g, ra) > SFMIN2) {
        f *= 2;
        c *= 2;
        ca *= 2;
        r /= 2;
        g /= 2;
        ra /= 2;
      }
      g = c / 2;
      while (g >= r && Math.max(r, ra) < SFMAX2 && Math.min(f, c, g, ca) > SFMIN2) {
        f /= 2;
        c /= 2;
        g /= 2;
        ca /= 2;
        r *= 2;
        ra *= 2;
      }
      if (c + r >= 0.95 * s) continue;
      if (f < 1 && scale[i] < 1 && f * scale[i] <= SFMIN1) continue;
      if (f > 1 && scale[i] > 1 && scale[i] >= SFMAX1 / f) continue;
      g = 1 / f;
      scale[i] *= f;
      noconv = true;
      for (let q = k; q < n; q++) {
        ar[i * n + q] *= g;
        if (ai !== null) ai[i * n + q] *= g;
      }
      for (let q = 0; q <= l; q++) {
        ar[q * n + i] *= f;
        if (ai !== null) ai[q * n + i] *= f;
      }
    }
  }
  return { ilo: k, ihi: l, scale, perm };
}

/**
 * Finish eigenvectors (columns of the n x n (vr, vi)): undo the balancing (v = D v'), then
 * normalise each to unit 2-norm with its largest component real, as xGEEV does (for real
 * input LAPACK keeps the sign of that component's real part; complex input makes it positive).
 */
export function finishVectors(
  n: number,
  vr: Float64Array,
  vi: Float64Array,
  bal: Balancing,
  positiveReal: boolean,
): void {
  const { ilo, ihi, scale, perm } = bal;
  for (let i = ilo; i <= ihi; i++) {
    const d = scale[i];
    if (d === 1) continue;
    for (let j = 0; j < n; j++) {
      vr[i * n + j] *= d;
      vi[i * n + j] *= d;
    }
  }
  // undo the permutations in xGEBAK's order
  const swapRows = (i: number) => {
    const k = perm[i];
    if (k === i) return;
    for (let j = 0; j < n; j++) {
      let t = vr[i * n + j];
      vr[i * n + j] = vr[k * n + j];
      vr[k * n + j] = t;
      t = vi[i * n + j];
      vi[i * n + j] = vi[k * n + j];
      vi[k * n + j] = t;
    }
  };
  for (let i = ilo - 1; i >= 0; i--) swapRows(i);
  for (let i = ihi + 1; i < n; i++) swapRows(i);
  for (let j = 0; j < n; j++) {
    let amax = 0;
    for (let i = 0; i < n; i++) {
      amax = Math.max(amax, Math.abs(vr[i * n + j]), Math.abs(vi[i * n + j]));
    }
    if (amax === 0) continue;
    let ss = 0;
    let big = -1;
    let bigMod = -1;
    for (let i = 0; i < n; i++) {
      const a = vr[i * n + j] / amax;
      const b = vi[i * n + j] / amax;
      const m2 = a * a + b * b;
      ss += m2;
      if (m2 > bigMod) {
        bigMod = m2;
        big = i;
      }
    }
    const nrm = amax * Math.sqrt(ss);
    let pr = 1 / nrm;
    let pi = 0;
    const br = vr[big * n + j];
    const bi = vi[big * n + j];
    if (bi !== 0 || (positiveReal && br < 0)) {
      // multiply by conj(v_big) / |v_big| (sign of the real part kept for real input)
      const m = Math.hypot(br, bi);
      const sg = positiveReal || br >= 0 ? 1 : -1;
      pr = (sg * br) / (m * nrm);
      pi = (-sg * bi) / (m * nrm);
    }
    for (let i = 0; i < n; i++) {
      const a = vr[i * n + j];
      const b = vi[i * n + j];
      vr[i * n + j] = a * pr - b * pi;
      vi[i * n + j] = a * pi + b * pr;
    }
    vi[big * n + j] = 0;
  }
}
