import { describe, expect, it } from 'vitest';
import { barChart, CHART, tally } from './charts.ts';

describe('barChart', () => {
  it('scales bars to the largest value, zero as a zero-length bar', () => {
    const chart = barChart([{ label: 'A', value: 4 }, { label: 'B', value: 2 }, { label: 'C', value: 0 }]);
    const room = CHART.width - CHART.labelWidth - CHART.valueRoom;
    expect(chart.bars.map((b) => b.width)).toEqual([room, room / 2, 0]);
    expect(chart.bars.map((b) => b.y)).toEqual([0, CHART.barHeight + CHART.gap, 2 * (CHART.barHeight + CHART.gap)]);
    expect(chart.height).toBe(3 * CHART.barHeight + 2 * CHART.gap);
    expect(chart.max).toBe(4);
  });
  it('draws an empty or all-zero chart without dividing by zero', () => {
    expect(barChart([{ label: 'A', value: 0 }]).bars[0]?.width).toBe(0);
    expect(barChart([]).bars).toEqual([]);
  });
});

describe('tally', () => {
  it('counts each key once per item', () => {
    expect([...tally([[3, 5], [3], [3, 3]])]).toEqual([[3, 3], [5, 1]]);
  });
});
