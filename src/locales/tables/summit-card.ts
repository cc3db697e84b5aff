// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-summit-card>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/summit-card.js'),
  ru: () => import('../ru/summit-card.js'),
};
