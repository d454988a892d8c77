/**
 * `np.show_config(mode='stdout')` (numpy/__config__.py): what this process computes with —
 * numtype's version, the JavaScript runtime, the kernel backend (WebAssembly SIMD or the
 * plain-JS fallback) and threads. `mode: 'dicts'` returns the same facts as an object.
 *
 * @example
 * np.show_config(); // prints "numtype:\n  version: 0.1.0\nRuntime: ..."
 */

import { AttributeError } from './_core/errors.js';
import { getBackend, simdSupported } from './_core/kernels/index.js';
import { threadStats } from './_core/kernels/threads.js';
import { bindArgs } from './_core/multiarray/args.js';
import { __version__ } from './version.js';

type ConfigValue = string | number | boolean | ConfigTree;
interface ConfigTree {
  [key: string]: ConfigValue;
}

/** The runtime's name and version (Node, Deno, Bun or a browser). */
function runtimeInfo(): ConfigTree {
  const g = globalThis as {
    process?: { versions?: Record<string, string>; platform?: string; arch?: string };
    navigator?: { userAgent?: string; hardwareConcurrency?: number };
    Deno?: { version?: { deno?: string } };
  };
  const v = g.process?.versions;
  if (g.Deno?.version?.deno) return { name: 'deno', version: g.Deno.version.deno };
  if (v?.bun) return { name: 'bun', version: v.bun };
  if (v?.node) {
    return {
      name: 'node',
      version: v.node,
      v8: v.v8 ?? 'unknown',
      platform: g.process?.platform ?? 'unknown',
      arch: g.process?.arch ?? 'unknown',
    };
  }
  return { name: 'browser', 'user agent': g.navigator?.userAgent ?? 'unknown' };
}

/** Logical CPUs where the runtime says (browsers, Node >= 21), else nothing. */
function cpuCount(): ConfigTree {
  const g = globalThis as { navigator?: { hardwareConcurrency?: number } };
  const n = g.navigator?.hardwareConcurrency;
  return n === undefined ? {} : { 'logical CPUs': n };
}

/** The configuration as NumPy's `show_config(mode='dicts')` gives it: nested plain objects. */
function configDict(): ConfigTree {
  const backend = getBackend();
  return {
    numtype: { version: __version__ },
    Runtime: runtimeInfo(),
    Kernels: {
      backend: backend === 'wasm' ? 'WebAssembly SIMD' : 'JavaScript (fallback)',
      'WebAssembly SIMD available': simdSupported(),
      'forced fallback (NUMTYPE_NO_WASM)': backend === 'js' && simdSupported(),
    },
    Threads: {
      ...cpuCount(),
      // Large matrix products and PCG64 random() fills share their work with worker threads
      // (src/_core/kernels/threads.ts).
      'worker threads': threadStats().workers,
      'shares run on workers': threadStats().jobs - threadStats().revoked,
    },
    'Floating point': {
      'float64 / float32 math':
        "NumPy's results on x86-64 Linux (AVX2/FMA): glibc libm, NumPy's own SIMD float32 exp/log/sin/cos and tanh",
    },
  };
}

function render(tree: ConfigTree, indent: string): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'object') {
      lines.push(`${indent}${k}:`);
      lines.push(...render(v, `${indent}  `));
    } else {
      lines.push(`${indent}${k}: ${String(v)}`);
    }
  }
  return lines;
}

/**
 * `np.show_config(mode='stdout')`: print the configuration (mode 'stdout'), or return it as
 * nested objects (mode 'dicts').
 */
export function show_config(...args: unknown[]): ConfigTree | undefined {
  const a = bindArgs('show_config', ['mode'], args);
  const mode = a.mode ?? 'stdout';
  if (mode === 'stdout') {
    console.log(render(configDict(), '').join('\n'));
    return undefined;
  }
  if (mode === 'dicts') return configDict();
  throw new AttributeError(`Invalid \`mode\`, use one of: stdout, dicts`);
}
