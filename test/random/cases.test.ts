/**
 * Every RandomState and Generator method against NumPy's recorded streams (20 seeds each,
 * several sizes, dtypes and parameter values, array parameters included), bit for bit,
 * plus the state fingerprint after each call; and NumPy's errors for bad parameters.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixture } from '../helpers.js';
import { type Case, describe, runCase } from './runner.js';

const cases = loadFixture<Case[]>('random_cases');
const errors = loadFixture<Case[]>('random_errors');

/** Group by api + method so a failure names the method. */
function byMethod(cs: Case[]): Map<string, Case[]> {
  const m = new Map<string, Case[]>();
  for (const c of cs) {
    const k = `${c.api === 'gen' ? 'Generator' : 'RandomState'}.${c.method}`;
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(c);
  }
  return m;
}

for (const [name, cs] of byMethod(cases)) {
  test(`${name} matches NumPy (${cs.length} seeds)`, () => {
    const bad: string[] = [];
    for (const c of cs) {
      const d = runCase(c);
      if (d) bad.push(`${describe(c)}: ${d}`);
    }
    assert.deepEqual(bad, []);
  });
}

test('bad parameters raise NumPy’s error class and message', () => {
  const bad: string[] = [];
  for (const c of errors) {
    const d = runCase(c);
    if (d) bad.push(`${describe(c)}: ${d}`);
  }
  assert.deepEqual(bad, []);
});
