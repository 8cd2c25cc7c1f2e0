/** The benchmark's SVG line chart: one polyline per series on a log-x axis, text escaped. */
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../bench/plot.js';
import { plotsOf } from '../../bench/run.js';
import type { BenchRow, BenchScenario } from '../../bench/types.js';

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

describe('plotsOf', () => {
  const scenario: BenchScenario = {
    name: 's',
    run: async () => [],
    plot: { title: 'main', xLabel: 'x', yLabel: 'y' },
    figures: { latency: { title: 'latency', xLabel: 'x', yLabel: 'ms' }, unused: { title: 'unused', xLabel: 'x', yLabel: 'y' } },
  };
  const row = (metric: string, value: number, plot?: BenchRow['plot']): BenchRow => ({ scenario: 's', metric, value, unit: 'u', ...(plot ? { plot } : {}) });
  const rows = [
    row('committed at 10', 5, { line: 'open loop', x: 10 }),
    row('committed at 100', 9, { line: 'open loop', x: 100 }),
    row('p50 at 10', 300, { line: 'p50', x: 10, figure: 'latency' }),
    row('p99 at 10', 900, { line: 'p99', x: 10, figure: 'latency' }),
    row('no plot', 1),
  ];

  it('draws the main plot from unfigured points and each extra figure from its own, leaving out a figure without points', () => {
    const plots = plotsOf(scenario, rows);
    expect(plots.map(([suffix]) => suffix)).toEqual(['s', 's-latency']);
    const [main, latency] = plots.map(([, svg]) => svg);
    expect([...main!.matchAll(/<polyline /g)]).toHaveLength(1);
    expect(main).toContain('open loop');
    expect(main).not.toContain('p99');
    expect([...latency!.matchAll(/<polyline /g)]).toHaveLength(2);
    expect(latency).toContain('p50');
    expect(latency).not.toContain('open loop');
  });
});
