/**
 * A minimal WebAssembly binary writer for the bit generators' small kernels (pcg64_wasm.ts,
 * mt19937_wasm.ts): they are assembled at load time from these few encoders, so there is no
 * binary blob and no build step.
 */

/** Unsigned LEB128. */
export function uleb(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return out;
}

/** Signed LEB128. */
export function sleb(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** A vector: its length, then the items. */
export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
/** A module section: id, byte size, body. */
export const section = (id: number, body: number[]): number[] => [
  id,
  ...uleb(body.length),
  ...body,
];
/** A name: its length, then its bytes. */
export const str = (s: string): number[] => [
  ...uleb(s.length),
  ...Array.from(s, (c) => c.charCodeAt(0)),
];

export const I32 = 0x7f;
export const I64 = 0x7e;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** A function body: its locals as [count, type] runs, then the code (without `end`). */
export function funcBody(locals: [number, number][], code: number[]): number[] {
  const all = [...vec(locals.map(([n, t]) => [...uleb(n), t])), ...code, 0x0b];
  return [...uleb(all.length), ...all];
}

/**
 * A module of one memory (`pages` 64 KiB pages, exported as `mem`) and functions given as
 * [type index, body, export name or null]; `types` are [params, results] value-type lists.
 */
export function moduleBytes(
  types: [number[], number[]][],
  funcs: [number, number[], string | null][],
  pages: number,
): Uint8Array<ArrayBuffer> {
  const exports: number[][] = [];
  funcs.forEach(([, , name], i) => {
    if (name) exports.push([...str(name), 0x00, ...uleb(i)]);
  });
  exports.push([...str('mem'), 0x02, 0]);
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(
      1,
      vec(types.map(([p, r]) => [0x60, ...vec(p.map((t) => [t])), ...vec(r.map((t) => [t]))])),
    ),
    ...section(3, vec(funcs.map(([t]) => uleb(t)))),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(7, vec(exports)),
    ...section(10, vec(funcs.map(([, b]) => b))),
  ];
  return new Uint8Array(bytes);
}

const memarg = (align: number, off: number) => [align, ...uleb(off)];
const simd = (code: number, ...rest: number[]) => [0xfd, ...uleb(code), ...rest];

/** The instructions the kernels use. */
export const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  call: (f: number) => [0x10, ...uleb(f)],
  i32: (v: number) => [0x41, ...sleb(v | 0)],
  i64: (v: bigint) => [0x42, ...sleb(BigInt.asIntN(64, v))],
  f64: (v: number) => [0x44, ...new Uint8Array(new Float64Array([v]).buffer)],
  // control
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (d: number) => [0x0c, ...uleb(d)],
  brIf: (d: number) => [0x0d, ...uleb(d)],
  // memory
  load32: (off: number) => [0x28, ...memarg(2, off)],
  store32: (off: number) => [0x36, ...memarg(2, off)],
  load64: (off: number) => [0x29, ...memarg(3, off)],
  load32U64: (off: number) => [0x35, ...memarg(2, off)],
  store64: (off: number) => [0x37, ...memarg(3, off)],
  storeF64: (off: number) => [0x39, ...memarg(3, off)],
  loadF64: (off: number) => [0x2b, ...memarg(3, off)],
  select: [0x1b],
  // i32
  eqz32: [0x45],
  eq32: [0x46],
  ltU32: [0x49],
  gtU32: [0x4b],
  leU32: [0x4d],
  geU32: [0x4f],
  add32: [0x6a],
  sub32: [0x6b],
  mul32: [0x6c],
  and32: [0x71],
  or32: [0x72],
  xor32: [0x73],
  shl32: [0x74],
  shrS32: [0x75],
  shrU32: [0x76],
  // i64
  ltU64: [0x54],
  gtU64: [0x56],
  wrap: [0xa7],
  add64: [0x7c],
  mul64: [0x7e],
  and64: [0x83],
  or64: [0x84],
  xor64: [0x85],
  shl64: [0x86],
  shrU64: [0x88],
  rotr64: [0x8a],
  extendU: [0xad],
  // f64
  fabs: [0x99],
  fadd: [0xa0],
  fsub: [0xa1],
  fmul: [0xa2],
  feq: [0x61],
  flt: [0x63],
  fge: [0x66],
  i64FromF64: [0xbd],
  f64FromI64: [0xbf],
  sub64: [0x7d],
  shrS64: [0x87],
  cvtS64: [0xb9],
  cvtU32: [0xb8],
  // v128
  vload: (off: number) => simd(0x00, ...memarg(0, off)),
  vstore: (off: number) => simd(0x0b, ...memarg(0, off)),
  vconstI32: (v: number) => {
    const b = new Uint8Array(new Int32Array([v, v, v, v]).buffer);
    return simd(0x0c, ...b);
  },
  vconstF64: (v: number) => simd(0x0c, ...new Uint8Array(new Float64Array([v, v]).buffer)),
  shuffle: (lanes: number[]) => simd(0x0d, ...lanes),
  vand: simd(0x4e),
  vor: simd(0x50),
  vxor: simd(0x51),
  i32x4Shl: simd(0xab),
  i32x4ShrS: simd(0xac),
  i32x4ShrU: simd(0xad),
  f64x2Add: simd(0xf0),
  f64x2Mul: simd(0xf2),
  f64x2ConvertLowS: simd(0xfe),
};

/** The environment variable that turns every kernel off (the plain-JS fallback). */
export function wasmAllowed(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string> } }).process?.env;
  return typeof WebAssembly !== 'undefined' && env?.NUMTYPE_NO_WASM !== '1';
}
