// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The translations of <cst-treaty-article>'s strings, by language. */
export const translations = {
  kk: () => import('../kk/treaty-article.js'),
  ru: () => import('../ru/treaty-article.js'),
};
