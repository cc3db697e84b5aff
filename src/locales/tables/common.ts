// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of the strings elements share, by language. */
export const translations = {
  kk: () => import('../kk/common.js'),
  ru: () => import('../ru/common.js'),
};
