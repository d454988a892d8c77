import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as d from '../../../src/_core/dtype.js';
import * as nt from '../../../src/_core/numerictypes/isdtype.js';
import { throwsNumpy } from '../../helpers.js';
import { array0d, fx, kindArg } from './fixture.js';

describe('isdtype (NumPy fixture)', () => {
  it('dtypes and abstract types against kind names, dtypes, abstract types and tuples', () => {
    for (const c of fx.isdtype) {
      const run = () => nt.isdtype(kindArg(c.dtype), kindArg(c.kind));
      if (c.error) throwsNumpy(run, c.error[0], c.error[1]);
      else assert.equal(run(), c.result, JSON.stringify([c.dtype, c.kind]));
    }
  });

  it('errors', () => {
    const e = fx.isdtype_errors;
    throwsNumpy(() => nt.isdtype(d.float64, 'float'), e.badkind[0], e.badkind[1]);
    throwsNumpy(() => nt.isdtype('float64' as never, 'numeric'), e.strdtype[0], e.strdtype[1]);
    throwsNumpy(() => nt.isdtype(d.float64, 3 as never), e.intkind[0], e.intkind[1]);
    throwsNumpy(() => nt.isdtype(3 as never, 'numeric'), e.intdtype[0], e.intdtype[1]);
    throwsNumpy(() => nt.isdtype(1.5 as never, 'numeric'), e.floatdtype[0], e.floatdtype[1]);
    throwsNumpy(
      () => nt.isdtype(array0d('float64') as never, 'numeric'),
      e.arraydtype[0],
      e.arraydtype[1],
    );
    assert.throws(() => nt.isdtype(d.float64, 'toString'), { name: 'ValueError' });
  });
});

describe('issubdtype (NumPy fixture)', () => {
  it('dtypes, dtype strings and abstract types', () => {
    for (const c of fx.issubdtype) {
      // dtype specs go in as strings, as users write them
      const arg = (t: [string, any]) => (t[0] === 'dtype' ? t[1] : kindArg(t));
      const run = () => nt.issubdtype(arg(c.arg1), arg(c.arg2));
      if (c.error) throwsNumpy(run, c.error[0], c.error[1]);
      else assert.equal(run(), c.result, JSON.stringify([c.arg1, c.arg2]));
    }
  });

  it('examples', () => {
    assert.equal(nt.issubdtype(d.int8, nt.integer), true);
    assert.equal(nt.issubdtype(d.float64, 'float'), true);
    assert.equal(nt.issubdtype(d.float32, Number), false);
    assert.equal(nt.issubdtype(nt.floating, nt.inexact), true);
    assert.equal(String(nt.integer), "<class 'numpy.integer'>");
  });
});
