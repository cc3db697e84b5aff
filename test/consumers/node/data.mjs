import assert from 'node:assert/strict';

// From the README ("The data"), as written:
import { bundledDataset, membersOn, findSession, resolvePerson } from 'cst-elements/data.js';

membersOn(bundledDataset.states, '2022-05-16').length; // 6
findSession(bundledDataset.sessions, 'latest', bundledDataset.meta.asOf); // never a planned one
resolvePerson(bundledDataset.people, 'Zhaparov')?.id; // 'japarov'

assert.equal(membersOn(bundledDataset.states, '2022-05-16').length, 6);
assert.notEqual(
  findSession(bundledDataset.sessions, 'latest', bundledDataset.meta.asOf)?.status,
  'planned',
);
assert.equal(resolvePerson(bundledDataset.people, 'Zhaparov')?.id, 'japarov');
console.log('data: ok');
