import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import {
  ASK_AGAIN,
  datasetContext,
  NO_PROVIDER,
  type AsksForContext,
  type DatasetContextValue,
} from '../../context.js';
import { isIsoDate } from '../../data/dates.js';
import { withLayers, type DataLayer, type MergeMode } from '../../data/merge.js';
import type { PartialDataset } from '../../data/types.js';
import { CstLoadEvent } from '../../events.js';
import { ContextElement } from '../../internal/context-element.js';
import { defineElement } from '../../internal/define.js';
import { toLang } from '../../internal/lang.js';
import { isProblem } from '../../internal/problems.js';
import { report } from '../../internal/report.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { attributes } from './provider.spec.js';
import styles from './provider.styles.js';

// The attributes' properties, typed from the spec.
export interface CstProvider extends Properties<typeof attributes> {}

/**
 * Gives the elements inside it a publisher dataset, a language or a reference date. Without a
 * provider every element shows the bundled data.
 *
 * @summary Overrides data, language and date for the elements inside it.
 *
 * @attr lang - Language for the elements inside: `en` or `ru` (they may still set their own).
 * @tagname cst-provider
 *
 * @slot - The elements (and any other content) the provider applies to.
 *
 * @event cst-load - Publisher data was loaded, validated and applied. `detail.src` names the file.
 * @event cst-error - `src` or `data` could not be used (`detail.code`: `src-http`,
 * `src-network`, `src-timeout`, `src-invalid-json`, `src-schema`, `src-content-type`,
 * `src-redirect`, `src-too-large`; or `invalid-date` for `as-of`). The bundled data is kept.
 */
export class CstProvider extends ContextElement {
  static override readonly attributes = attributes;

  static override properties = {
    ...litProperties(attributes),
    data: { attribute: false },
    fromSrc: { state: true },
    fromProperty: { state: true },
    loading: { state: true },
  };

  static override styles = styles;

  /** A publisher dataset given as an object instead of a URL; validated like `src`. */
  data: PartialDataset | undefined = undefined;

  private fromSrc: PartialDataset | undefined = undefined;
  private fromProperty: PartialDataset | undefined = undefined;
  private loading = 0;

  /** Defines the provider under `tag` (as the CDN entries define every element). */
  static defineWhenReady(tag: string): Promise<void> {
    defineElement(tag, this);
    return Promise.resolve();
  }

  private readonly provider = new ContextProvider(this, {
    context: datasetContext,
    initialValue: NO_PROVIDER,
  });

  private abort?: AbortController;

  override connectedCallback(): void {
    // Elements answered before the first update must already know that data is on its way.
    if (!this.hasUpdated && (this.src || this.data)) {
      this.provider.setValue({ ...this.provider.value, pending: true });
    }
    super.connectedCallback();
    // The elements inside that connected before this provider was there asked, unanswered.
    askAgainInside(this);
    // A provider moved in the page while loading starts again.
    if (this.hasUpdated && this.src && !this.fromSrc && !this.abort) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load();
    if (changed.has('data')) this.check();
    if (changed.has('asOf') && this.asOf !== null && !isIsoDate(this.asOf)) {
      report(this, {
        code: 'invalid-date',
        message: `<cst-provider> as-of="${this.asOf}" is not a date; write YYYY-MM-DD (for example 2024-06-01). The dataset's date is used.`,
      });
    }
    this.provider.setValue(this.contextValue());
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private contextValue(): DatasetContextValue {
    const mode: MergeMode = this.mode === 'replace' ? 'replace' : 'merge';
    const own: DataLayer[] = [this.fromProperty, this.fromSrc]
      .filter((data): data is PartialDataset => data !== undefined)
      .map((data) => ({ data, mode }));
    const asOf = this.asOf !== null && isIsoDate(this.asOf) ? this.asOf : this.context.asOf;
    const lang = toLang(this.lang) ?? this.context.lang;
    const pending = this.loading > 0 || this.context.pending;
    return {
      layers: own.length ? [...this.context.layers, ...own] : this.context.layers,
      merge: withLayers,
      ...(lang && { lang }),
      ...(asOf && { asOf }),
      ...(pending && { pending }),
    };
  }

  private load(): void {
    this.abort?.abort();
    this.fromSrc = undefined;
    const src = this.src;
    if (!src || !this.isConnected) return;
    const controller = (this.abort = new AbortController());
    void this.whileLoading(async () => {
      const { loadDataset } = await import('../../data/loader.js');
      const timeout = attributes.timeout.read(this.timeout, 'timeout');
      const result = await loadDataset(src, {
        timeout: isProblem(timeout) ? attributes.timeout.initial : timeout,
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      if (result.ok) {
        this.fromSrc = result.data;
        await this.updateComplete;
        this.dispatchEvent(new CstLoadEvent(src));
      } else {
        report(this, {
          code: result.code,
          message: `<cst-provider> could not use src="${src}" (${result.code}: ${result.message}). The bundled data is kept.`,
        });
      }
    });
  }

  /** Runs a load, counting it as pending until it settles. */
  private async whileLoading(task: () => Promise<void>): Promise<void> {
    this.loading++;
    try {
      await task();
    } finally {
      this.loading--;
    }
  }

  private check(): void {
    const given = this.data;
    this.fromProperty = undefined;
    if (given === undefined) return;
    void this.whileLoading(async () => {
      const { validateDataset } = await import('../../data/loader.js');
      if (this.data !== given) return;
      const result = validateDataset(given);
      if (result.ok) {
        this.fromProperty = result.data;
        await this.updateComplete;
        this.dispatchEvent(new CstLoadEvent(null));
      } else {
        report(this, {
          code: result.code,
          message: `<cst-provider> could not use the data property (${result.code}: ${result.message}). The bundled data is kept.`,
        });
      }
    });
  }
}

/** Has every element inside `root` (through open shadow roots) that can ask again, ask again. */
function askAgainInside(root: Element | ShadowRoot): void {
  for (const el of root.querySelectorAll<AsksForContext>('*')) {
    el[ASK_AGAIN]?.();
    if (el.shadowRoot) askAgainInside(el.shadowRoot);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-provider': CstProvider;
  }
}
