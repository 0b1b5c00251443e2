/**
 * The region map, projected at build time: the 38 kab/kota boundaries (content/wilayah/
 * jatim-kabkota.geojson, sources in ../shared/data/SOURCES.md) turned into SVG path
 * strings with d3-geo, so readers get a plain SVG with no map script.
 *
 * The notes of SOURCES.md, handled here:
 * - rings follow RFC 7946 (outer rings counter-clockwise); d3-geo expects the opposite and
 *   would draw each shape's complement, so {@link rewindForD3} turns them;
 * - Bawean (Kab. Gresik) and Masalembu (Kab. Sumenep) lie far north and would nearly double
 *   the map's height: parts north of {@link FAR_NORTH_LAT} are drawn in an inset box in the
 *   empty sea east of Banyuwangi, marked as not in their true place;
 * - the CSV centroids of Situbondo and Sumenep fall outside their own shapes, so markers use
 *   {@link innerPoint}, a point inside the largest part, computed here.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';

/** Drawing width of the map, in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 800;

/** Polygon parts whose every point is north of this latitude go into the inset. */
export const FAR_NORTH_LAT = -6.5;

const PAD = 8;

type Ring = [number, number][];
type Polygon = Ring[];

/** One region's feature as the GeoJSON holds it (after validation). */
export interface RegionFeature {
  code: string;
  name: string;
  polygons: Polygon[];
}

/** One region drawn: its path, a marker point inside it, and whether part of it is in the inset. */
export interface RegionShape {
  code: string;
  name: string;
  /** SVG path data (main map and inset parts). */
  d: string;
  /** A point inside the region (its largest part), in SVG units. */
  point: [number, number];
  inInset: boolean;
}

/** The projected map. */
export interface ProjectedMap {
  width: number;
  height: number;
  regions: RegionShape[];
  /** The inset box for the far islands, in SVG units. */
  inset?: { x: number; y: number; width: number; height: number } | undefined;
}

/**
 * The GeoJSON's features by code, checked: every code of `codes` exactly once, nothing
 * else, only Polygon/MultiPolygon. A mismatch fails the build naming the file and the fix.
 */
