/**
 * Charts of the figures pages (chart.js through react-chartjs-2), loaded only
 * with the areas that draw them. Every chart is an image with a text
 * alternative (`label`, and `summary` read out in full); the figures
 * themselves are always also in a table on the page, never only in a chart.
 */
import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar, Doughnut, Line } from 'react-chartjs-2';

ChartJS.register(
  ArcElement,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
);
ChartJS.defaults.font.family = 'inherit';
ChartJS.defaults.animation = false;

/** The product's series colours: strong blue, grey, orange, green, red (colour-blind safe order). */
export const SERIES_COLOURS = ['#1f5fa8', '#7b8794', '#d9822b', '#2e7d32', '#c62828'];

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export interface Series {
  label: string;
  /** One value per label; null leaves a gap (no figure for that period). */
  data: Array<number | null>;
  /** Drawn dashed (e.g. last year, a target or a projection). */
  dashed?: boolean;
  colour?: string;
}

interface ChartFrame {
  /** Short name of the chart for screen readers. */
  label: string;
  /** Optional longer description read after the label. */
  summary?: string;
  height?: number;
}

function Frame({ label, summary, height, children }: ChartFrame & { children: React.ReactNode }) {
  return (
    <figure className="chart" style={{ height: height ?? 260 }}>
      <div role="img" aria-label={summary ? `${label}. ${summary}` : label} className="chart-box">
        {children}
      </div>
    </figure>
  );
}

/**
 * react-chartjs-2 gives its canvas role="img" without a name; the frame
 * around it carries the name and description, so the canvas itself is hidden.
 */
const HIDDEN_CANVAS = { role: 'presentation', 'aria-hidden': true } as const;

function colourOf(s: Series, i: number): string {
  return s.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#1f5fa8';
}

/** Lines over periods (a monthly curve, this year against last). */
export function LineChart(
  props: ChartFrame & { labels: string[]; series: Series[]; unit?: string; percent?: boolean },
) {
  const options: ChartOptions<'line'> = {
    maintainAspectRatio: false,
    spanGaps: false,
    plugins: {
      // A short line in the legend shows a dashed series as dashed (a box would not).
      legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line' } },
      tooltip: {
        callbacks: {
          label: (c) =>
            `${c.dataset.label ?? ''}: ${nf.format(c.parsed.y ?? 0)}${props.percent ? ' %' : props.unit ? ` ${props.unit}` : ''}`,
        },
      },
    },
    scales: {
      y: {
        beginAtZero: true,
        ticks: { callback: (v) => `${nf.format(Number(v))}${props.percent ? ' %' : ''}` },
      },
    },
  };
  return (
    <Frame {...props}>
      <Line
        {...HIDDEN_CANVAS}
        options={options}
        data={{
          labels: props.labels,
          datasets: props.series.map((s, i) => ({
            label: s.label,
            data: s.data,
            borderColor: colourOf(s, i),
            backgroundColor: colourOf(s, i),
            borderDash: s.dashed ? [6, 4] : [],
            pointRadius: 2,
            tension: 0.2,
          })),
        }}
      />
    </Frame>
  );
}

/** Bars per category (revenue by source against its estimate; a ranking when horizontal). */
export function BarChart(
  props: ChartFrame & {
    labels: string[];
    series: Series[];
    horizontal?: boolean;
    percent?: boolean;
    unit?: string;
    /** One colour per bar of a single series (e.g. those below an average); the table says it in words too. */
    colours?: string[];
  },
) {
  const options: ChartOptions<'bar'> = {
    maintainAspectRatio: false,
    indexAxis: props.horizontal ? 'y' : 'x',
    plugins: {
      legend: { display: props.series.length > 1, position: 'bottom' },
      tooltip: {
        callbacks: {
          label: (c) =>
            `${c.dataset.label ?? ''}: ${nf.format((props.horizontal ? c.parsed.x : c.parsed.y) ?? 0)}${props.percent ? ' %' : props.unit ? ` ${props.unit}` : ''}`,
        },
      },
    },
    scales: {
      [props.horizontal ? 'x' : 'y']: {
        beginAtZero: true,
        ticks: {
          callback: (v: string | number) => `${nf.format(Number(v))}${props.percent ? ' %' : ''}`,
        },
      },
    },
  };
  return (
    <Frame {...props}>
      <Bar
        {...HIDDEN_CANVAS}
        options={options}
        data={{
          labels: props.labels,
          datasets: props.series.map((s, i) => ({
            label: s.label,
            data: s.data,
            backgroundColor:
              props.colours && props.series.length === 1 ? props.colours : colourOf(s, i),
          })),
        }}
      />
    </Frame>
  );
}

/** A small line without axes beside a table row; its figures are in the row itself. */
export function Sparkline({ values, label }: { values: Array<number | null>; label: string }) {
  return (
    <span className="sparkline" role="img" aria-label={label}>
      <Line
        {...HIDDEN_CANVAS}
        options={{
          maintainAspectRatio: false,
          events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false } },
          elements: { point: { radius: 0 } },
        }}
        data={{
          labels: values.map((_, i) => String(i + 1)),
          datasets: [{ data: values, borderColor: SERIES_COLOURS[0], borderWidth: 1.5 }],
        }}
      />
    </span>
  );
}

/**
 * A half-ring gauge of a rate against its target (disbursement vs 95 %): the
 * filled part is the rate (capped at 100 %), green once it reaches the target.
 */
export function Gauge({
  value,
  target,
  label,
}: {
  /** Percent, e.g. 38.2. */
  value: number;
  /** Percent, e.g. 95. */
  target: number;
  label: string;
}) {
  const shown = Math.max(0, Math.min(100, value));
  const colour = value >= target ? '#2e7d32' : value >= target * 0.9 ? '#d9822b' : '#c62828';
  return (
    <figure className="gauge">
      <div className="gauge-ring" role="img" aria-label={label}>
        <Doughnut
          {...HIDDEN_CANVAS}
          options={{
            maintainAspectRatio: false,
            rotation: -90,
            circumference: 180,
            cutout: '70%',
            events: [],
            plugins: { legend: { display: false }, tooltip: { enabled: false } },
          }}
          data={{
            datasets: [
              {
                data: [shown, 100 - shown],
                backgroundColor: [colour, '#e3e8ee'],
                borderWidth: 0,
              },
            ],
          }}
        />
      </div>
      <figcaption className="gauge-value" aria-hidden="true">
        {nf.format(value)} %
      </figcaption>
    </figure>
  );
}
