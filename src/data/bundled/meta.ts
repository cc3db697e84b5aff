import type { DatasetMeta } from '../types.js';
import json from '../../../data/meta.json';

/** The bundled `meta`, checked against the schema in the tests. */
export const meta = json as DatasetMeta;
