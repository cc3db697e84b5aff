/**
 * The CDN entry with everything at once: every element and all the bundled data in one file, for
 * pages that show many elements. Nothing more loads as elements are added, except the schema
 * validator for publisher data and, on pages with server-rendered elements, Lit's hydration
 * support (which has to run first).
 */
import { LOADERS } from '../elements/loaders.js';
import { hydrationReady } from './hydration.js';

const entries = Object.entries(LOADERS);

hydrationReady
  .then(() => Promise.all(entries.map(([, load]) => load())))
  .then(async (classes) => {
    // All the data first: it is in this file already, and nothing more loads for later elements.
    await Promise.all(classes.map((ctor) => ctor.renderer?.data.load(null, 'en')));
    await Promise.all(classes.map((ctor, i) => ctor.defineWhenReady(entries[i]![0])));
  })
  .catch((error: unknown) => console.warn('[cst-elements] could not load the elements:', error));
