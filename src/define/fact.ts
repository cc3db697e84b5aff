// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstFact } from '../elements/fact/fact.js';
import { defineElement } from '../internal/define.js';

export { CstFact };
defineElement('cst-fact', CstFact);
