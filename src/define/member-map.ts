// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstMemberMap } from '../elements/member-map/member-map.js';
import { defineElement } from '../internal/define.js';

export { CstMemberMap };
defineElement('cst-member-map', CstMemberMap);
