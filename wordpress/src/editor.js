/**
 * The blocks of the block editor, one per element, and the fallbacks of a post's shortcodes.
 *
 * Each block's sidebar is drawn from the element's controls, which the plugin's build writes
 * from the element folders (src/embed/controls.ts), so a new element gets its block here without
 * a change. The canvas shows the real element, from the same build readers get. The saved markup
 * is the element with its full fallback text, written by the project's snippet functions, which
 * load from the plugin's folder when the editor needs them (build/fallback/).
 *
 * Written with `createElement` (no JSX runtime), so that it runs on WordPress 6.1.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { registerBlockType } from '@wordpress/blocks';
import {
  BaseControl,
  CheckboxControl,
  ComboboxControl,
  PanelBody,
  SelectControl,
  TextControl,
} from '@wordpress/components';
import { dispatch, select, subscribe } from '@wordpress/data';
import { createElement as h, Fragment, RawHTML, useEffect } from '@wordpress/element';
import { next as nextShortcode } from '@wordpress/shortcode';
import { elementHtml, fallbackBody, fallbackKey } from '../../src/embed/element-html.ts';

/** Written by the plugin (cst-elements.php) before this script. */
const { elements, fallbackModule, siteLang, langs, metaKey } = window.cstElementsEditor;

let writer;
/** The project's snippet functions, loaded once, on first use. */
const snippets = () => (writer ??= import(/* webpackIgnore: true */ fallbackModule));

/** The language an element shows: its own (a language the library has, else English), or the site's. */
const langOf = (attributes) => {
  const own = attributes.lang?.trim().toLowerCase().split(/[-_]/)[0];
  return own ? (langs.includes(own) ? own : 'en') : siteLang;
};

/** Saving waits while fallbacks are being written. */
let pending = 0;
async function writing(work) {
  if (pending++ === 0) dispatch('core/editor')?.lockPostSaving('cst-elements');
  try {
    return await work();
  } finally {
    if (--pending === 0) dispatch('core/editor')?.unlockPostSaving('cst-elements');
  }
}

/** The attributes a block gives its element: those set, in the order of the controls. */
function elementAttributes(element, attributes) {
  const out = {};
  for (const { name } of element.controls) {
    const value = attributes[name];
    if (typeof value === 'string' && value.trim() !== '') out[name] = value;
  }
  return out;
}

/** The value a control shows, and the attribute value to set for what it is given. */
const shown = (control, attributes) => attributes[control.name] ?? control.initial ?? '';
const toAttribute = (control, value) =>
  value === '' || value === null || value === undefined || value === control.initial
    ? undefined
    : String(value);

/** The options a control lists now: its own, or those its leading attribute's value gives. */
function optionsOf(control, element, attributes) {
  if (!control.after) return control.options ?? [];
  const leader = element.controls.find((c) => c.name === control.after.name);
  return control.after.options[shown(leader, attributes)] ?? [];
}

function Control({ control, element, attributes, setAttributes }) {
  const set = (value) => setAttributes({ [control.name]: toAttribute(control, value) });
  const common = { label: control.label, help: control.help, __nextHasNoMarginBottom: true };
  const value = shown(control, attributes);
  const options = optionsOf(control, element, attributes);

  if (control.input === 'search') {
    const chosen = options.find((o) => o.value === value);
    return h(
      Fragment,
      null,
      h(ComboboxControl, {
        ...common,
        value: value || null,
        options: options.map((o) => ({ value: o.value, label: o.label })),
        onChange: set,
      }),
      chosen?.detail && h('p', { className: 'cst-elements-detail' }, `“${chosen.detail}”`),
    );
  }
  if (control.input === 'select') {
    const none =
      control.required || control.initial !== undefined
        ? []
        : [{ value: '', label: control.none ?? '(none)' }];
    return h(SelectControl, {
      ...common,
      value,
      options: [...none, ...options.map((o) => ({ value: o.value, label: o.label }))],
      onChange: set,
    });
  }
  if (control.input === 'checks') {
    const all = options.map((o) => o.value);
    const checked = value ? value.split(/[\s,]+/) : all;
    const toggle = (option, on) => {
      const next = all.filter((v) => (v === option ? on : checked.includes(v)));
      // One at least stays; all of them is the default, written as nothing.
      if (next.length) set(next.length === all.length ? '' : next.join(' '));
    };
    return h(
      BaseControl,
      { ...common, id: `${element.name}-${control.name}` },
      options.map((o) =>
        h(CheckboxControl, {
          key: o.value,
          label: o.label,
          checked: checked.includes(o.value),
          onChange: (on) => toggle(o.value, on),
          __nextHasNoMarginBottom: true,
        }),
      ),
    );
  }
  const type = { date: 'date', number: 'number' }[control.input] ?? 'text';
  return h(TextControl, {
    ...common,
    type,
    value,
    placeholder: control.input === 'year' ? 'YYYY or YYYY-MM-DD' : undefined,
    onChange: set,
  });
}

