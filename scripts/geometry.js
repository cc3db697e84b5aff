// Writes the shapes of each element that draws a map: for every element folder with a
// `<name>.frame.ts` (its frame: source shapes, projection, bounds, tolerances, recognised
// borders, where names go), src/data/slim/<name>.geometry.ts, SVG path data in the frame's own
// units. The shapes are projected once, here, with d3-geo, and simplified along the borders that
// neighbours share (each border once, so that two neighbours never part), then cut to the frame;
// the element ships the path data and no map library.
//
// Every state of data/states.json inside the frame gets a shape of its own, by ISO numeric code;
// the other countries make one context area, with the borders between them as one line.
// `node scripts/geometry.js --check` fails when a committed file is stale.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoConicEqualArea, geoContains, geoPath } from 'd3-geo';
import { format, resolveConfig } from 'prettier';
import { merge, mesh } from 'topojson-client';
import { folderModules, writeChanged } from './specs.js';

const HEADER = '// Written by scripts/geometry.js from the frame in the element folder.\n';
const require = createRequire(import.meta.url);

/** The frames of the element folders that have one, by folder name. */
async function frames() {
  const { names, modules } = await folderModules('frame');
  return Object.fromEntries(names.map((name, i) => [name, modules[i].frame]));
}

/** A topology whose arcs hold absolute coordinates (no quantization to undo later). */
function absolute(topology) {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) =>
      topology.transform
        ? [(x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]]
        : [dx, dy],
    );
  });
  const { transform: _transform, ...rest } = topology;
  return { ...rest, arcs };
}

/** The polygons of a geometry, as lists of rings of arc indexes. */
const polygons = (g) => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);
const arcIndex = (i) => (i < 0 ? ~i : i);

/** The coordinates of a polygon of arc indexes, for point-in-polygon tests. */
function ringCoordinates(topology, rings) {
  return rings.map((ring) =>
    ring.flatMap((i, k) => {
      const arc = topology.arcs[arcIndex(i)];
      const points = i < 0 ? [...arc].reverse() : arc;
      return k ? points.slice(1) : points;
    }),
  );
}

/** Douglas–Peucker on projected points: which of them to keep, the ends always. */
function simplified(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farthest = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = length
        ? Math.abs(dy * px - dx * py + bx * ay - by * ax) / length
        : Math.hypot(px - ax, py - ay);
      if (d > farthest) [far, farthest] = [i, d];
    }
    if (farthest > tolerance) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return keep;
}

/**
 * Path data of what d3-geo draws, in whole units, relative after the first point of each ring
 * (`M12 34l3-5 2 1z`): short, and it compresses well. Rings that rounding leaves with no area, or
 * context rings under `minArea`, go.
 */
function pathData(projection, object, { closed, minArea = 0 }) {
  const rings = [];
  let ring;
  const context = {
    moveTo: (x, y) => rings.push((ring = [[Math.round(x), Math.round(y)]])),
    lineTo: (x, y) => {
      const point = [Math.round(x), Math.round(y)];
      const last = ring.at(-1);
      if (point[0] !== last[0] || point[1] !== last[1]) ring.push(point);
    },
    closePath: () => {},
    arc: () => {},
  };
  geoPath(projection, context)(object);
  const area = (r) =>
    Math.abs(
      r.reduce(
        (sum, [x, y], i) => sum + x * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y,
        0,
      ),
    ) / 2;
  const number = (n, i) => (i && n >= 0 ? ` ${n}` : `${n}`);
  return rings
    .filter((r) => (closed ? r.length > 2 && area(r) >= Math.max(minArea, 1) : r.length > 1))
    .map((r) => {
      const [[x0, y0], ...rest] = r;
      const steps = rest.flatMap(([x, y], i) => [x - r[i][0], y - r[i][1]]);
      return `M${x0} ${y0}l${steps.map(number).join('')}${closed ? 'z' : ''}`;
    })
    .join('');
}

