/** Defines every element, with all the bundled data: `import 'cst-elements/all.js'`. */
import '../data/slim/quote-all.js';
import './provider.js';
import './member-list.js';
import './summit-card.js';
import './treaty-article.js';
import './quote.js';
