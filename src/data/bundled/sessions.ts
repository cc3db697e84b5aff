import type { SessionRecord } from '../types.js';
import json from '../../../data/sessions.json';

/** The bundled `sessions`, checked against the schema in the tests. */
export const sessions = json as SessionRecord[];
