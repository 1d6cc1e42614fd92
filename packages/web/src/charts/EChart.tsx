import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChartImpl.js';

const Impl = lazy(() => import('./EChartImpl.js'));

/** ECharts, loaded on first use (keeps the charts library out of the first bundle). */
export function EChart(props: EChartProps) {
  return (
    <Suspense fallback={<div style={{ height: props.height ?? 320 }} aria-busy="true" />}>
      <Impl {...props} />
    </Suspense>
  );
}
