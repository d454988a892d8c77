/**
 * TypeScript signatures and JSDoc of numtype's public names, read from the declaration
 * files tsc emits (`dist/src/**\/*.d.ts`): there every function is its overloads without a
 * body, which is what a reference page shows. (TypeScript 7 is the native compiler and has
 * no stable in-process compiler API, so this is a small scanner for the d.ts subset tsc
 * writes: top-level statements, re-exports, classes and interfaces.)
 *
 *   const index = new DtsIndex(distSrcDir);
 *   index.lookup('np.linalg.svd')   // { decls: [{ text, doc }], file } | null
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Split d.ts text into top-level statements `{ text, doc }` (doc: the JSDoc before it). */
export function statements(src) {
  const out = [];
  let i = 0;
  let doc = null;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (src.startsWith('/**', i)) {
      const end = src.indexOf('*/', i + 3);
      doc = src.slice(i, end + 2);
      i = end + 2;
      continue;
    }
    if (src.startsWith('/*', i)) {
      i = src.indexOf('*/', i + 2) + 2;
      continue;
    }
    if (src.startsWith('//', i)) {
      const end = src.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const end = statementEnd(src, i);
    out.push({ text: src.slice(i, end).trim(), doc });
    doc = null;
    i = end;
  }
  return out;
}

const BLOCK =
  /^(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:class|interface|enum|namespace|module)\b/;

/** Index just past the statement starting at `i`: its `;` at depth 0, or its body's `}`. */
function statementEnd(src, i) {
  const block = BLOCK.test(src.slice(i, i + 200));
  let depth = 0;
  let j = i;
  const n = src.length;
  while (j < n) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') {
      j = skipString(src, j);
      continue;
    }
    if (c === '/' && src[j + 1] === '*') {
      j = src.indexOf('*/', j + 2) + 2;
      continue;
    }
    if (c === '/' && src[j + 1] === '/') {
      const e = src.indexOf('\n', j);
      j = e < 0 ? n : e;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0 && c === '}' && block) return j + 1;
    } else if (c === ';' && depth === 0) return j + 1;
    j++;
  }
  return n;
}

function skipString(src, j) {
  const q = src[j];
  j++;
  while (j < src.length && src[j] !== q) {
    if (src[j] === '\\') j++;
    j++;
  }
  return j + 1;
}

/** The member statements of a class or interface body `{ ... }` (without the braces). */
export function members(bodyText) {
  const open = bodyText.indexOf('{');
  const close = bodyText.lastIndexOf('}');
  return statements(bodyText.slice(open + 1, close));
}

const MODIFIERS =
  /^(?:(?:public|private|protected|static|readonly|abstract|declare|override|get|set|async)\s+)*/;

/** The name a class member declares (`sum`, `T`, `constructor`), or null. */
export function memberName(text) {
  const rest = text.replace(MODIFIERS, '');
  const m = /^([A-Za-z_$][\w$]*)/.exec(rest);
  return m ? m[1] : null;
}

