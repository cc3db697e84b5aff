/**
 * The demo pages use the library straight from source: every element, defined once. (The plain
 * HTML page does not load this; it uses the CDN build only.)
 */
import '../src/define/all.js';
