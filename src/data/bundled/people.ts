import type { PersonRecord } from '../types.js';
import json from '../../../data/people.json';

/** The bundled `people`, checked against the schema in the tests. */
export const people = json as PersonRecord[];
