/**
 * .npy / .npz against files NumPy wrote (test/fixtures/npyio/, scripts/fixtures/gen_npyio.py):
 * every dtype, versions 1-3, big-endian, Fortran order; numtype's own encoding must be
 * byte-identical to np.save's. Malformed files give NumPy's error; a randomized mutation
 * test (>= 10,000 mutants) sees only clean errors or valid arrays. Atomic saves.
 */
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { loadFixture, seededRandom, throwsNumpy } from '../helpers.js';

const FIX = loadFixture('npyio');
const DIR = path.join('test', 'fixtures', 'npyio');
const tmp = mkdtempSync(path.join(tmpdir(), 'numtype-npyio-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('np.load of NumPy-written .npy files', () => {
  for (const f of FIX.files) {
    it(f.file, () => {
      const a = np.load(path.join(DIR, f.file));
      assert.equal(String(a.dtype), f.dtype);
      assert.deepEqual(a.shape, f.shape);
      assert.equal(a.flags.f_contiguous && !a.flags.c_contiguous, f.fortran);
      assert.equal(hex(a.tobytes()), f.hex);
      const d = np.npy.decode(readFileSync(path.join(DIR, f.file)));
      assert.equal(hex(d.tobytes()), f.hex);
      if (f.reencode) {
        const bytes = readFileSync(path.join(DIR, f.file));
        const version = [bytes[6], 0];
        assert.equal(hex(np.npy.encode(a, { version })), hex(bytes));
      }
    });
  }
});

describe('np.save then np.load', () => {
  it('round-trips every fixture array and adds .npy', () => {
    for (const f of FIX.files) {
      const a = np.load(path.join(DIR, f.file));
      const p = path.join(tmp, f.file.replace('.npy', ''));
      np.save(p, a);
      const b = np.load(`${p}.npy`);
      assert.equal(String(b.dtype), f.dtype);
      assert.deepEqual(b.shape, f.shape);
      assert.equal(hex(b.tobytes()), f.hex);
    }
  });
  it('writes non-contiguous views in C order', () => {
    const a = np.arange(24).reshape(2, 3, 4).get('::-1, :, ::2');
    np.save(path.join(tmp, 'v.npy'), a);
    assert.deepEqual(np.load(path.join(tmp, 'v.npy')).tolist(), a.tolist());
  });
  it('accepts array_like and 0-d', () => {
    np.save(path.join(tmp, 'l.npy'), [
      [1, 2],
      [3, 4],
    ]);
    assert.deepEqual(np.load(path.join(tmp, 'l.npy')).tolist(), [
      [1, 2],
      [3, 4],
    ]);
    np.save(path.join(tmp, 's.npy'), np.float32(2.5));
    const s = np.load(path.join(tmp, 's.npy'));
    assert.equal(s.ndim, 0);
    assert.equal(s.item(), 2.5);
  });
  it('encode version option and its check', () => {
    const a = np.arange(3);
    for (const v of [1, 2, 3]) assert.equal(np.npy.encode(a, { version: [v, 0] })[6], v);
    throwsNumpy(
      () => np.npy.encode(a, { version: [4, 0] }),
      'ValueError',
      'we only support format version (1,0), (2,0), and (3,0), not (4, 0)',
    );
  });
  it('unicode field names force version 3 (utf8 header) only when needed', () => {
    assert.equal(np.npy.encode(np.array(['é']))[6], 1);
  });
});

