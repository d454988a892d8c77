/**
 * The playground page: a lesson picker, an editor and the output pane. Run sends the code
 * to the server (POST /transpile: TypeScript to an ES module) and runs it in a fresh module
 * worker (worker.js), so every run starts from a clean numtype (seeds, print options) like a
 * Python script, a long loop never freezes the page, and Stop can end it. One worker is kept
 * loaded ahead of time so Run starts at once.
 * State for tests and scripts: #status[data-state] is 'ready' once numtype has loaded,
 * #output[data-state] is 'running' during a run and 'done' (data-failed="true" after an
 * error) when it ends.
 */
const $ = (id) => document.getElementById(id);
const code = $('code');
const output = $('output');
const runButton = $('run');
const stopButton = $('stop');
const status = $('status');
const picker = $('lesson');

const SCRATCH = `// numtype: NumPy for TypeScript. Pick a lesson above, or edit and press Run.
const a = np.arange(12).reshape(3, 4);
print(a);
print('shape:', a.shape, 'dtype:', a.dtype);
console.log(a.mean({ axis: 0 }));
print(np.linalg.inv(np.array([[4.0, 7.0], [2.0, 6.0]])));
const rng = np.random.default_rng(42);
print(rng.normal(0, 1, 3));
a.reshape(5); // errors print as Python shows them
`;

/** A worker that has loaded numtype: { worker, info } once its 'ready' message arrives. */
function spawn() {
  const worker = new Worker('/worker.js', { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.kind === 'ready') resolve({ worker, info: data });
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      worker.terminate();
      reject(new Error(ev.message || 'the numtype worker failed to load'));
    };
  });
}

let warm = spawn();
warm.catch(() => undefined); // reported when a run awaits it
let current = null;
let runStart = 0;

function write(text, kind) {
  const line = `${text}\n`;
  if (kind === 'err') {
    const span = document.createElement('span');
    span.className = 'err';
    span.textContent = line;
    output.append(span);
  } else {
    output.append(line);
  }
}

function finish(failed) {
  current = null;
  output.dataset.state = 'done';
  output.dataset.failed = String(failed);
  runButton.disabled = false;
  stopButton.disabled = true;
  $('time').textContent = `${((performance.now() - runStart) / 1000).toFixed(2)} s`;
}

async function run() {
  if (current) return;
  runStart = performance.now();
  output.textContent = '';
  output.dataset.state = 'running';
  delete output.dataset.failed;
  $('time').textContent = '';
  runButton.disabled = true;
  let res;
  try {
    const r = await fetch('/transpile', { method: 'POST', body: code.value });
    res = await r.json();
  } catch (e) {
    res = { error: `ConnectionError: the playground server is not reachable (${e.message})` };
  }
  if (res.error !== undefined) {
    write(res.error, 'err');
    finish(true);
    return;
  }
  let w;
  try {
    w = await warm;
  } catch (e) {
    write(`ImportError: ${e.message}`, 'err');
    warm = spawn();
    warm.catch(() => undefined);
    finish(true);
    return;
  }
  warm = spawn();
  warm.catch(() => undefined);
  current = w.worker;
  stopButton.disabled = false;
  w.worker.onmessage = ({ data }) => {
    if (data.kind === 'done') {
      w.worker.terminate();
      finish(data.failed);
    } else write(data.text, data.kind);
  };
  w.worker.postMessage({ type: 'run', code: res.code });
}

function stop() {
  if (!current) return;
  current.terminate();
  write('KeyboardInterrupt', 'err');
  finish(true);
}

async function loadLesson(name) {
  if (!name) {
    code.value = SCRATCH;
    return;
  }
  const r = await fetch(`/lessons/${name}.ts`);
  code.value = r.ok ? await r.text() : `// lesson ${name} not found\n`;
  output.textContent = '';
  output.dataset.state = 'idle';
}

async function init() {
  code.value = SCRATCH;
  runButton.addEventListener('click', run);
  stopButton.addEventListener('click', stop);
  code.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      run();
    } else if (ev.key === 'Tab' && !ev.shiftKey) {
      ev.preventDefault();
      code.setRangeText('  ', code.selectionStart, code.selectionEnd, 'end');
    }
  });
  picker.addEventListener('change', () => {
    const url = new URL(location.href);
    if (picker.value) url.searchParams.set('lesson', picker.value);
    else url.searchParams.delete('lesson');
    history.replaceState(null, '', url);
    loadLesson(picker.value);
  });
  const list = await (await fetch('/lessons.json')).json();
  for (const l of list) {
    const opt = new Option(`${l.name}${l.node ? ' (needs Node: files)' : ''}`, l.name);
    opt.title = l.title;
    picker.append(opt);
  }
  const wanted = new URLSearchParams(location.search).get('lesson');
  if (wanted && list.some((l) => l.name === wanted)) {
    picker.value = wanted;
    await loadLesson(wanted);
  }
  try {
    const { info } = await warm;
    status.textContent = `numtype ${info.version} · kernels: ${info.kernels}`;
    status.dataset.state = 'ready';
  } catch (e) {
    status.textContent = `numtype failed to load: ${e.message}`;
    status.dataset.state = 'error';
  }
  runButton.disabled = false;
}

init();
