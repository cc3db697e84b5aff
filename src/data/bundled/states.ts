import type { StateRecord } from '../types.js';
import json from '../../../data/states.json';

/** The bundled `states`, checked against the schema in the tests. */
export const states = json as StateRecord[];
