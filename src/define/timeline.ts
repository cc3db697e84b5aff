// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstTimeline } from '../elements/timeline/timeline.js';
import { defineElement } from '../internal/define.js';

export { CstTimeline };
defineElement('cst-timeline', CstTimeline);
