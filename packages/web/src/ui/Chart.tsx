/**
 * An ECharts bar or pie chart, loaded on demand (ECharts is large, and only
 * the dashboard needs it). The canvas is described by `label` for screen
 * readers; every chart on the dashboard has a table with the same numbers.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** One series point; `color` keeps meaning stable (e.g. block always red). */
export interface ChartDatum { name: string; value: number; color?: string }

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11). */
const PALETTE = ['#1d4f91', '#b3261e', '#8a4b00', '#0b6b3a', '#5a3d8a', '#505a5f', '#00607a', '#7a2e5c'];

const loadEcharts = () => import('./echarts.js');

/** Bars, vertical or (for long category names) horizontal. */
function barOption(data: readonly ChartDatum[], horizontal: boolean): Record<string, unknown> {
  const category = { type: 'category', data: data.map((d) => d.name), axisLabel: { color: '#0b0c0c', interval: 0 }, inverse: horizontal };
  const value = { type: 'value', axisLabel: { color: '#0b0c0c' }, minInterval: 1 };
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', data: data.map((d) => ({ value: d.value, itemStyle: { color: d.color ?? PALETTE[0] } })) }],
  };
}

/** The chart. */
export function Chart({ kind, data, label, horizontal = false, testId }: { kind: 'bar' | 'pie'; data: readonly ChartDatum[]; label: string; horizontal?: boolean; testId?: string }): ReactNode {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = (): void => {};
    void loadEcharts().then((echarts) => {
      if (disposed || !el.current) return;
      const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
      chart.setOption({
        color: PALETTE,
        animation: false,
        aria: { enabled: false },
        tooltip: { trigger: kind === 'pie' ? 'item' : 'axis' },
        ...(kind === 'bar' ? barOption(data, horizontal) : {
          series: [{
            type: 'pie', radius: ['28%', '52%'], label: { color: '#0b0c0c', formatter: '{b}: {c}', alignTo: 'edge', edgeDistance: 8, overflow: 'none' }, labelLine: { length: 8, length2: 8 },
            data: data.map((d) => ({ name: d.name, value: d.value, ...(d.color ? { itemStyle: { color: d.color } } : {}) })),
          }],
        }),
      });
      const onResize = (): void => chart.resize();
      window.addEventListener('resize', onResize);
      dispose = () => { window.removeEventListener('resize', onResize); chart.dispose(); };
    });
    return () => { disposed = true; dispose(); };
  }, [kind, data, horizontal]);
  return <div ref={el} className="chart" role="img" aria-label={label} data-testid={testId} />;
}
