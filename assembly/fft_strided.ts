// The FFT passes of assembly/fft.ts with explicit byte strides (src/fft/wasm_plan.ts): input
// element e of line l at cc + e·ie + l·il, output element e of line l at ch + e·oe + l·ol.
// A plan's first pass reads lines where they lie (rows one after another, or one block of
// columns inside a wider staged block) and its last pass writes them back there, which saves
// the interleaving copies and keeps the ping-pong buffers small.

import { pass2, pass3, pass4, pass5, r2cUnpack } from './fft';

export function fft_pass2s(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool, ie: usize, il: usize, oe: usize, ol: usize): void {
  pass2(ido, l1, L, cc, ch, tw, fwd, ie, il, oe, ol);
}

export function fft_pass3s(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool, ie: usize, il: usize, oe: usize, ol: usize): void {
  pass3(ido, l1, L, cc, ch, tw, fwd, ie, il, oe, ol);
}

export function fft_pass4s(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool, ie: usize, il: usize, oe: usize, ol: usize): void {
  pass4(ido, l1, L, cc, ch, tw, fwd, ie, il, oe, ol);
}

export function fft_pass5s(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool, ie: usize, il: usize, oe: usize, ol: usize): void {
  pass5(ido, l1, L, cc, ch, tw, fwd, ie, il, oe, ol);
}

/** fft_r2c_unpack (interleaved input z) writing element k of line l at x + k·oe + l·ol. */
export function fft_r2c_unpack_s(z: usize, x: usize, w: usize, h: i32, L: i32, oe: usize, ol: usize): void {
  r2cUnpack(z, x, w, h, L, oe, ol);
}
