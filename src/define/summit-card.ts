// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstSummitCard } from '../elements/summit-card/summit-card.js';
import { defineElement } from '../internal/define.js';

export { CstSummitCard };
defineElement('cst-summit-card', CstSummitCard);
