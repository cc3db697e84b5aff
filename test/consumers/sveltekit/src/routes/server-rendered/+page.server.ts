import 'cst-elements/member-list.js';
import { renderElement } from 'cst-elements/ssr.js';

export const load = async () => ({
  members: await renderElement('cst-member-list', { 'as-of': '2022-05-16' }),
});
