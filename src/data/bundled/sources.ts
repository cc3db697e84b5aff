import type { SourceRecord } from '../types.js';
import json from '../../../data/sources.json';

/** The bundled `sources`, checked against the schema in the tests. */
export const sources = json as SourceRecord[];