function edit(element) {
  return function Edit({ attributes, setAttributes }) {
    const given = elementAttributes(element, attributes);
    const lang = langOf(given);
    const signature = JSON.stringify(given);

    // A block just inserted starts where the element folder's first example does.
    useEffect(() => {
      const own = element.controls.filter((c) => !c.shared).some((c) => attributes[c.name]);
      if (!own && Object.keys(element.start).length) setAttributes(element.start);
    }, []);

    // The fallback follows the attributes: written by the snippet functions, kept in the markup.
    useEffect(() => {
      let current = true;
      writing(async () => {
        const { fallbackHtml } = await snippets();
        const body = fallbackBody(await fallbackHtml(element.tag, given, { lang }));
        if (current && body !== attributes.fallback) setAttributes({ fallback: body });
      });
      return () => {
        current = false;
      };
    }, [signature, lang]);

    return h(
      Fragment,
      null,
      h(
        InspectorControls,
        null,
        h(
          PanelBody,
          { title: element.title },
          element.controls.map((control) =>
            h(Control, { key: control.name, control, element, attributes, setAttributes }),
          ),
        ),
      ),
      h('div', useBlockProps(), h(element.tag, given)),
    );
  };
}

function save(element) {
  return function Save({ attributes }) {
    const html = elementHtml(
      element.tag,
      elementAttributes(element, attributes),
      attributes.fallback ?? '',
    );
    return h(RawHTML, null, html);
  };
}

for (const element of elements) {
  registerBlockType(element.block, {
    edit: edit(element),
    save: save(element),
    // A shortcode pasted on a line of its own becomes the block.
    transforms: {
      from: [
        {
          type: 'shortcode',
          tag: element.tag,
          attributes: Object.fromEntries(
            element.controls.map(({ name }) => [
              name,
              { type: 'string', shortcode: ({ named }) => named[name] },
            ]),
          ),
        },
      ],
    },
  });
}

// --- Shortcodes typed in the post ---------------------------------------------------------------

/**
 * Every shortcode of an element in the post, with the fallback its attributes give, kept in the
 * post's meta: the plugin renders a shortcode with it (else with the fallbacks its build wrote
 * for the attribute values the controls offer).
 */
async function shortcodeFallbacks(content) {
  const found = new Map();
  for (const element of elements) {
    for (let index = 0, match; (match = nextShortcode(element.tag, content, index));) {
      index = match.index + match.content.length;
      const attributes = {};
      for (const control of element.controls) {
        const value = match.shortcode.attrs.named[control.name];
        if (typeof value === 'string') attributes[control.name] = value;
      }
      const lang = langOf(attributes);
      found.set(`${element.tag} ${fallbackKey(element.controls, attributes, lang)}`, {
        element,
        attributes,
        lang,
      });
    }
  }
  if (!found.size) return {};
  const { fallbackHtml } = await snippets();
  const out = {};
  for (const [key, { element, attributes, lang }] of found) {
    out[key] = await fallbackHtml(element.tag, attributes, { lang });
  }
  return out;
}

const normalized = (text) => {
  try {
    return text ? JSON.stringify(JSON.parse(text)) : '';
  } catch {
    return '';
  }
};

let blocks;
let timer;
subscribe(() => {
  const editor = select('core/editor');
  const now = select('core/block-editor')?.getBlocks();
  if (!editor || !now || now === blocks) return;
  blocks = now;
  clearTimeout(timer);
  timer = setTimeout(
    () =>
      writing(async () => {
        const fallbacks = await shortcodeFallbacks(editor.getEditedPostContent());
        const json = Object.keys(fallbacks).length ? JSON.stringify(fallbacks) : '';
        const meta = editor.getEditedPostAttribute('meta');
        // The server writes the same JSON its own way (escaped slashes): compared as values.
        if (meta && normalized(meta[metaKey]) !== json) {
          dispatch('core/editor').editPost({ meta: { [metaKey]: json } });
        }
      }),
    300,
  );
});
