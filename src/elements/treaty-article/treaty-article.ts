import { treatyArticleData } from '../../data/slim/treaty-article.js';
import type { TreatyArticleData } from './treaty-article.data.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { strings } from './treaty-article.strings.js';
import { common } from '../../internal/strings.js';
import styles from './treaty-article.styles.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { attributes } from './treaty-article.spec.js';
import { treatyArticleTemplate } from './treaty-article.template.js';
import {
  treatyArticleTitle,
  treatyArticleView,
  type TreatyArticleView,
} from './treaty-article.view.js';

// The attributes' properties, typed from the spec.
export interface CstTreatyArticle extends Properties<typeof attributes> {}

/**
 * One article of the Collective Security Treaty or the CSTO Charter, with its wording where a
 * source holds it, summaries labelled as summaries, the document's date and place, the protocols
 * that amended the article, and a citation for every passage. An article the document does not
 * hold is answered with the range of those it does.
 *
 * @summary An article of the Collective Security Treaty or the CSTO Charter, sourced and dated.
 * @tagname cst-treaty-article
 *
 * @csspart card - The whole article.
 * @csspart header - Title, document name and dates.
 * @csspart title - "Article N".
 * @csspart document - The document's title.
 * @csspart meta - Date and place of signature and entry into force, on one line.
 * @csspart body - The text passages.
 * @csspart passage - One passage (also `verbatim` or `summary`).
 * @csspart verbatim - A passage quoting the wording (a figure with a blockquote).
 * @csspart summary - A passage summarising the article in the project's words.
 * @csspart label - A passage's label: Text, English translation, Summary.
 * @csspart unconfirmed - Said quietly beside a passage the sources do not confirm.
 * @csspart amendments - The note on protocols that amended the article.
 * @csspart about - Standing facts under the article, with their sources: the Treaty's UN
 *   registration, the Organization's headquarters and working language.
 *
 * @cssprop --cst-treaty-article-min-block-size - Height reserved before the content renders (default: 8rem).
 * @cssprop --cst-treaty-article-quote-rule - Colour of the rule beside quoted wording (default: the accent colour).
 */
export class CstTreatyArticle extends CstElement<TreatyArticleData, TreatyArticleView> {
  static override readonly attributes = attributes;

  static override properties = litProperties(attributes);

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<TreatyArticleData, TreatyArticleView> = {
    data: treatyArticleData,
    strings: [strings, common],
    view: treatyArticleView,
    template: treatyArticleTemplate,
    title: treatyArticleTitle,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-treaty-article': CstTreatyArticle;
  }
}
