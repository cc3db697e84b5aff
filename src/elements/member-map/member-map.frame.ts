/**
 * The map's frame, for the build's geometry step (scripts/geometry.js): which shapes, in which
 * projection, cut to which rectangle, simplified how far. The step writes what follows from it to
 * src/data/slim/member-map.geometry.ts; nothing here runs in the reader's browser.
 *
 * Points are `[longitude, latitude]`. Every state of the data (`isoNumeric`) inside the frame gets
 * a shape of its own; every other country is context, drawn as one quiet area with its borders.
 */
export const frame = {
  /** Natural Earth's countries at 1:50 million (public domain), from the `world-atlas` package. */
  source: 'world-atlas/countries-50m.json',
  /**
   * Albers' conic equal-area projection centred on the region: areas compare truly (Russia is not
   * swollen as on a Mercator map), and the parallels of the region bend as readers know them.
   */
  projection: { rotate: [-60, 0] as const, parallels: [38, 62] as const },
  /**
   * The rectangle drawn: from the Baltic (Kaliningrad) to western China, from the Arctic coast
   * (Yamal) to the head of the Persian Gulf; each point given lies on or inside its edge.
   */
  bounds: {
    west: [[19.6, 54.6]],
    east: [[94, 42.5]],
    north: [[66, 71.2]],
    south: [[48.5, 28.7]],
  },
  /** Width of the drawing in its own units (1 unit = 1 CSS pixel at 680 px). */
  width: 680,
  /**
   * How far an outline may move when it is simplified, in units: shapes of the data's states keep
   * more detail than the context around them; the borders they share take the finer one.
   */
  tolerance: { states: 0.8, context: 1.8 },
  /** Context islands and lakes smaller than this (square units) are left out. */
  minArea: { states: 4, context: 20 },
  /**
   * Internationally recognised borders, as wire services draw a locator map: the Crimean peninsula,
   * which Natural Earth's de facto view draws in Russia, is drawn in Ukraine, its boundary with the
   * mainland dashed; the Turkish-held north of Cyprus is drawn as part of Cyprus. Abkhazia, South
   * Ossetia, Transnistria and Karabakh are inside Georgia, Moldova and Azerbaijan in the source.
   */
  recognised: [
    { area: 'Crimea', at: [34.1, 45.0], from: 'Russia', to: 'Ukraine', dashed: true },
    { area: 'N. Cyprus', to: 'Cyprus' },
  ],
  /**
   * Where each state's name goes. `at` the place of the name; `leader` when the state is too small
   * for its name, so a line leads from the name to the state (`to`, else its middle). A name is
   * centred on its place, or, led, sits beyond the leader's end; `anchor: 'start'` begins it there
   * instead (a name near the frame's edge runs inwards).
   */
  labels: {
    '051': { at: [45.6, 36.3], to: [44.9, 40.0], leader: true },
    '031': { at: [51.2, 39.6], to: [47.8, 40.4], leader: true },
    '268': { at: [39.9, 43.6], to: [43.4, 42.2], leader: true },
    '112': { at: [23.9, 53.4], anchor: 'start' },
    '398': { at: [67.5, 48.2] },
    '417': { at: [76.5, 45.6], to: [75.0, 41.7], leader: true },
    '643': { at: [55, 60] },
    '762': { at: [67.6, 36.2], to: [70.6, 38.6], leader: true },
    '860': { at: [62.8, 42.3] },
  } as Record<
    string,
    {
      at: readonly [number, number];
      to?: readonly [number, number];
      leader?: true;
      anchor?: 'start';
    }
  >,
  /** Neighbours named for orientation (`labels="all"`), by ISO code, each at its place. */
  context: [
    { iso2: 'UA', at: [31.5, 49] },
    { iso2: 'TR', at: [35, 39] },
    { iso2: 'IR', at: [55, 32.5] },
    { iso2: 'AF', at: [64.5, 33.2] },
    { iso2: 'TM', at: [60.5, 38.4] },
    { iso2: 'CN', at: [86, 40] },
    { iso2: 'MN', at: [93, 47.5] },
    { iso2: 'FI', at: [26.5, 63.5] },
  ],
};
