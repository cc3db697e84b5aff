import { isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Layered } from '../data/merge.js';
import type { DataSource } from '../data/slim/types.js';
import type { DatasetMeta, IsoDate, Lang } from '../data/types.js';
import type { Translated } from './i18n.js';
import styles from './base.styles.js';
import { ContextElement } from './context-element.js';
import { defineElement } from './define.js';
import { FallbackController } from './fallback.js';
import { toLang } from './lang.js';
import { invalidValue, loadFailed, renderFailed, type Problem } from './problems.js';

import { settled } from './settle.js';
import { html } from './template.js';
import type { Attributes } from './spec.js';

/** The collections an element reads, with the fields it shows; `meta` always. */
export type Bundle = Layered & { meta: DatasetMeta };

/** What a view is made from: the element's attributes, its data, the language and the date. */
export interface ViewInput<B extends Bundle> {
  /** The element's tag, for messages. */
  tag: string;
  attrs: Attributes;
  /** The bundled data with any publisher data laid over it. */
  data: B;
  lang: Lang;
  /** The date time-sensitive views hold for: a provider's `as-of`, else the data's `asOf`. */
  asOf: IsoDate;
  /** The reader's (or the server's) calendar date, UTC. */
  today: IsoDate;
}

/** A view, or the problem that stands in its way with, optionally, what the reader sees. */
export type ViewResult<V> = { view: V } | { problem: Problem; notice?: TemplateResult };

/** Options every template takes. */
export interface TemplateOptions {
  /** Leave out interactive controls (the copy button): for HTML that runs no script. */
  static?: boolean;
}

/**
 * How one element turns data into HTML: the view (attributes and data to what is shown, or a
 * problem), the template (view to markup) and a short title. The element, server rendering,
 * snippets, the static export and the embed page all go through it.
 */
export interface Renderer<B extends Bundle, V, O extends TemplateOptions = TemplateOptions> {
  data: DataSource<B>;
  /** The UI strings its view and template use, loaded in the language shown before it renders. */
  strings: readonly Translated<unknown>[];
  view(input: ViewInput<B>): ViewResult<V>;
  template(view: V, options: O): TemplateResult;
  /** A short, plain title for the content: an iframe's `title`, the embed page's. */
  title(view: V): string;
}

/** A renderer of any element. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRenderer = Renderer<Bundle, any, any>;

const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * What every element shares: the dataset from context (bundled unless a provider says otherwise),
 * language and theme, one way from attributes to a view and from a view to markup, and one error
 * path: any problem on the way shows the fallback instead, logs one warning and fires `cst-error`.
 *
 * @attr lang - Language of the element, `en` or `ru`; else the closest ancestor's `lang`, else the
 * provider's, else `en`.
 * @attr {boolean} no-shift - Upgrade without moving the page: when the element's code arrives
 * while its fallback content is on screen, the fallback stays until swapping it for the element
 * moves nothing in view (it is out of view, reaches past the bottom of the view, or nothing
 * follows it). The embed snippets set it.
 *
 * @slot - Fallback content: shown before the element upgrades, without JavaScript, and whenever
 * the element cannot render.
 *
 * @csspart fallback - Wrapper of the fallback content, or of the neutral notice shown when there
 * is none.
 *
 * @cssprop --cst-color-text - Text colour (default: the page's).
 * @cssprop --cst-color-surface - Background (default: transparent; `theme` light and dark set one).
 * @cssprop --cst-color-muted - Secondary text: captions, labels, sources.
 * @cssprop --cst-color-border - Borders and rules.
 * @cssprop --cst-color-accent - Links and accents.
 * @cssprop --cst-radius - Corner radius of boxes and badges.
 * @cssprop --cst-space - Base spacing unit.
 * @cssprop --cst-font-family - Font (default: the page's).
 * @cssprop --cst-font-size - Font size (default: the page's).
 * @cssprop --cst-line-height - Line height.
 * @cssprop --cst-focus-color - Focus outline colour.
 *
 * @event {CstErrorEvent} cst-error - Bad input or a rendering failure; `detail.code` says which
 * (`missing-attribute`, `invalid-value`, `invalid-date`, `not-found`, `render-failed`) and
 * `detail.message` is the warning logged. The fallback content is shown instead.
 */
export abstract class CstElement<
  B extends Bundle,
  V,
  O extends TemplateOptions = TemplateOptions,
