import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { KAB_KOTA_CODES } from '../schemas/wilayah-codes.ts';
import {
  FAR_NORTH_LAT,
  innerPoint,
  MAP_WIDTH,
  pointInRings,
  projectRegions,
  readRegionFeatures,
  rewindForD3,
  shadeClass,
  signedArea,
} from './map.ts';

const FILE = 'content/wilayah/jatim-kabkota.geojson';
const json = JSON.parse(readFileSync(FILE, 'utf8')) as unknown;
const features = readRegionFeatures(json, FILE, KAB_KOTA_CODES);
const map = projectRegions(features);

describe('readRegionFeatures', () => {
  it('reads the 38 features by code', () => {
    expect(features.map((f) => f.code)).toEqual([...KAB_KOTA_CODES]);
    expect(features.find((f) => f.code === '3578')?.name).toBe('Kota Surabaya');
  });
  it('refuses a missing, unknown or duplicate code, naming the file', () => {
    const base = json as { features: { properties: { kode: string } }[] };
    const without = { ...base, features: base.features.slice(1) };
    expect(() => readRegionFeatures(without, FILE, KAB_KOTA_CODES)).toThrow(/jatim-kabkota\.geojson: kode 3501 tidak ada/);
    const dup = { ...base, features: [...base.features, base.features[0]] };
    expect(() => readRegionFeatures(dup, FILE, KAB_KOTA_CODES)).toThrow(/kode 3501 muncul lebih dari sekali/);
    const odd = { features: [{ properties: { kode: '3599' }, geometry: { type: 'Polygon', coordinates: [] } }] };
    expect(() => readRegionFeatures(odd, FILE, KAB_KOTA_CODES)).toThrow(/"3599" yang bukan kode/);
  });
});

describe('ring orientation', () => {
  it('turns RFC 7946 rings (outer counter-clockwise) into d3-geo winding, so shapes are not their complement', () => {
    const ccw: [number, number][] = [[112, -7], [113, -7], [113, -8], [112, -8], [112, -7]].reverse() as [number, number][];
    expect(signedArea(ccw)).toBeGreaterThan(0);
    const [outer] = rewindForD3([ccw]);
    expect(signedArea(outer ?? [])).toBeLessThan(0);
    // d3 now sees a small square containing its own middle, not the rest of the globe.
    expect(geoContains({ type: 'Polygon', coordinates: [outer ?? []] }, [112.5, -7.5])).toBe(true);
    expect(geoContains({ type: 'Polygon', coordinates: [outer ?? []] }, [0, 0])).toBe(false);
    expect(geoContains({ type: 'Polygon', coordinates: [ccw] }, [0, 0])).toBe(true); // the bug it prevents
  });
});

describe('projectRegions', () => {
  it('draws all 38 regions within the SVG, wider than tall once far islands are inset', () => {
    expect(map.regions).toHaveLength(38);
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height).toBeLessThan(MAP_WIDTH * 0.7);
    for (const r of map.regions) {
      expect(r.d, r.name).toMatch(/^M[\d.]+,[\d.]+/);
      const numbers = (r.d.match(/-?[\d.]+/g) ?? []).map(Number);
      expect(Math.min(...numbers), r.name).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers.filter((_, i) => i % 2 === 0)), r.name).toBeLessThanOrEqual(MAP_WIDTH);
    }
  });

  it('puts Bawean (Gresik) and Masalembu (Sumenep) in the inset, and nothing else', () => {
    expect(map.regions.filter((r) => r.inInset).map((r) => r.name)).toEqual(['Kabupaten Gresik', 'Kabupaten Sumenep']);
    const farParts = features.flatMap((f) => f.polygons.filter((p) => (p[0] ?? []).every(([, lat]) => lat > FAR_NORTH_LAT)));
    expect(farParts.length).toBeGreaterThan(1);
    expect(map.inset?.width).toBeGreaterThan(50);
  });

  it('places every marker inside its own region, Situbondo and Sumenep included (their centroids are not)', () => {
    for (const f of features) {
      const shape = map.regions.find((r) => r.code === f.code);
      // Re-project the region's main parts the way the map does, and test the marker against them.
      const rings = (shape?.d ?? '')
        .split('M')
        .filter(Boolean)
        .map((part) => part.replace(/Z$/, '').split('L').map((xy) => xy.split(',').map(Number) as [number, number]));
      expect(pointInRings(shape?.point ?? [0, 0], rings), f.name).toBe(true);
    }
  });
});

describe('innerPoint', () => {
  it('finds a point inside a U shape whose centroid is outside it', () => {
    const u: [number, number][] = [[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]];
    expect(pointInRings([5, 6], [u])).toBe(false); // where a centroid would be
    expect(pointInRings(innerPoint([u]), [u])).toBe(true);
  });
});

describe('shadeClass', () => {
  it('maps counts to fixed doubling classes', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 40].map(shadeClass)).toEqual(['k0', 'k1', 'k2', 'k2', 'k3', 'k3', 'k4', 'k4']);
    expect(() => shadeClass(-1)).toThrow();
    expect(() => shadeClass(1.5)).toThrow();
  });
});
