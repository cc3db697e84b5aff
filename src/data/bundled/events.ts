import type { EventRecord } from '../types.js';
import json from '../../../data/events.json';

/** The bundled `events`, checked against the schema in the tests. */
export const events = json as EventRecord[];
