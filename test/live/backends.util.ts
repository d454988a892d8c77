/**
 * The body shared by live suites that replay one list of cases on both kernel backends:
 * one test per backend, each case's result against NumPy's (`want[i]`, from pyJSON), the
 * first eight differences listed with their case.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import { hasNumpy } from '../helpers.js';

export function compareOnBackends<C>(
  cases: readonly C[],
  want: readonly unknown[],
  run: (c: C) => unknown,
): void {
  const initial = getBackend();
  for (const backend of ['wasm', 'js'] as const) {
    it(`${cases.length} cases, ${backend} backend`, { skip: !hasNumpy() }, (t) => {
      if (backend === 'wasm' && initial === 'js') return t.skip('wasm backend disabled');
      setBackend(backend);
      try {
        const bad: string[] = [];
        cases.forEach((c, i) => {
          const got = run(c);
          if (bad.length < 8 && JSON.stringify(got) !== JSON.stringify(want[i]))
            bad.push(
              `${JSON.stringify(c)}\n  numtype ${JSON.stringify(got)}\n  NumPy   ${JSON.stringify(want[i])}`,
            );
        });
        assert.deepEqual(bad, []);
      } finally {
        setBackend(initial === 'js' ? 'js' : 'auto');
      }
    });
  }
}
