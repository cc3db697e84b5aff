// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-fact>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/fact.js'),
  ru: () => import('../ru/fact.js'),
};
