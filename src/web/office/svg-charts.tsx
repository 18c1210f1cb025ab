// Charts drawn on the server as inline SVG: no script, no external file. Each chart is an
// image with a title and a description (role="img", <title>, <desc>), and the page shows
// the same numbers in a table as well. Only presentation attributes are used, so the
// content security policy (style-src 'self') allows them.
import { escapeHtml, markup, type Html } from '../jsx/html.ts';

/** Colours with at least 3:1 against white (WCAG 1.4.11), told apart by the legend too. */
export const seriesColours = ['#00338d', '#a64b00'] as const;
const INK = '#1d1d1b';
const AXIS = '#4a4a48';

export interface Bar {
  label: string;
  value: number;
  /** Text shown after the bar; the value itself when absent. */
  shown?: string;
}

interface ChartText {
  /** Unique in the page: the ids of the title and the description derive from it. */
  id: string;
  title: string;
  desc: string;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values).map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

function el(name: string, values: Record<string, string | number>, content = ''): string {
  return `<${name}${attrs(values)}>${content}</${name}>`;
}

function text(content: string): string {
  return escapeHtml(content);
}

function frame(chart: ChartText, width: number, height: number, body: string): Html {
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return markup(
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg', role: 'img', class: 'chart', id: chart.id,
      viewBox: `0 0 ${width} ${height}`, width: '100%', 'aria-labelledby': titleId,
      'aria-describedby': descId, 'font-family': 'sans-serif', 'font-size': 12,
    })}>`
    + el('title', { id: titleId }, text(chart.title))
    + el('desc', { id: descId }, text(chart.desc))
    + body
    + '</svg>',
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Horizontal bars, one per label: suits long labels (states, paths). Every label gets a
 * bar, a zero one included, so the chart always shows the whole list.
 */
export function HorizontalBarChart(
  { chart, bars, colour = seriesColours[0] }: { chart: ChartText; bars: Bar[]; colour?: string },
): Html {
  const labelWidth = 210;
  const barArea = 330;
  const valueWidth = 60;
  const row = 24;
  const width = labelWidth + barArea + valueWidth;
  const height = bars.length * row + 8;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const body = bars.map((bar, i) => {
    const y = 4 + i * row;
    const barWidth = round((bar.value / max) * barArea);
    return el('text', { x: labelWidth - 8, y: y + 15, 'text-anchor': 'end', fill: INK },
      text(bar.label))
      + el('rect', { class: 'bar', x: labelWidth, y: y + 3, width: barWidth, height: row - 8,
        fill: colour, 'data-label': bar.label, 'data-value': bar.value },
      el('title', {}, text(`${bar.label}: ${bar.shown ?? String(bar.value)}`)))
      + el('text', { x: labelWidth + barWidth + 6, y: y + 15, fill: INK },
        text(bar.shown ?? String(bar.value)));
  }).join('');
  const axis = el('line', { x1: labelWidth, y1: 0, x2: labelWidth, y2: height, stroke: AXIS });
  return frame(chart, width, height, body + axis);
}

export interface Series {
  key: string;
  label: string;
}

export interface Column {
  label: string;
  /** One value per series, in the order of the series. */
  values: number[];
}

/**
 * Vertical columns, one per category (a week), each stacked from its series (channels),
 * with a legend. Every series gets a segment in every column, a zero one included.
 */
export function StackedColumnChart(
  { chart, series, columns }: { chart: ChartText; series: Series[]; columns: Column[] },
): Html {
  const left = 36;
  const top = 28;
  const plot = 200;
  const bottom = 44;
  const step = 40;
  const width = Math.max(480, left + columns.length * step + 8);
  const height = top + plot + bottom;
  const max = Math.max(1, ...columns.map((column) => column.values.reduce((a, b) => a + b, 0)));
  const legend = series.map((s, i) => {
    const x = left + i * 140;
    return el('rect', { x, y: 6, width: 12, height: 12, fill: seriesColours[i] ?? INK })
      + el('text', { x: x + 18, y: 16, fill: INK }, text(s.label));
  }).join('');
  const bars = columns.map((column, c) => {
    const x = left + c * step + 6;
    let base = top + plot;
    const segments = series.map((s, i) => {
      const value = column.values[i] ?? 0;
      const h = round((value / max) * plot);
      base = round(base - h);
      return el('rect', { class: `bar bar-${s.key}`, x, y: base, width: step - 12, height: h,
        fill: seriesColours[i] ?? INK, 'data-label': column.label, 'data-series': s.key,
        'data-value': value },
      el('title', {}, text(`${column.label}, ${s.label}: ${value}`)));
    }).join('');
    const total = column.values.reduce((a, b) => a + b, 0);
    const label = el('text', { x: x + (step - 12) / 2, y: top + plot + 16, 'text-anchor': 'middle',
      fill: INK, 'font-size': 10 }, text(column.label.slice(5)));
    const sum = total > 0
      ? el('text', { x: x + (step - 12) / 2, y: base - 4, 'text-anchor': 'middle', fill: INK,
        'font-size': 10 }, String(total))
      : '';
    return segments + label + sum;
  }).join('');
  const axis = el('line', { x1: left, y1: top + plot, x2: width - 4, y2: top + plot, stroke: AXIS })
    + el('text', { x: left - 6, y: top + 10, 'text-anchor': 'end', fill: AXIS, 'font-size': 10 },
      String(max))
    + el('text', { x: left - 6, y: top + plot, 'text-anchor': 'end', fill: AXIS, 'font-size': 10 },
      '0');
  return frame(chart, width, height, legend + bars + axis);
}
