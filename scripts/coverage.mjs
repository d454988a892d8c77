// API coverage: which names of shared/numpy-api.txt exist at their place in numtype,
// and which of those are tested against NumPy.
//
// Usage: node scripts/coverage.mjs [--dist DIR] [--list-missing] [--list-untested]
//   --dist DIR       the compiled build to inspect (default: dist/, as `npm run build` writes;
//                    DIR/src/index.js is imported)
//   --list-missing   print the names that do not exist (excluded names are marked)
//   --list-untested  print the names that exist but match no NumPy-backed test
//
// The target list is ../shared/numpy-api.txt next to this checkout (as the issue says);
// coverage-exclusions.txt at the repo root lists names that cannot exist in JavaScript,
// each with its reason, and a temporary "# pending (being implemented)" section.
// test/coverage.test.ts asserts the same existence rules strictly.
//
// "NumPy-tested" heuristic (a textual search, so an approximation):
//   1. NumPy-backed test sources are the .ts files under test/ that call loadFixture( or
//      pyJSON(, plus every file under test/ that imports one of them (the helper modules
//      like test/_core/numerictypes/fixture.ts load fixtures for the tests importing them).
//   2. A fixture generator scripts/fixtures/gen_*.py counts when the fixture it writes
//      (write('<name>', …)) is loaded by a test (loadFixture('<name>') / loadFixture<…>('<name>')),
//      as do the Python snippets inside the NumPy-backed tests (they are in those files), and
//      so does every identifier-like JSON string in such a loaded fixture (generators that
//      take function names from NumPy itself write them there).
//   3. A name is NumPy-tested when it exists and one of those sources mentions it as a call
//      (`name(` or `.name(`, whole word) or as a quoted string ('name', "name", `name`, or a
//      dotted 'random.name', used by fixture dispatch tables); ndarray attributes also count as
//      `.name` property reads.
//      Namespaces are not distinguished (np.linalg.norm and a `norm(` call match alike).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const here = import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '..');
const argv = process.argv.slice(2);
const distFlag = argv.indexOf('--dist');
const dist = distFlag >= 0 ? path.resolve(argv[distFlag + 1] ?? '') : path.join(repo, 'dist');
const np = await import(pathToFileURL(path.join(dist, 'src', 'index.js')).href);

const target = path.resolve(repo, '../shared/numpy-api.txt');
if (!existsSync(target)) {
  console.error(`coverage: target list not found at ${target}`);
  process.exit(1);
}
const lines = readFileSync(target, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

/** coverage-exclusions.txt: Map "ns name" -> {reason, pending}. */
function readExclusions() {
  const file = path.join(repo, 'coverage-exclusions.txt');
  const out = new Map();
  if (!existsSync(file)) return out;
  let pending = false;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const l = raw.trim();
    if (!l) continue;
    if (l.startsWith('#')) {
      if (/^#\s*pending\b/i.test(l)) pending = true;
      continue;
    }
    const [ns, name, ...reason] = l.split(/\s+/);
    out.set(`${ns} ${name}`, { reason: reason.join(' ').replace(/^[-—:]\s*/, ''), pending });
  }
  return out;
}
const exclusions = readExclusions();

const sample = np.zeros([2, 2]);
const rng = np.random?.default_rng ? np.random.default_rng(0) : null;
const where = {
  np: (n) => n in np,
  'np.linalg': (n) => np.linalg !== undefined && n in np.linalg,
  'np.fft': (n) => np.fft !== undefined && n in np.fft,
  'np.random': (n) => np.random !== undefined && n in np.random,
  'np.random.Generator': (n) => rng !== null && n in rng,
  ndarray: (n) => n in sample,
};

function walk(dir, ext) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** The text of every NumPy-backed source (heuristic steps 1 and 2). */
function numpyBackedText() {
  const tests = walk(path.join(repo, 'test'), '.ts').map((f) => ({
    f,
    text: readFileSync(f, 'utf8'),
  }));
  const backed = new Set(tests.filter((t) => /\b(loadFixture|pyJSON)\s*[<(]/.test(t.text)));
  const base = (f) => path.basename(f, '.ts');
  // Files importing a NumPy-backed helper module are NumPy-backed too.
  for (const t of tests) {
    if (backed.has(t)) continue;
    for (const b of backed) {
      if (new RegExp(`from\\s+['"][^'"]*/${base(b.f)}\\.js['"]`).test(t.text)) {
        backed.add(t);
        break;
      }
    }
  }
  const loaded = new Set();
  for (const t of backed) {
    for (const m of t.text.matchAll(/loadFixture(?:<[^()]*?>)?\(\s*['"`]([\w-]+)['"`]/g))
      loaded.add(m[1]);
  }
  const texts = [...backed].map((t) => t.text);
  for (const g of walk(path.join(repo, 'scripts', 'fixtures'), '.py')) {
    const text = readFileSync(g, 'utf8');
    const written = [...text.matchAll(/\bwrite\(\s*f?['"]([\w-]+)['"]/g)].map((m) => m[1]);
    if (written.some((w) => loaded.has(w))) texts.push(text);
  }
  // Identifier-like JSON strings of the loaded fixtures (names generators took from NumPy).
  const strings = new Set();
  for (const name of loaded) {
    const f = path.join(repo, 'test', 'fixtures', `${name}.json`);
    if (!existsSync(f)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/"([A-Za-z_][\w.]*)"/g)) {
      strings.add(m[1].slice(m[1].lastIndexOf('.') + 1));
    }
  }
  return { text: texts.join('\n'), strings };
}

const { text: corpus, strings: fixtureStrings } = numpyBackedText();
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function tested(ns, name) {
  const n = esc(name);
  const call = new RegExp(`(^|[^\\w$])${n}\\s*\\(`, 'm');
  const quoted = new RegExp(`['"\`](?:\\w+\\.)*${n}['"\`]`);
  if (fixtureStrings.has(name) || call.test(corpus) || quoted.test(corpus)) return true;
  return ns === 'ndarray' && new RegExp(`\\.${n}(?![\\w$])`).test(corpus);
}

const missing = [];
const untested = [];
let have = 0;
let numpyTested = 0;
let excluded = 0;
for (const l of lines) {
  const [ns, name] = l.split(/\s+/);
  const key = `${ns} ${name}`;
  const ex = exclusions.get(key);
  if (ex && !ex.pending) excluded++;
  if (where[ns]?.(name)) {
    have++;
    if (tested(ns, name)) numpyTested++;
    else untested.push(key);
  } else missing.push(ex ? `${key}   (${ex.pending ? 'pending' : `excluded: ${ex.reason}`})` : key);
}
const goal = lines.length - excluded;
const pct = (k) => ((100 * k) / goal).toFixed(1);
console.log(
  `API coverage: ${have}/${goal} names (${pct(have)}%) of ${lines.length} targets less ${excluded} excluded as impossible in JavaScript`,
);
console.log(`NumPy-tested: ${numpyTested}/${goal} names (${pct(numpyTested)}%)`);
if (argv.includes('--list-missing')) console.log(missing.join('\n'));
if (argv.includes('--list-untested')) console.log(untested.join('\n'));
