// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-member-list>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/member-list.js'),
  ru: () => import('../ru/member-list.js'),
};