/** The JSDoc's description (no tags), paragraphs joined by blank lines; '' if none. */
export function docSummary(doc) {
  if (!doc) return '';
  const lines = doc
    .replace(/^\/\*\*\s?/, '')
    .replace(/\s*\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  const out = [];
  for (const l of lines) {
    if (/^\s*@/.test(l)) break;
    out.push(l.trimEnd());
  }
  return out
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** `@example` lines of a JSDoc, or []. */
export function docExamples(doc) {
  if (!doc) return [];
  const out = [];
  for (const m of doc.matchAll(/@example\s+([^\n]*)/g))
    out.push(m[1].replace(/\s*\*\/$/, '').trim());
  return out;
}

const DECL =
  /^(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(function|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;

/** One parsed declaration file. */
class Module {
  constructor(file) {
    this.file = file;
    this.decls = new Map(); // local name → [{ kind, text, doc }]
    this.exported = new Map(); // exported name → local name (local declarations)
    this.named = new Map(); // exported name → { from, name } (re-exports)
    this.namespaces = new Map(); // exported name → module file (export * as x)
    this.imports = new Map(); // local name → { from, name } ('*' for namespace imports)
    this.stars = [];
    const dir = path.dirname(file);
    const target = (spec) => path.resolve(dir, spec.replace(/\.js$/, '.d.ts'));
    for (const st of statements(readFileSync(file, 'utf8'))) {
      const t = st.text;
      let m;
      if ((m = /^export\s+\*\s+as\s+([\w$]+)\s+from\s+['"](.+?)['"]/.exec(t))) {
        this.namespaces.set(m[1], target(m[2]));
      } else if ((m = /^export\s+\*\s+from\s+['"](.+?)['"]/.exec(t))) {
        this.stars.push(target(m[1]));
      } else if ((m = /^export\s+(type\s+)?\{([^}]*)\}\s*(?:from\s+['"](.+?)['"])?/.exec(t))) {
        if (m[1]) continue;
        for (const part of m[2].split(',')) {
          const p = part.trim().replace(/^type\s+/, '');
          if (!p || part.trim().startsWith('type ')) continue;
          const [orig, alias] = p.split(/\s+as\s+/).map((s) => s.trim());
          if (m[3]) this.named.set(alias ?? orig, { from: target(m[3]), name: orig });
          else this.exported.set(alias ?? orig, orig);
        }
      } else if ((m = /^import\s+(type\s+)?(.*?)\s+from\s+['"](.+?)['"]/s.exec(t))) {
        if (m[1]) continue;
        const from = target(m[3]);
        const what = m[2];
        const ns = /\*\s+as\s+([\w$]+)/.exec(what);
        if (ns) this.imports.set(ns[1], { from, name: '*' });
        const braces = /\{([^}]*)\}/.exec(what);
        if (braces)
          for (const part of braces[1].split(',')) {
            const p = part.trim();
            if (!p || p.startsWith('type ')) continue;
            const [orig, alias] = p.split(/\s+as\s+/).map((s) => s.trim());
            this.imports.set(alias ?? orig, { from, name: orig });
          }
      } else if ((m = DECL.exec(t))) {
        const [, kind, name] = m;
        if (!this.decls.has(name)) this.decls.set(name, []);
        this.decls.get(name).push({ kind, text: t, doc: st.doc });
        if (/^export\s/.test(t)) this.exported.set(name, name);
      }
    }
  }
}

/** Resolves numtype's public names to their declarations in a d.ts tree. */
export class DtsIndex {
  /** `srcDir`: the compiled `src` directory (holding index.d.ts). */
  constructor(srcDir) {
    this.srcDir = srcDir;
    this.modules = new Map();
  }

  module(file) {
    let m = this.modules.get(file);
    if (m === undefined) {
      m = existsSync(file) ? new Module(file) : null;
      this.modules.set(file, m);
    }
    return m;
  }

  /**
   * What module `file` exports as `name`: `{ file, decls }` for a declaration,
   * `{ namespace: file }` for a namespace, or null.
   */
  resolveExport(file, name, seen = new Set()) {
    const key = `${file}#${name}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const m = this.module(file);
    if (m === null) return null;
    if (m.namespaces.has(name)) return { namespace: m.namespaces.get(name) };
    if (m.exported.has(name)) return this.resolveLocal(m, m.exported.get(name), seen);
    if (m.named.has(name)) {
      const r = m.named.get(name);
      return this.resolveExport(r.from, r.name, seen);
    }
    for (const s of m.stars) {
      const r = this.resolveExport(s, name, seen);
      if (r !== null) return r;
    }
    return null;
  }

  resolveLocal(m, local, seen) {
    if (m.decls.has(local)) {
      // a value and a type may share the name (const + type): keep the value's declarations
      const all = m.decls.get(local);
      const values = all.filter((d) => d.kind !== 'type' && d.kind !== 'interface');
      return { file: m.file, decls: values.length ? values : all, module: m };
    }
    if (m.imports.has(local)) {
      const imp = m.imports.get(local);
      if (imp.name === '*') return { namespace: imp.from };
      return this.resolveExport(imp.from, imp.name, seen);
    }
    return null;
  }

  /** The members named `name` of class (or interface) `cls` declared in `found`. */
  classMembers(found, name) {
    const out = [];
    for (const d of found.decls) {
      if (d.kind !== 'class' && d.kind !== 'interface') continue;
      for (const st of members(d.text))
        if (memberName(st.text) === name) out.push({ kind: 'member', text: st.text, doc: st.doc });
    }
    // interface declarations merged into the class (declaration merging) in the same module
    const extra =
      found.module?.decls.get(found.decls[0]?.text && DECL.exec(found.decls[0].text)?.[2]) ?? [];
    for (const d of extra) {
      if (d.kind !== 'interface' || found.decls.includes(d)) continue;
      for (const st of members(d.text))
        if (memberName(st.text) === name) out.push({ kind: 'member', text: st.text, doc: st.doc });
    }
    return out;
  }

  /**
   * Declarations of a qualified public name: `np.add`, `np.linalg.svd`, `ndarray.T`,
   * `np.random.Generator.normal`. Returns `{ file, decls: [{ kind, text, doc }] }` or null.
   */
  lookup(qualified) {
    const index = path.join(this.srcDir, 'index.d.ts');
    const parts = qualified.split('.');
    if (parts[0] === 'ndarray') return this.member(index, ['NDArray'], parts[1]);
    if (parts[0] !== 'np') return null;
    let file = index;
    for (let k = 1; k < parts.length; k++) {
      const r = this.resolveExport(file, parts[k]);
      if (r === null) return null;
      if (r.namespace !== undefined) {
        if (k === parts.length - 1) return { file: r.namespace, decls: [], namespace: true };
        file = r.namespace;
        continue;
      }
      if (k === parts.length - 1) return r;
      // a class in the path: the rest is one member (np.random.Generator.normal)
      if (k === parts.length - 2) return this.member(file, [parts[k]], parts[k + 1]);
      return null;
    }
    return null;
  }

  member(file, path_, name) {
    const cls = this.resolveExport(file, path_[0]);
    if (cls === null || cls.decls === undefined) return null;
    const decls = this.classMembers(cls, name);
    return decls.length ? { file: cls.file, decls } : null;
  }
}
