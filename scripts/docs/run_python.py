"""Run the python blocks of the API examples (docs/api-examples/*.md), NumPy as the oracle.

As a program (scripts/docs/examples.mjs `runPython`): reads `[{"name", "code"}, ...]` as
JSON on stdin and writes `{name: {"out", "error"}}` as JSON on stdout. As a module
(scripts/fixtures/gen_api_examples.py): `parse_examples(text)` and `run_sections(...)`.

Each section runs in a fresh namespace holding only `np`, with its stdout captured, inside
`np.printoptions()` and `np.errstate()` so that no section changes the next one's output.
"""
import contextlib
import io
import json
import re
import sys
import traceback

import numpy as np


def parse_examples(text):
    """[(name, python_code)] of one examples file: the ```python block of each `## name`."""
    out = []
    name = None
    fence = None
    body = []
    for line in text.split('\n'):
        line = line.rstrip('\r')
        if fence is not None:
            if re.fullmatch(r'```\s*', line):
                if fence == 'python' and name is not None:
                    out.append((name, '\n'.join(body) + '\n'))
                fence = None
            else:
                body.append(line)
            continue
        m = re.fullmatch(r'```\s*(\S*)\s*', line)
        if m:
            fence = m.group(1)
            body = []
            continue
        m = re.fullmatch(r'## +(.+?)\s*', line)
        if m:
            name = re.sub(r'^`(.*)`$', r'\1', m.group(1))
    return out


def run_one(name, code):
    """(printed text, error or None) of one section's code."""
    buf = io.StringIO()
    error = None
    with contextlib.redirect_stdout(buf), np.printoptions(), np.errstate():
        try:
            exec(compile(code, f'<{name}>', 'exec'), {'np': np, '__name__': '__main__'})
        except BaseException as exc:  # noqa: BLE001 - report every failure, keep going
            tb = traceback.extract_tb(exc.__traceback__)
            where = next((f' (line {f.lineno})' for f in reversed(tb) if f.filename == f'<{name}>'), '')
            error = f'{type(exc).__name__}: {exc}{where}'
    return buf.getvalue(), error


def run_sections(sections):
    """{name: {"out", "error"}} for [(name, code)]."""
    return {name: dict(zip(('out', 'error'), run_one(name, code))) for name, code in sections}


if __name__ == '__main__':
    jobs = json.load(sys.stdin)
    result = run_sections([(j['name'], j['code']) for j in jobs])
    sys.stdout.write(json.dumps(result))
