// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstProvider } from '../elements/provider/provider.js';
import { defineElement } from '../internal/define.js';

export { CstProvider };
defineElement('cst-provider', CstProvider);
