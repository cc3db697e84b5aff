import { meta } from '../../src/data/bundled/meta.js';
import { pinClock } from '../helpers/clock.js';
import { HOST_PAGES, mountHost, type MountedHost } from '../helpers/host-pages.js';
import { inChromium, steadyPage, visualDiff, WIDTHS } from '../helpers/visual.js';

/**
 * The article of test/host-pages.test.ts in each host page, one screenshot of its column per page
 * and width, against baselines in test/visual/baselines/host-pages.
 */
describe('host pages, screenshots', function () {
  this.timeout(60000);
  let restoreClock: (() => void) | undefined;

  before(function () {
    if (!inChromium) this.skip();
    // The latest session and the timeline read by the reader's date: the dataset's own date.
    restoreClock = pinClock(meta.asOf);
  });

  after(() => restoreClock?.());

  for (const host of HOST_PAGES) {
    for (const width of WIDTHS) {
      describe(`${host.name} at ${width} px`, () => {
        let page: MountedHost | undefined;

        before(async function () {
          if (!inChromium) this.skip();
          await steadyPage(width);
          page = await mountHost(host);
        });

        after(() => page?.remove());

        it('looks as it did', async () => {
          await visualDiff(page!.article, `host-pages/${host.name}-${width}`);
        });
      });
    }
  }
});