> extends ContextElement {
  static override properties: PropertyDeclarations = {
    // Reflected so that `:host([theme])` styles apply to a value set as a property; the default
    // is not written, so server-rendered markup and the element's own attributes agree.
    theme: { reflect: true, useDefault: true },
  };

  static override styles = [styles];

  /** Colour scheme: `auto` (default) follows the page's colours; `light` and `dark` set their own. */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /**
   * How this element turns its attributes and data into HTML: each element class sets a static
   * `renderer`, which the tools that write HTML without an element read too.
   */
  protected get renderer(): Renderer<B, V, O> {
    return (this.constructor as unknown as { renderer: Renderer<B, V, O> }).renderer;
  }

  private readonly fallback = new FallbackController(this);
  private result?: ViewResult<V>;
  private lastLang: Lang = 'en';
  private reported?: string;
  /** False until a framework has had its chance to set the first properties (settle.ts). */
  private settled = false;

  /**
   * Defines the element under `tag` once what the elements of it already in the page need has
   * loaded, so they upgrade with their data at hand: their fallbacks swap once, and server-rendered
   * ones hydrate unchanged. The CDN entries define elements this way.
   */
  static async defineWhenReady(tag: string): Promise<void> {
    const { renderer } = this as unknown as { renderer: AnyRenderer };
    await Promise.all(
      Array.from(document.querySelectorAll(tag), (el) =>
        renderer.data.load(
          Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])),
          langAround(el) ?? 'en',
        ),
      ),
    );
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  override connectedCallback(): void {
    dropInertShadowRoot(this);
    if (!this.settled && !isServer) {
      void settled().then(() => {
        this.settled = true;
        if (this.result && 'problem' in this.result) this.requestUpdate();
      });
    }
    this.fallback.connect(
      () => super.connectedCallback(),
      () => this.dataReady(),
    );
  }

  /**
   * What the element still has to load before it can show what its attributes ask for, or
   * `undefined` when all it needs is at hand. Updates wait for it; it never rejects.
   */
  protected dataReady(): Promise<unknown> | undefined {
    const { data, strings } = this.renderer;
    const lang = this.resolvedLang();
    const waits = [
      // Publisher records may point at any bundled one: with publisher data, everything loads.
      data.load(this.context.layers.length ? null : this.attributeValues(), lang),
      ...strings.map((s) => s.load(lang)),
    ].filter((wait) => wait !== undefined);
    return waits.length ? Promise.all(waits) : undefined;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.dataReady();
    // Checked again once it arrives: the attributes may have changed meanwhile.
    return wait ? wait.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The language the element renders in. */
  protected resolvedLang(): Lang {
    // The attribute too: the server-side DOM has no native `lang` property.
    const own = toLang(this.lang || this.getAttribute('lang'));
    if (own) return own;
    return (!isServer && langAround(this)) || this.context.lang || 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnOnly(invalidValue('theme', this.theme, THEMES, 'the page colours are used'));
    }
    this.result = this.resolve();
  }

  /** The view the current attributes and data give, or the problem in its way. */
  private resolve(): ViewResult<V> {
    const { renderer, context } = this;
    const lang = (this.lastLang = this.resolvedLang());
    const attrs = this.attributeValues();
    try {
      const missing = renderer.data.failed?.(attrs);
      if (missing) return { problem: loadFailed(missing) };
      const bundle = renderer.data.current();
      const data =
        context.layers.length && context.merge ? context.merge(bundle, context.layers) : bundle;
      return renderer.view({
        tag: this.localName,
        attrs,
        data,
        lang,
        asOf: context.asOf ?? data.meta.asOf,
        today: today(),
      });
    } catch (error) {
      return { problem: renderFailed(error) };
    }
  }

  protected override render(): TemplateResult {
    const result = this.result;
    // Nothing is said about missing attributes before a framework could set them.
    if (result && 'problem' in result && this.waitingForAttributes(result.problem))
      return this.fallback.render(this.lastLang, html``);
    if (!result || 'problem' in result) return this.fallback.render(this.lastLang, result?.notice);
    try {
      return this.renderView(result.view);
    } catch (error) {
      this.result = { problem: renderFailed(error) };
      return this.fallback.render(this.lastLang);
    }
  }

  /** Draws the view with the element's template. */
  protected renderView(view: V): TemplateResult {
    return this.renderer.template(view, this.templateOptions());
  }

  /** What the template needs besides the view: interactive state and handlers. */
  protected templateOptions(): O {
    return {} as O;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const result = this.result;
    if (result && 'problem' in result) {
      // What a provider is still loading may be the very record asked for.
      if (result.problem.code === 'not-found' && this.mayStillArrive()) return;
      if (this.waitingForAttributes(result.problem)) return;
      // A problem whose details load later says little of itself: the attributes tell it apart.
      const key = JSON.stringify([result.problem, this.attributeValues()]);
      if (key !== this.reported) {
        this.reported = key;
        reportLater(this, result.problem);
      }
    } else {
      this.reported = undefined;
    }
  }

  /** True while a missing attribute may still be set by the framework that rendered the page. */
  private waitingForAttributes(problem: Problem): boolean {
    return problem.code === 'missing-attribute' && !this.settled && !isServer;
  }

  /**
   * True while a provider may still bring the record asked for: it is loading, or it sits around
   * this element but its code has not arrived yet.
   */
  private mayStillArrive(): boolean {
    return Boolean(this.context.pending) || this.closest('cst-provider:not(:defined)') !== null;
  }

  /** True when the publisher put content inside the element. */
  protected hasFallbackContent(): boolean {
    return this.fallback.hasContent();
  }

  private warnOnly(problem: Problem): void {
    if (isServer) return;
    // Reported after the update so listeners added right after the element was created see it.
    void this.updateComplete.then(() => reportLater(this, problem));
  }
}

/** Reports a problem (report.ts, loaded only by pages that have one to report). */
function reportLater(el: Element, problem: Problem): void {
  import('./report.js').then(
    ({ report }) => report(el, problem),
    () => console.warn(`<${el.localName}> cannot show what its attributes ask for.`),
  );
}

/** Today's date, UTC, `YYYY-MM-DD`. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** The language of the closest element with a `lang` attribute, `el` included, crossing shadow roots. */
function langAround(el: Element): Lang | undefined {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]:not([lang=""])');
    if (found) return toLang(found.getAttribute('lang')) ?? 'en';
    node = hostOf(node);
  }
  return undefined;
}

/**
 * Server-rendered HTML put in with `innerHTML` keeps its declarative shadow root as an inert
 * `<template shadowrootmode>`: it is not fallback content, so it goes, and the element renders.
 */
function dropInertShadowRoot(el: HTMLElement): void {
  if (isServer || el.shadowRoot) return;
  for (const child of Array.from(el.children)) {
    if (child.localName === 'template' && child.hasAttribute('shadowrootmode')) child.remove();
  }
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
