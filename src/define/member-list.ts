// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstMemberList } from '../elements/member-list/member-list.js';
import { defineElement } from '../internal/define.js';

export { CstMemberList };
defineElement('cst-member-list', CstMemberList);
