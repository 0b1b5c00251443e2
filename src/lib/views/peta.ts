/**
 * The region map of `/wilayah/` and the "place on the map" of each region page, from the
 * projected geometry (src/lib/map.ts): each kab/kota shaded by its number of case
 * studies, a link with an accessible name, and the table that is the map's alternative.
 */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../format.ts';
import type { SiteGraph } from '../graph.ts';
import { SHADE_CLASSES, shadeClass, type ProjectedMap, type ShadeClass } from '../map.ts';
import { siteReplications } from './replikasi.ts';
import type { Table } from './types.ts';

/** One region on the map. */
export interface MapRegion {
  code: string;
  name: string;
  href: string;
  count: number;
  shade: ShadeClass;
  d: string;
  /** Accessible name of the link: "Kota Surabaya: 3 studi kasus". */
  label: string;
}

/** A legend entry: the shade, the range it stands for, and how many regions have it. */
export interface LegendItem {
  shade: ShadeClass;
  label: string;
  regions: number;
}

/** Everything the map of `/wilayah/` shows. */
export interface RegionMapView {
  width: number;
  height: number;
  regions: MapRegion[];
  inset?: ProjectedMap['inset'];
  legend: LegendItem[];
  /** Case studies of the provincial government, which the map cannot place. */
  provincial: number;
  table: Table;
}

const range = (min: number, max: number) => (max === Infinity ? `≥ ${min}` : min === max ? String(min) : `${min}–${max}`);

/** The shaded, linked map of all regions and its table. */
export function regionMapView(graph: SiteGraph, map: ProjectedMap): RegionMapView {
  const replications = siteReplications(graph);
  const rows = graph.list('wilayah').map((node) => {
    const cases = graph.referrers(node, 'studi-kasus', 'kabupaten_kota');
    return {
      node,
      cases: cases.length,
      awards: cases.reduce((n, c) => n + c.data.penghargaan.length, 0),
      replications: replications.into(node.id).length,
    };
  });
  const byCode = new Map(rows.map((r) => [r.node.id, r]));
  const regions = map.regions.map((shape): MapRegion => {
    const r = byCode.get(shape.code);
    const count = r?.cases ?? 0;
    return {
      code: shape.code,
      name: r?.node.title ?? shape.name,
      href: r?.node.href ?? '',
      count,
      shade: shadeClass(count),
      d: shape.d,
      label: t.map.regionLabel(r?.node.title ?? shape.name, count),
    };
  });
  return {
    width: map.width,
    height: map.height,
    regions,
    inset: map.inset,
    legend: SHADE_CLASSES.map((c) => ({ shade: c.id, label: range(c.min, c.max), regions: regions.filter((r) => r.shade === c.id).length })),
    provincial: graph.list('studi-kasus').filter((c) => !c.data.kabupaten_kota).length,
    table: {
      caption: t.map.tableCaption,
      columns: [t.field.region, t.field.regionKind, t.map.cases, t.map.replications, t.map.awards],
      rowHeaders: true,
      rows: rows.map((r) => [
        { values: [{ text: r.node.title, href: r.node.href }] },
        { values: [{ text: t.label.regionKind[r.node.data.jenis] }] },
        { values: [{ text: formatNumber(r.cases) }] },
        { values: [{ text: formatNumber(r.replications) }] },
        { values: [{ text: formatNumber(r.awards) }] },
      ]),
    },
  };
}

/** A region's place on the map: every region drawn, this one marked, with a point inside it. */
export interface PlaceMapView {
  width: number;
  height: number;
  /** Accessible name of the picture. */
  label: string;
  others: string[];
  current: string;
  point: [number, number];
  inset?: ProjectedMap['inset'];
}

/** The small map of one region's page. */
export function placeOnMap(map: ProjectedMap, code: string, name: string): PlaceMapView {
  const current = map.regions.find((r) => r.code === code);
  if (!current) throw new Error(`Wilayah ${code} tidak ada di peta.`);
  return {
    width: map.width,
    height: map.height,
    label: t.map.placeLabel(name),
    others: map.regions.filter((r) => r.code !== code).map((r) => r.d),
    current: current.d,
    point: current.point,
    inset: current.inInset ? map.inset : undefined,
  };
}
