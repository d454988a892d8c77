/** eye, identity, diag, diagflat, tri, tril, triu against NumPy (values, dtypes, layouts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture, throwsNumpy } from '../../helpers.js';
import { callOf, check, label } from './cases.js';

const fx = loadFixture('creation');

describe('matrices', () => {
  for (const c of fx.matrices) it(label(c), () => void check(c, callOf(c), label(c)));
});

describe('diag of a matrix is a read-only view', () => {
  it('shares memory and refuses writes, as NumPy does', () => {
    const m = np.arange(9).reshape(3, 3);
    const d = np.diag(m, 1);
    assert.equal(d.buffer, m.buffer);
    assert.equal(d.flags.writeable, false);
    throwsNumpy(() => d.set(0, 5), 'ValueError', 'assignment destination is read-only');
  });
});
