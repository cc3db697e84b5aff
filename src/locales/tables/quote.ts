// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-quote>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/quote.js'),
  ru: () => import('../ru/quote.js'),
};
