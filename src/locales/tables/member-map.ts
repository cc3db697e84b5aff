// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-member-map>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/member-map.js'),
  ru: () => import('../ru/member-map.js'),
};
