/** The benchmark's SVG line chart: one polyline per series on a log-x axis, text escaped. */
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../bench/plot.js';

describe('lineChart', () => {
  const svg = lineChart({
    title: 'cost <by> size',
    xLabel: 'size',
    yLabel: 'µs',
    series: [
      { name: 'a & b', points: [[1_000, 5], [1_000_000, 9], [10_000, 7]] },
      { name: 'c', points: [[1_000, 1], [1_000_000, 2]] },
    ],
    guide: { y: 10, label: 'target' },
  });

  it('draws each series as a polyline in x order, with its legend', () => {
    const lines = [...svg.matchAll(/<polyline points="([^"]+)"/g)].map((m) => m[1]!.split(' ').map((p) => Number(p.split(',')[0])));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual([...lines[0]!].sort((x, y) => x - y));
    expect(svg).toContain('a &amp; b');
    expect(svg).toContain('cost &lt;by&gt; size');
    expect(svg).toContain('target');
  });

  it('puts one tick per decade on the x axis', () => {
    for (const tick of ['1,000', '10,000', '100,000', '1,000,000']) expect(svg).toContain(`>${tick}</text>`);
  });

  it('refuses x values a log scale cannot place', () => {
    expect(() => lineChart({ title: '', xLabel: '', yLabel: '', series: [{ name: 'z', points: [[0, 1]] }] })).toThrow(RangeError);
  });
});
