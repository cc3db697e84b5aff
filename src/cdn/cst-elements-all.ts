/**
 * The CDN entry with everything at once: every element and all the bundled data in one file, for
 * pages that show many elements. Nothing more loads as elements are added, except the schema
 * validator for publisher data and, on pages with server-rendered elements, Lit's hydration
 * support (which has to run first).
 */
import { hydrationReady } from './hydration.js';

hydrationReady
  .then(() => import('../define/all.js'))
  .catch((error: unknown) => console.warn('[cst-elements] could not load the elements:', error));