/** Everything a frame's map draws, in the frame's units. */
function shapes(frame, states) {
  const topology = absolute(JSON.parse(readFileSync(require.resolve(frame.source), 'utf8')));
  const object = Object.values(topology.objects)[0];
  const named = (name) => object.geometries.find((g) => g.properties?.name === name);
  const own = new Set(states.map((s) => s.isoNumeric));
  const isOwn = (g) => own.has(g.id);

  // Recognised borders: an area moves to the country it belongs to; where it meets that country's
  // mainland, the line is dashed.
  const dashed = new Set();
  for (const rule of frame.recognised) {
    const to = named(rule.to);
    const moved = [];
    if (rule.at) {
      const from = named(rule.from);
      const list = polygons(from);
      const index = list.findIndex((rings) =>
        geoContains({ type: 'Polygon', coordinates: ringCoordinates(topology, rings) }, rule.at),
      );
      if (index < 0) throw new Error(`${rule.area}: no polygon of ${rule.from} at ${rule.at}`);
      moved.push(...list.splice(index, 1));
      Object.assign(from, { type: 'MultiPolygon', arcs: list });
    } else {
      const area = named(rule.area);
      moved.push(...polygons(area));
      object.geometries.splice(object.geometries.indexOf(area), 1);
    }
    const mainland = new Set(polygons(to).flat(2).map(arcIndex));
    if (rule.dashed) {
      for (const i of moved.flat(2).map(arcIndex)) if (mainland.has(i)) dashed.add(i);
    }
    Object.assign(to, { type: 'MultiPolygon', arcs: [...polygons(to), ...moved] });
  }

  // The projection, fitted so that the bounds' points lie on or inside the frame's edges.
  const projection = geoConicEqualArea()
    .rotate(frame.projection.rotate)
    .parallels(frame.projection.parallels)
    .scale(1)
    .translate([0, 0]);
  const edge = (points, axis, pick) => pick(...points.map((p) => projection(p)[axis]));
  const { west, east, north, south } = frame.bounds;
  const [x0, x1] = [edge(west, 0, Math.min), edge(east, 0, Math.max)];
  const [y0, y1] = [edge(north, 1, Math.min), edge(south, 1, Math.max)];
  const k = frame.width / (x1 - x0);
  const width = frame.width;
  const height = Math.round((y1 - y0) * k);
  projection.scale(k).translate([-x0 * k, -y0 * k]);

  // Each arc simplified once, finer where it outlines one of the data's states.
  const ownArcs = new Set(
    object.geometries.filter(isOwn).flatMap((g) => polygons(g).flat(2).map(arcIndex)),
  );
  topology.arcs = topology.arcs.map((arc, i) => {
    const keep = simplified(
      arc.map((p) => projection(p)),
      ownArcs.has(i) ? frame.tolerance.states : frame.tolerance.context,
    );
    return arc.filter((_, j) => keep[j]);
  });
  // An island simplified to a sliver may turn inside out (to d3-geo, the rest of the globe): it
  // goes, being too small to see.
  for (const g of object.geometries) {
    const kept = polygons(g).filter(
      (rings) =>
        geoArea({ type: 'Polygon', coordinates: ringCoordinates(topology, rings) }) < 2 * Math.PI,
    );
    if (kept.length < polygons(g).length) Object.assign(g, { type: 'MultiPolygon', arcs: kept });
  }

  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const round = ([x, y]) => [Math.round(x), Math.round(y)];
  const context = object.geometries.filter((g) => !isOwn(g));
  const land = pathData(projection, merge(topology, context), {
    closed: true,
    minArea: frame.minArea.context,
  });
  const borders = pathData(
    projection,
    mesh(topology, object, (a, b) => a !== b && !isOwn(a) && !isOwn(b)),
    { closed: false },
  );
  const lines = pathData(
    projection,
    {
      type: 'MultiLineString',
      coordinates: [...dashed].map((i) => topology.arcs[i]),
    },
    { closed: false },
  );

  const drawn = {};
  const places = {};
  for (const state of states) {
    const geometry = object.geometries.find((g) => g.id === state.isoNumeric);
    if (!geometry) continue;
    const d = pathData(projection, merge(topology, [geometry]), {
      closed: true,
      minArea: frame.minArea.states,
    });
    if (!d) continue;
    drawn[state.isoNumeric] = d;
    const label = frame.labels[state.isoNumeric];
    // Without a place of its own, a name goes in the middle of the state's largest part in view.
    const middle = () => {
      const path = geoPath(projection);
      const parts = polygons(merge(topology, [geometry])).map((rings) => ({
        type: 'Polygon',
        coordinates: rings,
      }));
      return round(
        parts.sort((a, b) => path.area(b) - path.area(a)).map((p) => path.centroid(p))[0],
      );
    };
    places[state.isoNumeric] = {
      at: label ? round(projection(label.at)) : middle(),
      ...(label?.leader && { to: label.to ? round(projection(label.to)) : middle() }),
      ...(label?.anchor && { anchor: label.anchor }),
    };
  }
  const context_ = frame.context.map(({ iso2, at }) => ({ iso2, at: round(projection(at)) }));
  return { width, height, land, borders, lines, states: drawn, places, context: context_ };
}

const files = {};
const data = JSON.parse(readFileSync('data/states.json', 'utf8'));
for (const [name, frame] of Object.entries(await frames())) {
  const drawn = shapes(frame, data);
  const file = `src/data/slim/${name}.geometry.ts`;
  files[file] = await format(
    `${HEADER}
/**
 * The shapes <cst-${name}> draws, in the units of its frame (${drawn.width} × ${drawn.height}), as
 * SVG path data: the context around the data's states, the borders between context countries,
 * dashed lines where a border is recognised but not held, each state of the data by ISO numeric
 * code, where each state's name goes (\`to\`: the end of a leader line; \`anchor\`: where the
 * name begins, when not centred or beyond the leader) and the neighbours named.
 */
export const geometry = ${JSON.stringify(drawn)} as const;
`,
    { ...(await resolveConfig(file)), filepath: file },
  );
}

const check = process.argv.includes('--check');
const stale = [];
writeChanged(files, check, stale);
if (stale.length) {
  console.error(`stale: ${stale.join(', ')}; run node scripts/geometry.js`);
  process.exit(1);
}
