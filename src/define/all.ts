/** Defines every element: `import 'cst-elements/all.js'`. */
import './provider.js';
import './member-list.js';
import './summit-card.js';
import './treaty-article.js';
import './quote.js';
