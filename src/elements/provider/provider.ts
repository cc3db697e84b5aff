import { ContextProvider } from '@lit/context';
import type { PropertyValues } from 'lit';
import {
  ASK_AGAIN,
  datasetContext,
  NO_PROVIDER,
  type AsksForContext,
  type DatasetContextValue,
} from '../../context.js';
import { withLayers, type DataLayer } from '../../data/merge.js';
import type { LoadResult } from '../../data/loader.js';
import type { PartialDataset } from '../../data/types.js';
import { CstLoadEvent } from '../../events.js';
import { ContextElement } from '../../internal/context-element.js';
import { defineElement } from '../../internal/define.js';
import { inside, readProvider, type ProviderInput } from '../../internal/input.js';
import { report } from '../../internal/report.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { html } from '../../internal/template.js';
import { attributes } from './provider.spec.js';
import styles from './provider.styles.js';

// The attributes' properties, typed from the spec.
export interface CstProvider extends Properties<typeof attributes> {}

/** The property that holds each attribute a problem can name. */
const PROPERTIES = { 'as-of': 'asOf', mode: 'mode', timeout: 'timeout' } as const;

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
 * `src-encoding`, `src-redirect`, `src-too-large`): the bundled data is kept. `src-references`:
 * the data uses an id twice or refers to one no record has; the rest of it is used, the records
 * whose id is used twice are not. `invalid-date` for `as-of`, `invalid-value` for `mode` or
 * `timeout`: the default is used.
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

  private input: ProviderInput = readProvider({});
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
    this.input = readProvider({
      lang: this.lang,
      'as-of': this.asOf,
      mode: this.mode,
      timeout: this.timeout,
    });
    // A bad value is reported when it is set; the default stands in for it.
    for (const problem of this.input.problems) {
      if (changed.has(PROPERTIES[problem.attribute as keyof typeof PROPERTIES])) {
        report(this, problem);
      }
    }
    if (changed.has('src')) this.load();
    if (changed.has('data')) this.check();
    this.provider.setValue(this.contextValue());
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private contextValue(): DatasetContextValue {
    const { mode } = this.input;
    const own: DataLayer[] = [this.fromProperty, this.fromSrc]
      .filter((data): data is PartialDataset => data !== undefined)
      .map((data) => ({ data, mode }));
    const pending = this.loading > 0 || this.context.pending;
    return {
      ...inside(this.context, this.input, own),
      merge: withLayers,
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
      const result = await loadDataset(src, {
        ...this.input,
        below: this.context.layers,
        signal: controller.signal,
      });
      if (!controller.signal.aborted) {
        await this.use(result, `src="${src}"`, src, (data) => (this.fromSrc = data));
      }
    });
  }

  private check(): void {
    const given = this.data;
    this.fromProperty = undefined;
    if (given === undefined) return;
    void this.whileLoading(async () => {
      const { checkPublisherData } = await import('../../data/loader.js');
      if (this.data !== given) return;
      const result = checkPublisherData(given, this.context.layers, this.input.mode);
      await this.use(result, 'the data property', null, (data) => (this.fromProperty = data));
    });
  }

  /** Applies checked publisher data, or keeps what there is and says why. */
  private async use(
    result: LoadResult,
    what: string,
    src: string | null,
    apply: (data: PartialDataset) => void,
  ): Promise<void> {
    if (!result.ok) {
      return report(this, {
        code: result.code,
        message: `<cst-provider> could not use ${what} (${result.code}: ${result.message}). The bundled data is kept.`,
      });
    }
    apply(result.data);
    await this.updateComplete;
    this.dispatchEvent(new CstLoadEvent(src));
    if (result.warning) {
      report(this, {
        code: 'src-references',
        message: `<cst-provider> ${what} (src-references): ${result.warning}.`,
      });
    }
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
