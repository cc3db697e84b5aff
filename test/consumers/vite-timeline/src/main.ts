import 'cst-elements/timeline.js'; // defines <cst-timeline>
import type { CstTimeline, CstTimelineAttributes } from 'cst-elements/timeline.js';

const timeline: CstTimeline | null = document.querySelector('cst-timeline');
const attributes: CstTimelineAttributes = { state: 'kz', kinds: 'operations', layout: 'list' };
// @ts-expect-error: "bogus" is not a layout
const wrong: CstTimelineAttributes = { layout: 'bogus' };
console.log(timeline?.kinds, attributes, wrong);
