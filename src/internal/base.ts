import { consume } from '@lit/context';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  datasetContext,
  ensureContextRoot,
  NO_PROVIDER,
  type DatasetContextValue,
} from '../context.js';
import { isIsoDate } from '../data/dates.js';
import type { Layered } from '../data/merge.js';
import type { DatasetMeta, IsoDate, Lang } from '../data/types.js';
import type { CstErrorCode } from '../events.js';
import styles from './base.styles.js';
import { clip } from './format.js';
import { toLang } from './lang.js';
import { report } from './report.js';
import { unavailable } from './notice.js';
import { closestMatch } from './suggest.js';
import { connectWithoutShift, hasContent } from './upgrade.js';

/** The collections an element reads, with the fields it shows; `meta` always. */
export type Bundle = Layered & { meta: DatasetMeta };

/** What an element resolves its view from. */
export interface Env<B extends Bundle> {
  data: B;
  lang: Lang;
  /** The dataset's `asOf`, or the provider's `as-of`. */
  asOf: IsoDate;
}

/** A reason an element shows its fallback instead of its view. */
export interface Problem {
  code: CstErrorCode;
  message: string;
}

export type Resolution<V> = { view: V } | { problem: Problem };

const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every element shares: the dataset from context (bundled unless a provider says otherwise),
 * language and theme, and one error path. Subclasses turn attributes and data into a view in
 * `resolve()` and draw it in `renderView()`; any problem on the way shows the fallback instead.
 *
 * @attr no-shift - Upgrade without moving the page: when the element's code arrives while its
 * fallback content is on screen, the fallback stays until swapping it for the element moves
 * nothing in view (it is out of view, reaches past the bottom of the view, or nothing follows it).
 * The embed snippets set it.
 */
export abstract class CstElement<B extends Bundle, V> extends LitElement {
  static override styles = [styles];

  /** Colour scheme: `auto` (default) follows the page's colours; `light` and `dark` set their own. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | 'auto' = 'auto';

  @consume({ context: datasetContext, subscribe: true })
  @state()
  protected accessor context: DatasetContextValue = NO_PROVIDER;

  /** The bundled collections this element shows; publisher data is laid over them. */
  protected abstract readonly bundle: B;

  protected abstract resolve(env: Env<B>): Resolution<V>;
  protected abstract renderView(view: V, env: Env<B>): TemplateResult;

  private resolution?: Resolution<V>;
  private env?: Env<B>;
  private reported?: string;
  private stopWaiting?: () => void;

  // `lang` stays the native attribute-backed property; observing it re-renders on change.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** True while `defineElement()` upgrades the elements of this class already in the page. */
  static upgradingInPlace = false;

