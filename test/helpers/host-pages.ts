import '../../src/define/all.js';
import { addStyleSheets, settled } from './visual.js';

/**
 * The elements dropped into an article of the kind publishers have: paragraphs between them, two
 * cards in a row, the member table, a pull quote. Each host page below puts it in its own frame.
 */
const ARTICLE = `
  <h1>Collective security in the region</h1>
  <p>The organisation grew out of a treaty signed in Tashkent in 1992. What follows is what its
    leaders said, which states belong to it, and what the treaty obliges them to do.</p>
  <cst-quote quote="tokayev-2022-first-use"></cst-quote>
  <p>The anniversary session in Moscow was the first after the mission to Kazakhstan. The last
    regular session was held in Bishkek.</p>
  <cst-summit-card summit="csc-2022-05-16" variant="compact"></cst-summit-card>
  <cst-summit-card summit="latest" variant="compact"></cst-summit-card>
  <p>Six states are members today; three left the treaty in 1999, and one later came back.</p>
  <cst-member-list layout="table" status="all"></cst-member-list>
  <p>Armenia froze its participation in 2024, without leaving the organisation.</p>
  <cst-quote quote="lukashenko-2022-hybrid-war" variant="pull"></cst-quote>
  <p>At the heart of the treaty is its fourth article.</p>
  <cst-treaty-article article="4"></cst-treaty-article>
  <p>Armenia's own history with the treaty, step by step:</p>
  <cst-timeline state="am"></cst-timeline>
  <p>The data behind these figures is dated and sourced; each element names its sources.</p>`;

/** Utilities the Tailwind page uses, compiled with Tailwind's preflight by the test server. */
const TAILWIND_CLASSES = 'mx-auto max-w-3xl px-4 py-8 text-3xl font-bold mb-4';

/**
 * Rules a WordPress block theme writes for its content: a 620 px column (the content size), every
 * block's margins set by the flow layout, serif body text.
 */
const WORDPRESS_CSS = `
  body { margin: 0; background: #fff; color: #111; font: 18px/1.7 Georgia, 'Times New Roman', serif; }
  .wp-site-blocks { padding: 2rem 1.25rem; }
  .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
    max-width: 620px; margin-left: auto !important; margin-right: auto !important;
  }
  :root :where(.is-layout-flow) > * { margin-block-start: 1.2rem; margin-block-end: 0; }
  :root :where(.is-layout-flow) > :first-child { margin-block-start: 0; }
  h1 { font-size: 2.4rem; line-height: 1.2; }`;

export interface HostPage {
  /** A short name: test titles and screenshot names. */
  name: string;
  styleSheets: string[];
  css?: string;
  /** The page around the article; its `[data-article]` holds the elements. */
  frame: string;
}

export const HOST_PAGES: readonly HostPage[] = [
  {
    name: 'bootstrap',
    styleSheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
    frame: `<main class="container my-4"><div class="row">
      <article class="col-lg-8" data-article></article></div></main>`,
  },
  {
    name: 'pico',
    styleSheets: ['/node_modules/@picocss/pico/css/pico.min.css'],
    frame: `<main class="container"><div data-article></div></main>`,
  },
  {
    name: 'water',
    styleSheets: ['/node_modules/water.css/out/water.min.css'],
    frame: `<main data-article></main>`,
  },
  {
    name: 'tailwind',
    styleSheets: [`/__tailwind__.css?classes=${encodeURIComponent(TAILWIND_CLASSES)}`],
    frame: `<main class="mx-auto max-w-3xl px-4 py-8" data-article></main>`,
  },
  {
    name: 'wordpress',
    styleSheets: [],
    css: WORDPRESS_CSS,
    frame: `<div class="wp-site-blocks"><div class="entry-content is-layout-constrained is-layout-flow" data-article></div></div>`,
  },
];

export interface MountedHost {
  /** The element that holds the article: what a screenshot takes. */
  article: HTMLElement;
  remove(): void;
}

/** Puts the article in a host page, with only that page's styles, and waits until it is drawn. */
export async function mountHost(host: HostPage): Promise<MountedHost> {
  const added: Element[] = await addStyleSheets(host.styleSheets);
  if (host.css) {
    const style = document.createElement('style');
    style.textContent = host.css;
    document.head.append(style);
    added.push(style);
  }
  const page = document.createElement('div');
  page.id = 'host-page';
  page.innerHTML = host.frame;
  const article = page.querySelector<HTMLElement>('[data-article]')!;
  article.innerHTML = ARTICLE;
  if (host.name === 'tailwind') {
    article.querySelector('h1')!.className = 'text-3xl font-bold mb-4';
  }
  document.body.append(page);
  await settled(article);
  return {
    article,
    remove() {
      page.remove();
      for (const node of added) node.remove();
    },
  };
}
