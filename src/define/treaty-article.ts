// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstTreatyArticle } from '../elements/treaty-article/treaty-article.js';
import { defineElement } from '../internal/define.js';

export { CstTreatyArticle };
defineElement('cst-treaty-article', CstTreatyArticle);
