import { CstSummitCard } from '../elements/summit-card/summit-card.js';
import { defineElement } from '../internal/define.js';

export { CstSummitCard };
defineElement('cst-summit-card', CstSummitCard);