describe('a failed save never replaces a good file', () => {
  it('keeps the old file when writing fails mid-way', () => {
    const p = path.join(tmp, 'keep.txt');
    np.savetxt(p, np.arange(3));
    const before = readFileSync(p, 'utf8');
    assert.throws(() => np.savetxt(p, np.array(['a', 'b']), { fmt: '%d' }));
    assert.equal(readFileSync(p, 'utf8'), before);
    assert.deepEqual(
      readdirSync(tmp).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });
  it('large files replace the old one through two renames, leaving no stray files', () => {
    const p = path.join(tmp, 'large.npy');
    const big = np.arange(2_000_000, { dtype: 'float64' }); // 16 MB: the two-step path
    np.save(p, big.mul(2));
    np.save(p, big);
    const back = np.load(p) as np.NDArray;
    assert.equal(back.size, big.size);
    assert.equal(hex(back.tobytes()), hex(big.tobytes()));
    // A directory in the way: the save fails and nothing is left behind.
    const d = path.join(tmp, 'adir.npy');
    mkdirSync(d);
    assert.throws(() => np.save(d, big));
    assert.ok(statSync(d).isDirectory());
    assert.deepEqual(
      readdirSync(tmp).filter((n) => n.endsWith('.tmp') || n.endsWith('.old')),
      [],
    );
  });
  it('keeps the old .npy when the array cannot be converted', () => {
    const p = path.join(tmp, 'keep.npy');
    np.save(p, np.arange(3));
    assert.throws(() => np.save(p, [[1, 2], [3]]));
    assert.deepEqual(np.load(p).tolist(), [0, 1, 2]);
  });
});

describe('.npz', () => {
  for (const z of FIX.npz) {
    it(`reads ${z.file} lazily`, () => {
      const f = np.load(path.join(DIR, z.file));
      assert.ok(f instanceof np.NpzFile);
      assert.deepEqual(f.files, z.files);
      assert.deepEqual([...f], z.files);
      for (const k of z.files) {
        const a = f.get(k) as np.NDArray;
        const m = z.members[k];
        assert.equal(String(a.dtype), m.dtype);
        assert.deepEqual(a.shape, m.shape);
        assert.equal(hex(a.tobytes()), m.hex);
        assert.equal(hex((f.get(`${k}.npy`) as np.NDArray).tobytes()), m.hex);
      }
      throwsNumpy(() => f.get('nope'), 'KeyError', 'nope is not a file in the archive');
      f.close();
      assert.throws(() => f.get(z.files[0]), /closed/);
    });
  }
  it('savez / savez_compressed name arrays as NumPy and round-trip', () => {
    const a = np.arange(10);
    const b = np.array([[1.5, 2.5]], { dtype: 'float32' });
    for (const fn of [np.savez, np.savez_compressed]) {
      const p = path.join(tmp, `z_${fn.name}`);
      fn(p, a, b, { named: np.array(['x', 'yz']) });
      const f = np.load(`${p}.npz`);
      assert.deepEqual(f.files, ['named', 'arr_0', 'arr_1']);
      assert.deepEqual((f.get('arr_1') as np.NDArray).tolist(), [[1.5, 2.5]]);
      assert.deepEqual((f.get('named') as np.NDArray).tolist(), ['x', 'yz']);
    }
    throwsNumpy(
      () => np.savez(path.join(tmp, 'bad'), a, { arr_0: a }),
      'ValueError',
      'Cannot use un-named variables and keyword arr_0',
    );
  });
});

describe('malformed files', () => {
  // Messages NumPy words in ways that name Python internals are checked by class only.
  const EXACT = new Set([
    'empty',
    'short_magic',
    'wrong_magic',
    'version_4',
    'truncated_header',
    'huge_header_len',
    'truncated_data',
    'not_dict',
    'bad_keys',
    'extra_keys',
    'bad_shape',
    'bad_shape_float',
    'bad_fortran',
    'bad_descr',
    'object',
    'long_header',
    'structured',
  ]);
  for (const e of FIX.errors) {
    it(e.name, () => {
      const p = path.join(tmp, `${e.name}.npy`);
      writeFileSync(p, Buffer.from(e.hex, 'hex'));
      if (EXACT.has(e.name)) {
        throwsNumpy(() => np.load(p), e.err[0], e.err[1]);
        return;
      }
      assert.throws(
        () => np.load(p),
        (err: Error) =>
          ['ValueError', 'BadZipFile', 'SyntaxError'].includes(err.name) &&
          /zip|Cannot parse|structured|datetime|M8|too big|descr/.test(err.message),
      );
    });
  }
  it('the wrong magic string is named in npy.decode', () => {
    const g = np.npy.encode(np.arange(2));
    g[5] = 0x5a;
    throwsNumpy(
      () => np.npy.decode(g),
      'ValueError',
      "the magic string is not correct; expected b'\\x93NUMPY', got b'\\x93NUMPZ'",
    );
  });
  it('max_header_size and allow_pickle let a long header load', () => {
    const e = FIX.errors.find((x: { name: string }) => x.name === 'long_header');
    const bytes = Buffer.from(e.hex, 'hex');
    const full = Buffer.concat([bytes, Buffer.alloc(16)]);
    assert.deepEqual(np.npy.decode(full, { max_header_size: 30000 }).shape, [2]);
    assert.deepEqual(np.npy.decode(full, { allow_pickle: true }).shape, [2]);
  });
  it('structured descriptors load as structured dtypes, with titles and big-endian fields converted', () => {
    const e = FIX.errors.find((x: { name: string }) => x.name === 'structured');
    const bytes = Buffer.concat([Buffer.from(e.hex, 'hex'), Buffer.alloc(20)]);
    const a = np.npy.decode(bytes);
    assert.equal(a.dtype.repr(), "dtype([('a', '<i4'), ('b', '<f8', (2,))])");
    assert.deepEqual(a.tolist(), [{ a: 0, b: [0, 0] }]);
    const withDescr = (descr: string) => {
      const h = `{'descr': ${descr}, 'fortran_order': False, 'shape': (1,), }`;
      const pad = 64 - ((10 + h.length + 1) % 64);
      const header = Buffer.from(`${h}${' '.repeat(pad % 64)}\n`);
      const pre = Buffer.from([
        0x93,
        0x4e,
        0x55,
        0x4d,
        0x50,
        0x59,
        1,
        0,
        header.length & 255,
        header.length >> 8,
      ]);
      return Buffer.concat([pre, header, Buffer.alloc(16)]);
    };
    assert.equal(
      np.npy.decode(withDescr("[(('T', 'a'), '<i4')]")).dtype.repr(),
      "dtype([(('T', 'a'), '<i4')])",
    );
    const be = np.npy.decode(
      Buffer.concat([withDescr("[('a', '>i4')]").subarray(0, -16), Buffer.from([0, 0, 1, 2])]),
    );
    assert.equal(be.dtype.repr(), "dtype([('a', '<i4')])");
    assert.deepEqual(be.tolist(), [{ a: 258 }]);
    assert.equal(
      np.npy.decode(withDescr("[('a', '<i4'), ('', '|V4'), ('b', '<f8')]")).dtype.itemsize,
      16,
    );
  });
  it('object arrays with allow_pickle=true are still never unpickled', () => {
    const e = FIX.errors.find((x: { name: string }) => x.name === 'object');
    assert.throws(
      () => np.npy.decode(Buffer.from(e.hex, 'hex'), { allow_pickle: true }),
      /never unpickles/,
    );
  });
});

/** Every outcome of reading a mutated file must be a valid array or one of these errors. */
const CLEAN = new Set(['ValueError', 'EOFError', 'UnicodeDecodeError', 'BadZipFile', 'KeyError']);

function mutate(src: Uint8Array, rnd: () => number): Uint8Array {
  const b = Uint8Array.from(src);
  const kind = Math.floor(rnd() * 6);
  const pos = Math.floor(rnd() * b.length);
  switch (kind) {
    case 0: // flip bytes
      for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++)
        b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      return b;
    case 1: // truncate
      return b.subarray(0, pos);
    case 2: {
      // rewrite a header character with one that matters to the parser
      const chars = '0123456789(),\'"[]{}:L-+ \\xNeTF<>|';
      const at = 10 + Math.floor(rnd() * Math.min(100, Math.max(1, b.length - 10)));
      if (at < b.length) b[at] = chars.charCodeAt(Math.floor(rnd() * chars.length));
      return b;
    }
    case 3: {
      // replace the shape or descr text
      const text = new TextDecoder('latin1').decode(b);
      const shapes = [
        '(4294967296, 4294967296)',
        '(-1,)',
        '(9007199254740993,)',
        '()',
        '(0,)',
        '(3, 0, 5)',
        '(1e3,)',
        '(True,)',
      ];
      const descrs = [
        "'>f8'",
        "'<U0'",
        "'|S1'",
        "'<c8'",
        "'|O'",
        "'<V8'",
        "'x'",
        "[('a', '<i4')]",
        "'<f16'",
        "''",
      ];
      const t2 =
        rnd() < 0.5
          ? text.replace(/\(\d*,?[\d, ]*\)/, shapes[Math.floor(rnd() * shapes.length)]!)
          : text.replace(/'[<>|]\w+'/, descrs[Math.floor(rnd() * descrs.length)]!);
      return Uint8Array.from(t2, (c) => c.charCodeAt(0) & 0xff);
    }
    case 4: {
      // the header length field
      const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      if (b.length >= 12) {
        if (b[6] === 1) dv.setUint16(8, Math.floor(rnd() * 65536), true);
        else dv.setUint32(8, Math.floor(rnd() * 2 ** 32), true);
      }
      return b;
    }
    default: // version byte
      b[6] = Math.floor(rnd() * 5);
      return b;
  }
}

