// Written by scripts/registry.js from src/registry.ts.
/** Defines every element at once: `import 'cst-elements/all.js'`. */
import './provider.js';
import './quote.js';
import './member-list.js';
import './summit-card.js';
import './treaty-article.js';
import './timeline.js';
