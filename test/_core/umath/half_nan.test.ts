/**
 * float16 NaNs through ufuncs, bit for bit (scripts/fixtures/gen_half_nan.py): a NaN operand
 * keeps its sign and payload through the float32 computation, and an invalid operation gives
 * x86's default NaN (sign set), as in NumPy — visible through np.signbit and .view().
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

const fx = loadFixture<{ x: string; cases: Record<string, string> }>('half_nan');
const b = Buffer.from(fx.x, 'base64');
const x = np.frombuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.length), {
  dtype: 'float16',
});
const one = np.float16(1);
const zero = np.float16(0);
const RUN: Record<string, () => np.NDArray> = {
  sqrt: () => np.sqrt(x),
  exp: () => np.exp(x),
  sin: () => np.sin(x),
  arctan: () => np.arctan(x),
  tanh: () => np.tanh(x),
  'x+1': () => np.add(x, one),
  'x-x': () => np.subtract(x, x),
  'x*0': () => np.multiply(x, zero),
};

describe('float16 NaN sign and payload vs NumPy', () => {
  for (const [name, want] of Object.entries(fx.cases)) {
    it(name, () => {
      const r = np.errstate({ all: 'ignore' }, RUN[name]!);
      assert.equal(Buffer.from(r.tobytes()).toString('base64'), want);
    });
  }
});
