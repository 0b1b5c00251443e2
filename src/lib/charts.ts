/**
 * Bar charts drawn at build time as plain SVG geometry: no chart library, because a
 * horizontal bar chart is a few rectangles and a chart library would add a script (and
 * its weight) to every statistics page for what SVG does without one. Every chart is
 * shown with its data table; the SVG is a picture of the table.
 */

/** One bar's data. */
export interface Datum {
  label: string;
  value: number;
}

/** One drawn bar, in SVG units. */
export interface Bar extends Datum {
  y: number;
  width: number;
  /** Where the value label starts (just after the bar). */
  valueX: number;
}

/** A horizontal bar chart: labels on the left, bars from `barX`, scaled to the largest value. */
export interface BarChart {
  width: number;
  height: number;
  barX: number;
  barHeight: number;
  bars: Bar[];
  max: number;
}

/** Layout constants (SVG units). */
export const CHART = { width: 640, labelWidth: 240, barHeight: 22, gap: 8, valueRoom: 48 } as const;

/**
 * Geometry of a horizontal bar chart. Bar length is proportional to the value (zero is a
 * zero-length bar, not a missing one); the largest value fills the room left after the
 * labels and the value text.
 */
export function barChart(data: readonly Datum[]): BarChart {
  const max = Math.max(0, ...data.map((d) => d.value));
  const room = CHART.width - CHART.labelWidth - CHART.valueRoom;
  const bars = data.map((d, i) => {
    const width = max === 0 ? 0 : Math.round((d.value / max) * room * 10) / 10;
    return { ...d, y: i * (CHART.barHeight + CHART.gap), width, valueX: CHART.labelWidth + width + 6 };
  });
  return {
    width: CHART.width,
    height: Math.max(CHART.barHeight, data.length * (CHART.barHeight + CHART.gap) - CHART.gap),
    barX: CHART.labelWidth,
    barHeight: CHART.barHeight,
    bars,
    max,
  };
}

/** Count how often each key occurs (a case may count under several keys, e.g. SDGs). */
export function tally<K extends string | number>(items: readonly (readonly K[])[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const keys of items) for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
