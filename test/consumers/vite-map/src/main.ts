import 'cst-elements/member-map.js'; // defines <cst-member-map>
import 'cst-elements/fact.js'; // defines <cst-fact>
import type { CstMemberMap, CstMemberMapAttributes } from 'cst-elements/member-map.js';
import type { CstFactAttributes } from 'cst-elements/fact.js';

const map: CstMemberMap | null = document.querySelector('cst-member-map');
const attributes: CstMemberMapAttributes = { highlight: 'armenia', labels: 'all' };
// @ts-expect-error: "bogus" is not a choice of labels
const wrong: CstMemberMapAttributes = { labels: 'bogus' };
// @ts-expect-error: "bogus" is not a fact
const fact: CstFactAttributes = { fact: 'bogus' };
console.log(map?.highlight, attributes, wrong, fact);
