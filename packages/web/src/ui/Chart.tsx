/**
 * An ECharts bar or pie chart, loaded on demand (ECharts is large, and only
 * the dashboard needs it). The canvas is described by `label` for screen
 * readers; every chart on the dashboard has a table with the same numbers.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** One series point. */
export interface ChartDatum { name: string; value: number }

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11). */
const PALETTE = ['#1d4f91', '#b3261e', '#8a4b00', '#0b6b3a', '#5a3d8a', '#505a5f', '#00607a', '#7a2e5c'];

const loadEcharts = () => import('./echarts.js');

/** The chart. */
export function Chart({ kind, data, label, testId }: { kind: 'bar' | 'pie'; data: readonly ChartDatum[]; label: string; testId?: string }): ReactNode {
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
        ...(kind === 'bar'
          ? {
            grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { color: '#0b0c0c', interval: 0, rotate: data.length > 6 ? 30 : 0 } },
            yAxis: { type: 'value', axisLabel: { color: '#0b0c0c' }, minInterval: 1 },
            series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: PALETTE[0] } }],
          }
          : { series: [{ type: 'pie', radius: ['35%', '65%'], data: data.map((d) => ({ ...d })), label: { color: '#0b0c0c', formatter: '{b}: {c}' } }] }),
      });
      const onResize = (): void => chart.resize();
      window.addEventListener('resize', onResize);
      dispose = () => { window.removeEventListener('resize', onResize); chart.dispose(); };
    });
    return () => { disposed = true; dispose(); };
  }, [kind, data]);
  return <div ref={el} className="chart" role="img" aria-label={label} data-testid={testId} />;
}
