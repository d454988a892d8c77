/**
 * Print-option plumbing: set/get/printoptions semantics, argument binding with NumPy's
 * TypeErrors, override_repr, and the NDArray hooks (String(a), a.repr(), console.log).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import * as np from '../../../src/_core/arrayprint/index.js';
import { bytesRepr, pyLen, splitlines, strRepr } from '../../../src/_core/arrayprint/pystr.js';
import { throwsNumpy } from '../../helpers.js';
import { build } from './build.js';

const f = () => build('float64', [3], [1.5, 2.25, 1 / 3]);

test('printoptions runs fn under the options and restores them, even on throw', () => {
  const before = np.get_printoptions();
  const out = np.printoptions({ precision: 2 }, (opts) => {
    assert.equal(opts.precision, 2);
    return f().repr();
  });
  assert.equal(out, 'array([1.5 , 2.25, 0.33])');
  assert.throws(() =>
    np.printoptions({ precision: 3 }, () => {
      throw new Error('boom');
    }),
  );
  assert.deepEqual(np.get_printoptions(), before);
  // Positional options in NumPy's order, then the function.
  assert.equal(
    np.printoptions(4, () => f().toString()),
    '[1.5    2.25   0.3333]',
  );
});

test('set_printoptions: positional order, formatter and override_repr always reset', () => {
  const saved = np.get_printoptions();
  try {
    np.set_printoptions(3, undefined, undefined, undefined, undefined, undefined, undefined, {
      float: (x: number) => `<${x}>`,
    });
    assert.equal(np.get_printoptions().precision, 3);
    assert.equal(f().toString(), '[<1.5> <2.25> <0.3333333333333333>]');
    np.set_printoptions({ linewidth: 100 });
    assert.equal(np.get_printoptions().formatter, null);
    assert.equal(f().toString(), '[1.5   2.25  0.333]');
    np.set_printoptions({ override_repr: () => 'custom' });
    assert.equal(f().repr(), 'custom');
    assert.equal(np.array_repr(f()), 'custom');
    np.set_printoptions({ legacy: '1.13', sign: '+' });
    assert.equal(np.get_printoptions().sign, '-');
    assert.equal(np.get_printoptions().legacy, '1.13');
  } finally {
    np.set_printoptions({ ...saved, legacy: saved.legacy });
  }
  assert.deepEqual(np.get_printoptions(), saved);
});

test('unknown and repeated arguments are TypeErrors with Python messages', () => {
  throwsNumpy(
    () => np.array2string(f(), { bogus: 1 } as any),
    'TypeError',
    "array2string() got an unexpected keyword argument 'bogus'",
  );
  throwsNumpy(
    () => np.set_printoptions({ bogus: 1 } as any),
    'TypeError',
    "set_printoptions() got an unexpected keyword argument 'bogus'",
  );
  throwsNumpy(
    () => np.printoptions({ bogus: 1 } as any, () => 0),
    'TypeError',
    "_set_printoptions() got an unexpected keyword argument 'bogus'",
  );
  throwsNumpy(
    () => np.array2string(f(), 1, { max_line_width: 3 }),
    'TypeError',
    "array2string() got multiple values for argument 'max_line_width'",
  );
  throwsNumpy(
    () => np.array2string(f(), 1, 2, 3, 4, 5, 6),
    'TypeError',
    'array2string() takes from 1 to 6 positional arguments but 7 were given',
  );
  throwsNumpy(
    () => np.format_float_positional(1.5, { bogus: 1 } as any),
    'TypeError',
    "format_float_positional() got an unexpected keyword argument 'bogus'",
  );
  throwsNumpy(
    () => np.set_printoptions({ floatmode: 'x' as any }),
    'ValueError',
    'floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"',
  );
});

test('NDArray printing hooks', () => {
  const a = f();
  assert.equal(String(a), '[1.5        2.25       0.33333333]');
  assert.equal(a.repr(), 'array([1.5       , 2.25      , 0.33333333])');
  assert.equal(inspect(a), a.repr());
  assert.equal(np.array_str(a, 20, 2), '[1.5  2.25 0.33]');
  assert.equal(np.array2string(a, { separator: ', ', precision: 1 }), '[1.5, 2.2, 0.3]');
});

test('Python string helpers', () => {
  assert.equal(pyLen('a😀b'), 3);
  assert.deepEqual(splitlines('a\r\nb\nc\x0bd\n'), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitlines(''), []);
  assert.equal(strRepr("it's"), `"it's"`);
  assert.equal(strRepr('a"b\'c\\\n\t\x00é\u200b😀'), `'a"b\\'c\\\\\\n\\t\\x00é\\u200b😀'`);
  assert.equal(bytesRepr(Uint8Array.from([0x71, 0x27, 0, 0xff, 0x5c])), `b"q'\\x00\\xff\\\\"`);
});
