/**
 * The world map's country outlines, projected once per process (Equal Earth) from world-atlas's 1:110m
 * countries, to SVG path data keyed by ISO 3166-1 numeric code (= the ledger's m49 of a country).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export interface WorldMap {
  width: number;
  height: number;
  /** SVG path data by numeric code ("398" for Kazakhstan). */
  paths: Map<string, { d: string; name: string }>;
}

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;

/** Equal Earth (Šavrič, Patterson, Jenny 2018): areas true to scale, so a large country does not look more important than it is. */
export function equalEarth(lonDeg: number, latDeg: number): [number, number] {
  const lambda = (lonDeg * Math.PI) / 180;
  const phi = (latDeg * Math.PI) / 180;
  const l = Math.asin(M * Math.sin(phi));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const x = (lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
  const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
  return [x, y];
}

const [X_MAX] = equalEarth(180, 0);
const [, Y_MAX] = equalEarth(0, 90);

type Ring = number[][];

/**
 * SVG path data written in steps from the point before ('m3,-1 2,0-1,4z'): the map is most of the countries page's
 * weight, and steps of a few pixels take half the characters of absolute points (its path data 72 → 39 KB, 24 → 11 KB
 * gzipped). After a relative move or line, further steps repeat it without the letter, a minus sign separating them.
 */
function relativePath() {
  let d = '';
  let at: [number, number] = [0, 0];
  let start = at;
  // Whether the last command takes further steps without its letter: a relative one ('M' would read them as absolute).
  let repeats = false;
  const step = (x: number, y: number) => {
    const dx = x - at[0];
    const dy = y - at[1];
    at = [x, y];
    return `${dx}${dy < 0 ? '' : ','}${dy}`;
  };
  return {
    get d() {
      return d;
    },
    get at() {
      return at;
    },
    move(x: number, y: number) {
      const first = d === '';
      d += first ? `M${x},${y}` : `m${step(x, y)}`;
      at = start = [x, y];
      repeats = !first;
    },
    line(x: number, y: number) {
      d += (repeats ? (x - at[0] < 0 ? '' : ' ') : 'l') + step(x, y);
      repeats = true;
    },
    close() {
      d += 'z';
      // 'z' returns to the ring's start, from which the next move is measured.
      at = start;
      repeats = false;
    },
  };
}

/** Builds the map: call once (the web router does) and reuse; projecting takes some tens of milliseconds. */
export function createWorldMap(width = 900): WorldMap {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const scale = width / (2 * X_MAX);
  // Antarctica (010) is left out: no one's nationals are counted there, and it would take a third of the height.
  const latMin = -60;
  const height = Math.round((Y_MAX - equalEarth(0, latMin)[1]) * scale) + 4;
  const project = (lon: number, lat: number): [number, number] => {
    const [x, y] = equalEarth(lon, Math.max(lat, latMin));
    return [Math.round(width / 2 + x * scale), Math.round(2 + (Y_MAX - y) * scale)];
  };
  // Whole pixels, repeated points dropped.
  const outline = (polygons: Ring[][]) => {
    const path = relativePath();
    for (const ring of polygons.flat()) {
      let drawing = false;
      for (const [lon, lat] of ring) {
        const [x, y] = project(lon, lat);
        if (drawing && x === path.at[0] && y === path.at[1]) continue;
        // A ring that crosses the antimeridian would draw a line across the whole map: it restarts on the other side.
        if (!drawing || Math.abs(x - path.at[0]) > width / 2) path.move(x, y);
        else path.line(x, y);
        drawing = true;
      }
      path.close();
    }
    return path.d;
  };
  const paths = new Map<string, { d: string; name: string }>();
  const collection = feature(topology, topology.objects.countries);
  for (const f of collection.features) {
    const code = f.id === undefined ? undefined : String(f.id);
    if (!code || code === '010' || !f.geometry) continue;
    const polygons: Ring[][] =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as Ring[]]
        : f.geometry.type === 'MultiPolygon'
          ? (f.geometry.coordinates as Ring[][])
          : [];
    paths.set(code, { d: outline(polygons), name: f.properties?.name ?? code });
  }
  return { width, height, paths };
}