  /** True when the element was already in the page, with its fallback, when its code arrived. */
  private readonly inPlace = (this.constructor as typeof CstElement).upgradingInPlace;

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    let stopped = false;
    let stopShift: (() => void) | undefined;
    const connect = () => {
      if (!stopped) super.connectedCallback();
    };
    // With `no-shift`, an element upgraded while its fallback shows waits until the swap moves
    // nothing in view.
    const swap = () => (stopShift = connectWithoutShift(this, this.inPlace, connect));
    // An element showing its fallback keeps it until what it needs has loaded: connecting
    // attaches the shadow root, which hides the fallback before anything replaces it.
    const wait = this.shadowRoot || !hasContent(this) ? undefined : this.dataReady();
    if (wait) void wait.then(() => !stopped && swap());
    else swap();
    this.stopWaiting = () => {
      stopped = true;
      stopShift?.();
    };
  }

  override disconnectedCallback(): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
    super.disconnectedCallback();
  }

  /**
   * What the element still has to load before it can show what its attributes ask for, or
   * `undefined` when all it needs is at hand. Updates wait for it; it never rejects.
   */
  protected dataReady(): Promise<unknown> | undefined {
    return undefined;
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
    if (!isServer) {
      // The closest ancestor with a `lang` attribute, crossing shadow roots.
      let node: Element | null = this.parentElement ?? hostOf(this);
      while (node) {
        const found: Element | null = node.closest('[lang]:not([lang=""])');
        if (found) return toLang(found.getAttribute('lang')) ?? 'en';
        node = hostOf(node);
      }
    }
    return this.context.lang ?? 'en';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { layers, merge } = this.context;
    const data = layers.length && merge ? merge(this.bundle, layers) : this.bundle;
    const lang = this.resolvedLang();
    const env: Env<B> = {
      data,
      lang,
      asOf: this.context.asOf ?? data.meta.asOf,
    };
    this.env = env;
    if (changed.has('theme') && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnOnly(this.invalid('theme', this.theme, THEMES, 'the page colours are used').message);
    }
    try {
      this.resolution = this.resolve(env);
    } catch (error) {
      this.resolution = { problem: this.renderFailed(error) };
    }
  }

  /**
   * The problem the current attributes would show, found without rendering: for tools that check
   * markup ahead of time, such as the static export.
   */
  inputProblem(): Problem | undefined {
    this.willUpdate(new Map() as PropertyValues<this>);
    const resolution = this.resolution;
    return resolution && 'problem' in resolution ? resolution.problem : undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const resolution = this.resolution;
    if (!resolution || !this.env || 'problem' in resolution) return this.renderFallback();
    try {
      return this.renderView(resolution.view, this.env);
    } catch (error) {
      this.resolution = { problem: this.renderFailed(error) };
      return this.renderFallback();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const resolution = this.resolution;
    if (resolution && 'problem' in resolution) {
      // What a provider is still loading may be the very record asked for.
      if (resolution.problem.code === 'not-found' && this.mayStillArrive()) return;
      const key = `${resolution.problem.code}|${resolution.problem.message}`;
      if (key !== this.reported) {
        this.reported = key;
        report(this, resolution.problem.code, resolution.problem.message);
      }
    } else {
      this.reported = undefined;
    }
  }

  /**
   * True while a provider may still bring the record asked for: it is loading, or it sits around
   * this element but its code has not arrived yet.
   */
  private mayStillArrive(): boolean {
    return Boolean(this.context.pending) || this.closest('cst-provider:not(:defined)') !== null;
  }

  /** The publisher's light-DOM content, or a neutral notice when there is none. */
  protected renderFallback(): TemplateResult {
    const text = unavailable[this.resolvedLang()];
    const notice = html`<p class="notice" role="note">${text}</p>`;
    // On the server the light DOM is unknown: the slot shows it, else the notice.
    if (isServer) return html`<div part="fallback" class="fallback"><slot>${notice}</slot></div>`;
    return html`<div part="fallback" class="fallback">
      ${this.hasFallbackContent() ? html`<slot></slot>` : notice}
    </div>`;
  }

  /** True when the publisher put content inside the element. */
  protected hasFallbackContent(): boolean {
    return hasContent(this);
  }

  /** A problem for an attribute value that is not one of `choices`, naming the closest. */
  protected invalid(
    attribute: string,
    value: string | null | undefined,
    choices: readonly string[],
    what = 'nothing is shown',
    code: CstErrorCode = 'invalid-value',
  ): Problem {
    const tag = this.localName;
    const listed =
      choices.length > 12
        ? `${choices.slice(0, 12).join(', ')} … (${choices.length} in all)`
        : choices.join(', ');
    if (value === null || value === undefined) {
      return {
        code: 'missing-attribute',
        message: `<${tag}> needs the ${attribute} attribute; valid values: ${listed}. Until then ${what}.`,
      };
    }
    const shown = clip(value);
    const near = closestMatch(value, choices);
    const hint = near ? ` Did you mean "${near}"?` : '';
    const kind = value.trim() === '' ? 'is empty' : 'is not valid';
    return {
      code,
      message: `<${tag}> ${attribute}="${shown}" ${kind}; valid values: ${listed}.${hint} Until it is fixed ${what}.`,
    };
  }

  /** A problem for an attribute that should hold a `YYYY-MM-DD` date. */
  protected invalidDate(attribute: string, value: string): Problem {
    return {
      code: 'invalid-date',
      message: `<${this.localName}> ${attribute}="${clip(value)}" is not a date; write YYYY-MM-DD, for example 2022-05-16.`,
    };
  }

  /** Reads an optional date attribute: `undefined` when absent, a problem when malformed. */
  protected dateAttribute(attribute: string, value: string | null): IsoDate | Problem | undefined {
    if (value === null) return undefined;
    return isIsoDate(value.trim()) ? value.trim() : this.invalidDate(attribute, value);
  }

  private warnOnly(message: string): void {
    if (isServer) return;
    // Reported after the update so listeners added right after the element was created see it.
    void this.updateComplete.then(() => report(this, 'invalid-value', message));
  }

  private renderFailed(error: unknown): Problem {
    return {
      code: 'render-failed',
      message: `<${this.localName}> could not render (${(error as Error)?.message ?? String(error)}); its fallback content is shown.`,
    };
  }
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Type guard for a `Problem` returned in place of a value. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
