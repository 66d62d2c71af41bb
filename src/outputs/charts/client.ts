/**
 * Draws every `figure.chart` when it comes into view. Chart.js (tree-shaken to the parts we
 * use) is imported on first need, so pages whose charts are never seen never download it.
 */
import type { ChartSpec } from '../../base/chart-spec.ts';

async function draw(figure: HTMLElement): Promise<void> {
  const spec = JSON.parse(figure.dataset.chart ?? '{}') as ChartSpec;
  const area = figure.querySelector<HTMLElement>('.chart__area');
  const canvas = figure.querySelector('canvas');
  if (!area || !canvas) return;
  const { Chart } = await import('./register.ts');
  area.hidden = false;
  const locale = spec.lang === 'vi' ? 'vi-VN' : 'en-GB';
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const palette = ['#0b4f9c', '#8b1a1a', '#00703c', '#6f3c96', '#8a4b00', '#2b5d6b', '#505a5f', '#b10e1e'];
  const breaks = spec.breaks ?? [];
  // A line never joins values across a break: each series is drawn as one dataset per stretch
  // between breaks (values outside the stretch left empty), one legend entry per series.
  const cuts = breaks
    .map((b) => spec.labels.indexOf(b.after) + 1)
    .filter((i) => i > 0 && i < spec.labels.length)
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, spec.labels.length];
  const stretches = bounds.slice(1).map((to, k) => [bounds[k]!, to] as const);
  const perSeries = spec.type === 'line' ? stretches.length : 1;
  new Chart(canvas, {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.flatMap((s, i) =>
        (spec.type === 'line' ? stretches : [[0, spec.labels.length] as const]).map(([from, to]) => ({
          label: s.label,
          data: s.values.map((v, j) => (j >= from && j < to ? v : null)),
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length],
          spanGaps: false,
          pointRadius: 3,
          pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'cross', 'star'] as const)[i % 6],
        })),
      ),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale,
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: { filter: (item) => (item.datasetIndex ?? 0) % perSeries === 0 },
          // A series is shown or hidden whole, every stretch of it.
          onClick: (_event, item, legend) => {
            const first = item.datasetIndex ?? 0;
            const visible = legend.chart.isDatasetVisible(first);
            for (let k = 0; k < perSeries; k++) legend.chart.setDatasetVisibility(first + k, !visible);
            legend.chart.update();
          },
        },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed.y === null ? '–' : format.format(ctx.parsed.y)}`,
          },
        },
      },
      scales: {
        y: {
          reverse: spec.reverse ?? false,
          ...(spec.yMin !== undefined ? { min: spec.yMin } : {}),
          ...(spec.yMax !== undefined ? { max: spec.yMax } : {}),
          title: { display: Boolean(spec.yLabel), text: spec.yLabel ?? '' },
          ticks: { callback: (v) => format.format(Number(v)) },
        },
      },
    },
    plugins: [
      {
        // A dashed vertical line where the series stop being comparable.
        id: 'breaks',
        afterDraw(chart) {
          const x = chart.scales.x;
          if (!x) return;
          const { ctx, chartArea } = chart;
          for (const b of breaks) {
            const index = spec.labels.indexOf(b.after);
            if (index < 0 || index + 1 >= spec.labels.length) continue;
            const px = (x.getPixelForValue(index) + x.getPixelForValue(index + 1)) / 2;
            ctx.save();
            ctx.setLineDash([4, 4]);
            ctx.strokeStyle = '#505a5f';
            ctx.beginPath();
            ctx.moveTo(px, chartArea.top);
            ctx.lineTo(px, chartArea.bottom);
            ctx.stroke();
            ctx.restore();
          }
        },
      },
    ],
  });
  // How many separate lines each series is drawn as (2 for a PAPI trend across 2018).
  figure.dataset.lines = String(perSeries);
  figure.dataset.drawn = 'true';
}

export function watchCharts(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart[data-chart]')];
  if (!('IntersectionObserver' in window)) {
    figures.forEach((f) => void draw(f));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  figures.forEach((f) => observer.observe(f));
}
