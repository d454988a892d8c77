/**
 * np.linalg solve, inv, det, slogdet, cholesky, qr, matrix_power, multi_dot, tensorsolve,
 * tensorinv, norm, vector_norm, matrix_norm and the wrappers against NumPy
 * (test/fixtures/linalg_basic.json): dtypes, shapes, names of named tuples, values within
 * tolerances scaled by the condition number, and NumPy's error classes and messages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';
import { compare, type Expect, gen, type Spec } from './basic.util.js';

interface Case {
  fn: string;
  args: (Spec | Spec[])[];
  pos: unknown[];
  kwargs: Record<string, unknown>;
  expect: Expect;
  error?: [string, string];
  tol: number;
  label: string;
}

const fx = loadFixture<{ cases: Case[]; errors: Case[] }>('linalg_basic');
const linalg = np.linalg as unknown as Record<string, (...a: unknown[]) => unknown>;

function call(c: Case): unknown {
  const args = c.args.map((s) => (Array.isArray(s) ? s.map(gen) : gen(s)));
  const pos = decode(c.pos) as unknown[];
  const kw = decode(c.kwargs) as Record<string, unknown>;
  const f = linalg[c.fn];
  assert.ok(f, `np.linalg.${c.fn} missing`);
  return f(...args, ...pos, ...(Object.keys(kw).length ? [kw] : []));
}

const byFn = new Map<string, Case[]>();
for (const c of fx.cases) {
  if (!byFn.has(c.fn)) byFn.set(c.fn, []);
  byFn.get(c.fn)!.push(c);
}

for (const [fn, cs] of byFn) {
  test(`np.linalg.${fn} matches NumPy (${cs.length} cases)`, () => {
    const bad: string[] = [];
    for (const c of cs) {
      let d: string | null;
      try {
        d = compare(call(c), c.expect, c.tol);
      } catch (e) {
        d = `threw ${(e as Error).name}: ${(e as Error).message}`;
      }
      if (d) bad.push(`${c.label} ${JSON.stringify(c.kwargs)}: ${d}`);
    }
    assert.deepEqual(bad, []);
  });
}

test(`np.linalg errors match NumPy's class and message (${fx.errors.length} cases)`, () => {
  const bad: string[] = [];
  for (const c of fx.errors) {
    try {
      throwsNumpy(() => call(c), c.error![0], c.error![1]);
    } catch (e) {
      bad.push(`${c.fn} ${c.label}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(bad, []);
});
