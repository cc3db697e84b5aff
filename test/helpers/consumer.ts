import { ContextConsumer } from '@lit/context';
import { html, LitElement } from 'lit';
import {
  ASK_AGAIN,
  datasetContext,
  NO_PROVIDER,
  type DatasetContextValue,
} from '../../src/context.js';
import { bundledDataset } from '../../src/data/bundled/index.js';
import { withLayers } from '../../src/data/merge.js';

/**
 * A minimal consumer of the dataset context, used to test providers apart from any element: it
 * shows how many quotes and states it sees, the first quote's id, and the language and date.
 */
export class TestConsumer extends LitElement {
  static override properties = { context: { state: true } };

  context: DatasetContextValue = NO_PROVIDER;

  private readonly consumer = new ContextConsumer(this, {
    context: datasetContext,
    subscribe: true,
    callback: (value) => (this.context = value),
  });

  [ASK_AGAIN]() {
    this.consumer.hostConnected();
  }

  override render() {
    const data = withLayers(bundledDataset, this.context.layers);
    return html`<p>
      <span class="quotes">${data.quotes.length}</span>
      <span class="states">${data.states.length}</span>
      <span class="first">${data.quotes.find((q) => q.id.startsWith('publisher-'))?.id ?? ''}</span>
      <span class="lang">${this.context.lang ?? ''}</span>
      <span class="as-of">${this.context.asOf ?? data.meta.asOf}</span>
    </p>`;
  }
}

if (!customElements.get('test-consumer')) customElements.define('test-consumer', TestConsumer);

/** The text of one field of a consumer. */
export function read(el: Element, field: string): string {
  return el.shadowRoot?.querySelector(`.${field}`)?.textContent?.trim() ?? '';
}
