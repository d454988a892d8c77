/**
 * np.fft on the paths that move many lines at once (scripts/fixtures/gen_fft.py writes
 * test/fixtures/fft_blocked.json): columns of C arrays staged in large blocks and transformed
 * a few lanes at a time in place (partial blocks from odd column counts, several staged
 * blocks, plans of one pass or none, Bluestein lengths left to JS), and rows run through
 * fused strided passes (real and complex). Each case runs on both backends: within 1e-12 of
 * NumPy on each, and the same bits on both.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { loadFixture } from '../helpers.js';
import { assertClose, type Encoded, type InputSpec, make } from './util.js';

interface Case {
  fn: string;
  x: InputSpec;
  kw: Record<string, unknown>;
  res: Encoded;
}

const fx = loadFixture<{ cases: Case[] }>('fft_blocked');
const fftns = np.fft as unknown as Record<string, (...a: unknown[]) => np.NDArray>;

const initial = K.getBackend();
after(() => K.setBackend(initial));

function bits(a: np.NDArray): Uint32Array {
  const c = np.ascontiguousarray(a);
  const d = c.ownData();
  return new Uint32Array(d.buffer, d.byteOffset, d.byteLength / 4);
}

function label(c: Case): string {
  return `${c.fn}(${JSON.stringify(c.x)}, ${JSON.stringify(c.kw)})`;
}

describe('np.fft blocked lines vs NumPy, on both backends', () => {
  const backends: ('js' | 'wasm')[] = K.simdSupported() ? ['js', 'wasm'] : ['js'];
  it(`${fx.cases.length} cases`, () => {
    for (const c of fx.cases) {
      const x = make(c.x);
      const got: np.NDArray[] = [];
      for (const b of backends) {
        K.setBackend(b);
        const r = fftns[c.fn]!(x, { ...c.kw });
        assertClose(r, c.res, `${label(c)} [${b}]`);
        got.push(r);
      }
      if (got.length === 2) {
        const [js, wasm] = [bits(got[0]!), bits(got[1]!)];
        const i = js.findIndex((w, k) => w !== wasm[k]);
        assert.equal(i, -1, `${label(c)}: backends differ at word ${i}`);
      }
    }
  });
});
