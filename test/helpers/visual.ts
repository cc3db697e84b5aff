import { emulateMedia, setViewport } from '@web/test-runner-commands';
// @ts-expect-error -- the package's index.d.ts re-exports a .mjs file that has no types
import { visualDiff as diff } from '@web/test-runner-visual-regression';
import { shadowText } from './element.js';

const compare: (element: Node, name: string) => Promise<void> = diff;

/** How long a capture may take before it counts as stalled. */
const STALLED_AFTER = 25_000;

/**
 * Compares a screenshot of `element` with the baseline `name` (web-test-runner.config.js says
 * where baselines and failures go); rejects when they differ. A capture that stalls (no answer
 * within 25 s: headless Chromium on a busy machine now and then hangs in Page.captureScreenshot)
 * is tried once more; a difference is never retried.
 */
export async function visualDiff(element: Node, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => resolve('stalled'), STALLED_AFTER);
    });
    try {
      const outcome = await Promise.race([compare(element, name), stalled]);
      if (outcome !== 'stalled') return;
    } finally {
      clearTimeout(timer);
    }
    if (attempt > 1) throw new Error(`the capture of ${name} stalled twice`);
    console.warn(`[visual] the capture of ${name} stalled; trying once more`);
  }
}

/** The widths the host pages and screenshots are tried at: a desktop page and a phone. */
export const WIDTHS = [1280, 390] as const;

/**
 * Screenshots are compared against Chromium baselines only: other engines draw text differently,
 * and their runs skip the visual tests (web-test-runner.config.js runs them in Chromium).
 */
export const inChromium =
  navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox/');

/**
 * Fixes what would differ between two shots of the same page: the viewport (its height too, for
 * anything sized by it), motion, the caret, scrollbars, and where the page is scrolled.
 */
export async function steadyPage(width: number, height = 900): Promise<void> {
  await setViewport({ width, height });
  // The elements drop their transitions for readers who ask for less motion.
  await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  if (!document.getElementById('steady-page')) {
    const style = document.createElement('style');
    style.id = 'steady-page';
    style.textContent = `
      *, *::before, *::after {
        animation: none !important;
        transition: none !important;
        caret-color: transparent !important;
        scroll-behavior: auto !important;
      }
      html { scrollbar-width: none; }`;
    document.head.append(style);
  }
  window.scrollTo(0, 0);
  await frames(2);
}

/** Adds style sheets to the page and waits until each has loaded. */
export async function addStyleSheets(hrefs: readonly string[]): Promise<HTMLLinkElement[]> {
  return Promise.all(
    hrefs.map(
      (href) =>
        new Promise<HTMLLinkElement>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => resolve(link);
          link.onerror = () => reject(new Error(`${href} did not load`));
          document.head.append(link);
        }),
    ),
  );
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

/**
 * Waits until every element of the library under `root` is defined, has rendered with its data
 * and strings (Russian ones load on first use), shows text, and the page's fonts are in.
 */
export async function settled(root: ParentNode): Promise<void> {
  const elements = [...root.querySelectorAll<Updating>('*')].filter((el) =>
    el.localName.startsWith('cst-'),
  );
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  for (let round = 0; round < 10; round++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    if (elements.every((el) => !el.isUpdatePending)) break;
  }
  for (const el of elements) {
    if (el.localName === 'cst-provider') continue;
    if (!shadowText(el)) throw new Error(`<${el.localName}> rendered no text`);
  }
  await document.fonts.ready;
  await frames(2);
}

/** Resolves after `n` animation frames: layout and paint have caught up. */
export function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
}
