/**
 * The CDN entry with everything at once: every element and all the bundled data in one file, for
 * pages that show many elements. Nothing more loads as elements are added, except the schema
 * validator for publisher data and, on pages with server-rendered elements, Lit's hydration
 * support (which has to run first).
 */
import { ELEMENTS } from '../registry.js';
import { hydrationReady } from './hydration.js';

hydrationReady
  .then(() => Promise.all(ELEMENTS.map((entry) => entry.load())))
  .then(async (classes) => {
    // All the data first: it is in this file already, and nothing more loads for later elements.
    await Promise.all(classes.map((ctor) => ctor.renderer?.data.load(null, 'en')));
    await Promise.all(classes.map((ctor, i) => ctor.defineWhenReady(ELEMENTS[i]!.tag)));
  })
  .catch((error: unknown) => console.warn('[cst-elements] could not load the elements:', error));
