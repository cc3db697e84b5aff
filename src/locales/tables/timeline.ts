// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-timeline>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/timeline.js'),
  ru: () => import('../ru/timeline.js'),
};
