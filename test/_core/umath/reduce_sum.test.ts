/**
 * np.sum / np.mean on the fast reduction paths (wasm pieces of 64 KiB, batched rows for the
 * last axis, accumulator tiles for outer axes) against NumPy's bits: the fixture
 * (scripts/fixtures/gen_reduce_sum.py) holds NumPy's results as bit patterns; the inputs are
 * drawn here with numtype's default_rng, which reproduces NumPy's streams. Both kernel
 * backends must give exactly these bits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../../src/_core/kernels/index.js';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

interface Case {
  py: string;
  ts: string;
  dtype: string;
  shape: number[];
  bits: string[];
}

type Inputs = Record<string, np.NDArray>;

/** The fixture's inputs (DATA_PY in the generator), drawn in NumPy's order. */
function inputs(): Inputs {
  const rng = np.random.default_rng(11);
  const ten = (shape: number[]) => np.full(shape, 10, { dtype: 'float64' });
  const wide = (shape: number[], lo: number, hi: number) => {
    const x = rng.standard_normal(shape);
    return np.multiply(x, np.power(ten(shape), rng.integers(lo, hi, shape)));
  };
  const A = wide([1000, 1000], -8, 9);
  const B = wide([997, 1013], -8, 9);
  const C = wide([3, 40000], -4, 5);
  const I = np.multiply(rng.integers(-(2 ** 31), 2 ** 31, [997, 1013]), 4294967297);
  return { A, B, C, I, B32: B.astype('float32'), C32: C.astype('float32'), D: np.ravel(A) };
}

/**
 * A result's bits as the fixture writes them; a JS number (a 0-d result, NumPy's scalar)
 * carries no dtype, so only its float64 bits are compared.
 */
function bitsOf(r: unknown, want: Case): { dtype: string; shape: number[]; bits: string[] } {
  if (typeof r === 'number') {
    const bits = String(new BigInt64Array(new Float64Array([r]).buffer)[0]);
    return {
      dtype: want.dtype,
      shape: [],
      bits: [want.dtype.startsWith('float') ? bits : String(r)],
    };
  }
  const a = np.asarray(r as np.NDArray);
  const flat = np.ravel(a);
  const kind = a.dtype.kind;
  const v =
    kind === 'f'
      ? flat.astype('float64').view('int64')
      : kind === 'u'
        ? flat
        : flat.astype('int64');
  const bits = (v.tolist({ bigint: true }) as unknown as bigint[]).map(String);
  return { dtype: a.dtype.name, shape: [...a.shape], bits };
}

function run(env: Inputs, expr: string): unknown {
  const names = Object.keys(env);
  return new Function('np', ...names, `return ${expr};`)(np, ...names.map((k) => env[k]));
}

describe('np.sum / np.mean fast paths match NumPy bit for bit', () => {
  const { cases } = loadFixture<{ cases: Case[] }>('reduce_sum');
  const env = inputs();
  for (const backend of ['wasm', 'js'] as const) {
    it(`${cases.length} cases, ${backend} kernels`, () => {
      K.setBackend(backend);
      try {
        const bad: string[] = [];
        for (const c of cases) {
          const got = bitsOf(run(env, c.ts), c);
          if (got.dtype !== c.dtype || got.shape.join() !== c.shape.join())
            bad.push(`${c.py}: ${got.dtype}${got.shape} vs NumPy ${c.dtype}${c.shape}`);
          else {
            const i = got.bits.findIndex((b, k) => b !== c.bits[k]);
            if (i >= 0 || got.bits.length !== c.bits.length)
              bad.push(`${c.py}: element ${i} bits ${got.bits[i]} vs NumPy ${c.bits[i]}`);
          }
        }
        assert.deepEqual(bad, []);
      } finally {
        K.setBackend('auto');
      }
    });
  }
});
