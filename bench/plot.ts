/**
 * A dependency-free SVG line chart for benchmark results: log-scale x axis
 * (sizes spanning decades), linear y axis from 0, one polyline per series,
 * optional horizontal reference line (a target), legend on the right.
 */

export interface Series {
  name: string;
  /** [x, y] points, x > 0. */
  points: readonly (readonly [number, number])[];
}

export interface LineChart {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  /** A horizontal dashed line, e.g. a target. */
  guide?: { y: number; label: string };
}

const WIDTH = 760;
const HEIGHT = 440;
const PLOT = { left: 84, right: 520, top: 40, bottom: 380 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A "nice" step (1, 2 or 5 × 10^k) giving about `ticks` intervals up to `max`. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

function label(n: number): string {
  return n.toLocaleString('en-US');
}

export function lineChart(chart: LineChart): string {
  const xs = chart.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = chart.series.flatMap((s) => s.points.map((p) => p[1]));
  if (xs.length === 0 || xs.some((x) => !(x > 0))) throw new RangeError('a chart needs points with x > 0');
  const lo = Math.floor(Math.log10(Math.min(...xs)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...xs))));
  const top = Math.max(...ys, chart.guide?.y ?? 0) * 1.05 || 1;
  const step = niceStep(top, 6);
  const yMax = step * Math.ceil(top / step);
  const px = (x: number) => PLOT.left + ((Math.log10(x) - lo) / (hi - lo)) * (PLOT.right - PLOT.left);
  const py = (y: number) => PLOT.bottom - (y / yMax) * (PLOT.bottom - PLOT.top);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15">${escape(chart.title)}</text>`,
  ];
  for (let e = lo; e <= hi; e++) {
    const x = px(10 ** e).toFixed(1);
    out.push(`<line x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${PLOT.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${PLOT.bottom + 18}" text-anchor="middle">${label(10 ** e)}</text>`);
  }
  for (let y = 0; y <= yMax + step / 2; y += step) {
    const at = py(y).toFixed(1);
    out.push(`<line x1="${PLOT.left}" y1="${at}" x2="${PLOT.right}" y2="${at}" stroke="#ddd"/>`);
    out.push(`<text x="${PLOT.left - 8}" y="${at}" text-anchor="end" dominant-baseline="middle">${label(y)}</text>`);
  }
  out.push(`<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#333"/>`);
  out.push(`<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 42}" text-anchor="middle">${escape(chart.xLabel)}</text>`);
  out.push(`<text transform="translate(16 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(chart.yLabel)}</text>`);
  if (chart.guide) {
    const at = py(chart.guide.y).toFixed(1);
    out.push(`<line x1="${PLOT.left}" y1="${at}" x2="${PLOT.right}" y2="${at}" stroke="#555" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${PLOT.right - 4}" y="${Number(at) - 6}" text-anchor="end" fill="#555">${escape(chart.guide.label)}</text>`);
  }
  chart.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = [...s.points].sort((a, b) => a[0] - b[0]).map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`);
    out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of points) {
      const [x, y] = p.split(',');
      out.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="${colour}"/>`);
    }
    const ly = PLOT.top + 10 + i * 22;
    out.push(`<line x1="${PLOT.right + 20}" y1="${ly}" x2="${PLOT.right + 44}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    out.push(`<text x="${PLOT.right + 50}" y="${ly}" dominant-baseline="middle">${escape(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