describe('randomized mutation of valid files', () => {
  it('10,000+ mutants give only clean errors or valid arrays, in bounded time', () => {
    const rnd = seededRandom(Number(process.env.NUMTYPE_FUZZ_SEED ?? 1234));
    const seeds = FIX.files
      .filter((f: { file: string }) =>
        /^(float64|int16|U5|S4|complex64|bool|v3|empty|zero_d|float32_be|int64_2d_f)\.npy$|_be\.npy$/.test(
          f.file,
        ),
      )
      .map((f: { file: string }) => new Uint8Array(readFileSync(path.join(DIR, f.file))));
    // Structured headers too: nested, titles, big-endian fields, padding, raw void.
    const structDir = path.join('test', 'fixtures', 'npyio_struct');
    for (const f of ['nested', 'titles', 'big_endian', 'aligned', 'void8', 'unicode_names'])
      seeds.push(new Uint8Array(readFileSync(path.join(structDir, `${f}.npy`))));
    const N = Number(process.env.NUMTYPE_FUZZ_COUNT ?? 12000);
    let ok = 0;
    let errs = 0;
    const t0 = Date.now();
    for (let i = 0; i < N; i++) {
      const src = seeds[i % seeds.length]!;
      const m = mutate(src, rnd);
      const s = Date.now();
      try {
        const a = np.npy.decode(m);
        assert.ok(a instanceof np.NDArray);
        assert.ok(a.nbytes <= m.length);
        ok++;
      } catch (e) {
        if (!(e instanceof Error) || !CLEAN.has(e.name) || (e as Error).message.length === 0) {
          throw new Error(
            `mutant ${i} (${Buffer.from(m).toString('hex').slice(0, 200)}): unclean ${String(e)}`,
          );
        }
        errs++;
      }
      assert.ok(Date.now() - s < 500, `mutant ${i} took too long`);
    }
    assert.equal(ok + errs, N);
    assert.ok(Date.now() - t0 < 20000);
  });
  it('mutated .npz archives give only clean errors or valid arrays', () => {
    const rnd = seededRandom(99);
    const zips = FIX.npz.map(
      (z: { file: string }) => new Uint8Array(readFileSync(path.join(DIR, z.file))),
    );
    const p = path.join(tmp, 'fuzz.npz');
    for (let i = 0; i < 600; i++) {
      const src = zips[i % zips.length]!;
      const m = Uint8Array.from(src);
      const kind = i % 3;
      let bytes: Uint8Array = m;
      if (kind === 0)
        for (let k = 0; k < 3; k++) m[Math.floor(rnd() * m.length)] = Math.floor(rnd() * 256);
      else if (kind === 1) bytes = m.subarray(0, Math.floor(rnd() * m.length));
      else m[Math.floor(rnd() * m.length)] ^= 1 << Math.floor(rnd() * 8);
      writeFileSync(p, bytes);
      try {
        const f = np.load(p);
        if (f instanceof np.NpzFile) for (const k of f.files) f.get(k);
      } catch (e) {
        if (!(e instanceof Error) || (!CLEAN.has(e.name) && !['UnpicklingError'].includes(e.name)))
          throw new Error(`npz mutant ${i}: unclean ${String(e)}`);
      }
    }
    assert.ok(existsSync(p));
  });
});
