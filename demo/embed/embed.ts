/**
 * The iframe embed page: `index.html?el=cst-quote&quote=…&lang=…&theme=…` renders that one element
 * and nothing else, names itself after the content, and tells the embedding page its height.
 *
 * Only the library's element tags are accepted, only each element's own attributes are read, and their
 * values go in as attribute values, never as markup. Bad values take the element's own error path
 * (a neutral notice and a console warning), so the frame is never blank.
 */
import {
  embedAttributeNames,
  embedTitle,
  EMBED_TAGS,
  HEIGHT_MESSAGE,
  isEmbedTag,
} from '../../src/embed/snippets.js';
import { clip } from '../../src/internal/format.js';
import { elementLang } from '../../src/internal/input.js';
import { UNAVAILABLE } from '../../src/locales/index.js';
import { entryOf } from '../../src/registry.js';

const root = document.getElementById('embed')!;
const params = new URLSearchParams(location.search);
// The language as an element reads its `lang` attribute; nothing around the frame gives one.
const lang = elementLang(params.get('lang'), {});
document.documentElement.lang = lang;

function notice(): void {
  const p = document.createElement('p');
  p.className = 'notice';
  p.setAttribute('role', 'note');
  p.textContent = UNAVAILABLE[lang];
  root.replaceChildren(p);
}

async function show(): Promise<void> {
  const tag = params.get('el');
  if (!isEmbedTag(tag)) {
    console.warn(
      `[cst-elements] embed page: ${tag === null ? 'the el parameter is missing' : `el="${clip(tag)}" is not valid`}; valid values: ${EMBED_TAGS.join(', ')}.`,
    );
    notice();
    return;
  }
  const allowed = embedAttributeNames(tag);
  const attributes: Record<string, string> = {};
  for (const name of allowed) {
    const value = params.get(name);
    if (value !== null) attributes[name] = value;
  }
  const ignored = [...new Set(params.keys())].filter((k) => k !== 'el' && !allowed.includes(k));
  if (ignored.length) {
    console.warn(
      `[cst-elements] embed page: ignored ${ignored.map((k) => `"${clip(k, 40)}"`).join(', ')}; <${tag}> takes ${allowed.join(', ')}.`,
    );
  }
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  root.replaceChildren(element);
  try {
    // Only the element shown loads, with its data; the title comes from the same view.
    await (await entryOf(tag)!.load()).defineWhenReady(tag);
    document.title = await embedTitle(tag, attributes, { lang });
  } catch (error) {
    console.warn(`[cst-elements] embed page: could not load <${tag}>:`, error);
    notice();
  }
}

/** Tells the embedding page how tall the content is, whenever that changes. */
function reportHeight(): void {
  if (parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(root);
  addEventListener('load', post);
  post();
}

reportHeight();
void show();
