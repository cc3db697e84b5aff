import { CstTimeline } from '../elements/timeline/timeline.js';
import { defineElement } from '../internal/define.js';

export { CstTimeline };
defineElement('cst-timeline', CstTimeline);
