/**
 * The statistics page (`/statistik/`): case studies by year, government affair, award
 * tier, digital or not, stage, derived sustainability status and SDG. Each chart is an
 * SVG drawn from {@link barChart} and shown with the table it pictures.
 */
import { t } from '../../i18n/index.ts';
import { barChart, tally, type BarChart } from '../charts.ts';
import { formatNumber } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { HEADLINE_KEYS } from '../sustainability.ts';
import { COMPETITIONS, KINDS, STAGES, URUSAN } from '../../schemas/vocabulary.ts';
import { caseStatus } from './studi-kasus.ts';
import type { Table } from './types.ts';

type CaseNode = Node<'studi-kasus'>;

/** One chart with its table. */
export interface ChartView {
  id: string;
  title: string;
  /** What is counted, e.g. "Jumlah studi kasus". */
  measure: string;
  note?: string | undefined;
  chart: BarChart;
  table: Table;
}

/** Everything `/statistik/` shows. */
export interface StatisticsView {
  total: number;
  charts: ChartView[];
}

function chartView(id: string, title: string, measure: string, data: { label: string; value: number }[], note?: string): ChartView {
  return {
    id,
    title,
    measure,
    note,
    chart: barChart(data),
    table: {
      columns: [title, measure],
      rowHeaders: true,
      rows: data.map((d) => [{ values: [{ text: d.label }] }, { values: [{ text: formatNumber(d.value) }] }]),
    },
  };
}

/** Year the innovation started: launch, else trial. */
const startYear = (n: CaseNode) => (n.data.tanggal_penerapan ?? n.data.tanggal_uji_coba)?.iso.slice(0, 4);

/** The statistics page. */
export function statisticsView(graph: SiteGraph): StatisticsView {
  const cases = graph.list('studi-kasus');
  const unknown = t.stats.unknown;
  const cases_ = t.stats.cases;

  const years = tally(cases.map((n) => [startYear(n) ?? unknown]));
  const yearData = [...years.keys()]
    .filter((y) => y !== unknown)
    .sort()
    .map((y) => ({ label: y, value: years.get(y) ?? 0 }));
  if (years.has(unknown)) yearData.push({ label: unknown, value: years.get(unknown) ?? 0 });

  const urusan = tally(cases.map((n) => n.data.urusan));
  const urusanData = URUSAN.filter((u) => urusan.has(u))
    .map((u) => ({ label: t.label.urusan[u], value: urusan.get(u) ?? 0 }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'id'));

  const tiers = tally(cases.map((n) => n.data.penghargaan.map((a) => `${a.kompetisi}\u0000${a.peringkat}`)));
  const order = (c: string) => (COMPETITIONS as readonly string[]).indexOf(c);
  const tierData = [...tiers.entries()]
    .map(([key, value]) => {
      const [c = '', tier = ''] = key.split('\u0000');
      return { c, tier, value };
    })
    .sort((a, b) => order(a.c) - order(b.c) || a.tier.localeCompare(b.tier, 'id', { numeric: true }))
    .map((x) => ({ label: `${t.label.competition[x.c as (typeof COMPETITIONS)[number]]}: ${x.tier}`, value: x.value }));

  const fixed = <K extends string>(keys: readonly K[], label: (k: K) => string, of: (n: CaseNode) => K | undefined) => {
    const counts = tally(cases.map((n) => [of(n) ?? ('' as K)]));
    const data = keys.map((k) => ({ label: label(k), value: counts.get(k) ?? 0 }));
    const missing = counts.get('' as K) ?? 0;
    return missing > 0 ? [...data, { label: unknown, value: missing }] : data;
  };

  const sdgs = tally(cases.map((n) => n.data.sdgs));
  const sdgData = [...sdgs.keys()].sort((a, b) => a - b).map((n) => ({ label: t.field.sdg(n), value: sdgs.get(n) ?? 0 }));

  return {
    total: cases.length,
    charts: [
      chartView('tahun', t.stats.byYear, cases_, yearData, t.stats.byYearNote),
      chartView('urusan', t.stats.byUrusan, cases_, urusanData, t.stats.multiNote),
      chartView('penghargaan', t.stats.byTier, t.stats.cases, tierData, t.stats.tierNote),
      chartView('digital', t.stats.byKind, cases_, fixed(KINDS, (k) => t.label.kind[k], (n) => n.data.jenis)),
      chartView('tahapan', t.stats.byStage, cases_, fixed(STAGES, (k) => t.label.stage[k], (n) => n.data.tahapan)),
      chartView('status', t.stats.byStatus, cases_, fixed(HEADLINE_KEYS, (k) => t.label.headline[k], (n) => caseStatus(n, graph).key), t.stats.statusNote),
      chartView('sdg', t.stats.bySdg, cases_, sdgData, t.stats.multiNote),
    ],
  };
}
