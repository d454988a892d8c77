/**
 * A small horizontal bar chart of ratios as SVG text (no dependencies): one bar per operation
 * on a log scale centred on 1 (bars to the left: numtype faster; to the right: slower), with
 * the interquartile range of the per-round ratios as a whisker.
 */
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** rows: [{ label, value, lo?, hi? }] */
export function barChart(rows, title) {
  const labelW = 300;
  const plotW = 460;
  const valueW = 70;
  const rowH = 22;
  const top = 48;
  const width = labelW + plotW + valueW + 20;
  const height = top + rows.length * rowH + 40;
  const vals = rows
    .flatMap((r) => [r.value, r.lo ?? r.value, r.hi ?? r.value])
    .filter((v) => v > 0);
  const maxAbs = Math.max(2, ...vals.map((v) => Math.abs(Math.log2(v))));
  const span = Math.ceil(maxAbs); // log2 units each side of 1
  const x = (v) => labelW + plotW / 2 + (Math.log2(Math.max(v, 1e-9)) / span) * (plotW / 2);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="13" font-weight="bold">${esc(title)}</text>`,
  );
  // grid: powers of two
  for (let e = -span; e <= span; e++) {
    const gx = x(2 ** e);
    out.push(
      `<line x1="${gx}" y1="${top - 8}" x2="${gx}" y2="${top + rows.length * rowH}" stroke="${e === 0 ? '#333' : '#ddd'}" stroke-width="${e === 0 ? 1.5 : 1}"/>`,
      `<text x="${gx}" y="${top - 12}" text-anchor="middle" fill="#555">${e < 0 ? `1/${2 ** -e}` : 2 ** e}x</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const x0 = x(1);
    const x1 = x(r.value);
    const color = r.value <= 1.1 ? '#3a9a4a' : r.value <= 2 ? '#e0a020' : '#d04030';
    out.push(
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text>`,
      `<rect x="${Math.min(x0, x1)}" y="${y + 4}" width="${Math.max(Math.abs(x1 - x0), 1)}" height="${rowH - 8}" fill="${color}"/>`,
    );
    if (r.lo !== undefined && r.hi !== undefined) {
      out.push(
        `<line x1="${x(r.lo)}" y1="${y + rowH / 2}" x2="${x(r.hi)}" y2="${y + rowH / 2}" stroke="#222" stroke-width="1"/>`,
      );
    }
    out.push(`<text x="${labelW + plotW + 8}" y="${y + 15}">${r.value.toFixed(2)}x</text>`);
  });
  const by = top + rows.length * rowH + 24;
  out.push(
    `<text x="${x(1) - 8}" y="${by}" text-anchor="end" fill="#3a9a4a">← numtype faster</text>`,
    `<text x="${x(1) + 8}" y="${by}" fill="#d04030">numtype slower →</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
