import type { DocumentRecord } from '../types.js';
import json from '../../../data/documents.json';

/** The bundled `documents`, checked against the schema in the tests. */
export const documents = json as DocumentRecord[];