export function readRegionFeatures(json: unknown, file: string, codes: readonly string[]): RegionFeature[] {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what} Berkas batas wilayah harus berisi 38 fitur (Polygon atau MultiPolygon) dengan properti "kode" sesuai jatim-kabkota.csv; salin ulang dari ../shared/data/.`);
  };
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return fail('tidak berisi "features".');
  const seen = new Map<string, RegionFeature>();
  for (const [i, f] of features.entries()) {
    const props = (f as { properties?: { kode?: unknown; nama?: unknown } }).properties ?? {};
    const geometry = (f as { geometry?: { type?: unknown; coordinates?: unknown } }).geometry;
    const code = String(props.kode ?? '');
    if (!codes.includes(code)) fail(`fitur ke-${i + 1} memiliki kode "${code}" yang bukan kode kabupaten/kota Jawa Timur.`);
    if (seen.has(code)) fail(`kode ${code} muncul lebih dari sekali.`);
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') fail(`fitur ${code} bukan Polygon atau MultiPolygon.`);
    const polygons = (geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.coordinates) as Polygon[];
    seen.set(code, { code, name: String(props.nama ?? code), polygons });
  }
  const missing = codes.filter((c) => !seen.has(c));
  if (missing.length > 0) fail(`kode ${missing.join(', ')} tidak ada.`);
  return codes.map((c) => seen.get(c) as RegionFeature);
}

/** Twice the signed planar area of a ring: positive when counter-clockwise (x east, y north). */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum;
}

/** Outer rings clockwise, holes counter-clockwise: the winding d3-geo's spherical polygons need. */
export function rewindForD3(polygon: Polygon): Polygon {
  return polygon.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    const wantCcw = i > 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

const isFarNorth = (polygon: Polygon): boolean => (polygon[0] ?? []).every(([, lat]) => lat > FAR_NORTH_LAT);

const asGeo = (polygons: Polygon[]) => ({ type: 'MultiPolygon' as const, coordinates: polygons.map(rewindForD3) });

const collection = (geometries: { type: 'MultiPolygon'; coordinates: Polygon[] }[]) => ({
  type: 'FeatureCollection' as const,
  features: geometries.map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry })),
});

/**
 * A point inside a projected polygon: scan several horizontal lines across it, take the
 * widest run inside (even-odd rule, holes respected), and return its middle. Unlike the
 * centroid, it lies inside even a narrow, curved strip such as Situbondo.
 */
export function innerPoint(rings: Ring[]): [number, number] {
  const ys = rings.flat().map(([, y]) => y);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  let best: { width: number; point: [number, number] } = { width: -1, point: rings[0]?.[0] ?? [0, 0] };
  const LINES = 15;
  for (let k = 1; k <= LINES; k++) {
    const y = minY + ((maxY - minY) * k) / (LINES + 1);
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const a = xs[i] ?? 0;
      const b = xs[i + 1] ?? 0;
      if (b - a > best.width) best = { width: b - a, point: [(a + b) / 2, y] };
    }
  }
  return best.point;
}

/** Even-odd test of a point against projected rings (for tests and checks). */
export function pointInRings([x, y]: [number, number], rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
    }
  }
  return inside;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Project every ring of a polygon to SVG units. */
function projectPolygon(projection: GeoProjection, polygon: Polygon): Ring[] {
  return polygon.map((ring) => ring.map((p) => (projection(p) ?? [0, 0]) as [number, number]));
}

const largest = (polygons: Ring[][]): Ring[] =>
  polygons.reduce<Ring[]>((best, p) => (Math.abs(signedArea(p[0] ?? [])) > Math.abs(signedArea(best[0] ?? [])) ? p : best), polygons[0] ?? []);

/**
 * Project the regions: the mainland, Madura and nearby islands fill {@link MAP_WIDTH};
 * far-north islands are fitted into an inset box at the lower right, where the map has
 * open sea.
 */
export function projectRegions(features: readonly RegionFeature[]): ProjectedMap {
  const main = features.map((f) => f.polygons.filter((p) => !isFarNorth(p)));
  const far = features.map((f) => f.polygons.filter(isFarNorth));
  const mainProjection = geoMercator().fitWidth(MAP_WIDTH - 2 * PAD, collection(main.map(asGeo)));
  const mainPath = geoPath(mainProjection).digits(1);
  const [[, y0], [, y1]] = mainPath.bounds(collection(main.map(asGeo)));
  mainProjection.translate([mainProjection.translate()[0] + PAD, mainProjection.translate()[1] + PAD - y0]);
  const height = Math.ceil(y1 - y0 + 2 * PAD);

  const farAll = far.flat();
  let inset: ProjectedMap['inset'];
  let farProjection: GeoProjection | undefined;
  if (farAll.length > 0) {
    // Open sea east of Banyuwangi: from the mainland's eastern tip to the right edge, below Madura.
    const [left = MAP_WIDTH * 0.72, top = height * 0.55] = mainProjection([114.75, -7.45]) ?? [];
    inset = { x: round(left), y: round(top), width: round(MAP_WIDTH - PAD - left), height: round(height - PAD - top) };
    farProjection = geoMercator().fitExtent(
      [
        [inset.x + PAD, inset.y + PAD],
        [inset.x + inset.width - PAD, inset.y + inset.height - PAD],
      ],
      collection([asGeo(farAll)]),
    );
  }
  const farPath = farProjection ? geoPath(farProjection).digits(1) : undefined;

  const regions = features.map((f, i): RegionShape => {
    const mainParts = main[i] ?? [];
    const farParts = far[i] ?? [];
    const d = [mainPath(asGeo(mainParts)) ?? '', farPath && farParts.length > 0 ? (farPath(asGeo(farParts)) ?? '') : ''].join('');
    const projected = mainParts.length > 0 ? mainParts.map((p) => projectPolygon(mainProjection, p)) : farParts.map((p) => projectPolygon(farProjection as GeoProjection, p));
    const [px, py] = innerPoint(largest(projected));
    return { code: f.code, name: f.name, d, point: [round(px), round(py)], inInset: farParts.length > 0 };
  });
  return { width: MAP_WIDTH, height, regions, inset };
}

/** Shading classes by number of innovations: none, 1, 2–3, 4–7, 8 or more. */
export const SHADE_CLASSES = [
  { id: 'k0', min: 0, max: 0 },
  { id: 'k1', min: 1, max: 1 },
  { id: 'k2', min: 2, max: 3 },
  { id: 'k3', min: 4, max: 7 },
  { id: 'k4', min: 8, max: Infinity },
] as const;
export type ShadeClass = (typeof SHADE_CLASSES)[number]['id'];

/**
 * The shading class of a count. Fixed, doubling breaks rather than quantiles: a legend that
 * stays the same as content grows, and a region's shade that changes only when its own
 * count does.
 */
export function shadeClass(count: number): ShadeClass {
  const found = SHADE_CLASSES.find((c) => count >= c.min && count <= c.max);
  if (!found || !Number.isInteger(count)) throw new Error(`Jumlah inovasi ${count} tidak valid untuk peta.`);
  return found.id;
}
