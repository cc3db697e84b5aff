// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
/** Defines every element at once: `import 'cst-elements/all.js'`. */
import './provider.js';
import './fact.js';
import './member-list.js';
import './member-map.js';
import './quote.js';
import './summit-card.js';
import './timeline.js';
import './treaty-article.js';
