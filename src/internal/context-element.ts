import { LitElement, type PropertyDeclarations } from 'lit';
import { ASK_AGAIN, datasetContext, NO_PROVIDER, type DatasetContextValue } from '../context.js';
import { initialValues, propertyName, type Attributes, type Spec } from './spec.js';

/**
 * What the elements and the provider share: the dataset context of the closest provider around
 * them, which re-renders them when it changes, and `lang` observed as the native attribute it is.
 */
export abstract class ContextElement extends LitElement {
  static override properties: PropertyDeclarations = {
    context: { state: true },
  };

  /** The element's own attributes (its folder's `<name>.spec.ts`), besides `lang` and `theme`. */
  static readonly attributes: Spec = {};

  constructor() {
    super();
    Object.assign(this, initialValues((this.constructor as typeof ContextElement).attributes));
  }

  /** The element's attributes (by attribute name) as its properties hold them. */
  protected attributeValues(): Attributes {
    const { attributes } = this.constructor as typeof ContextElement;
    return Object.fromEntries(
      Object.keys(attributes).map((name) => [
        name,
        (this as unknown as Record<string, unknown>)[propertyName(name)],
      ]),
    );
  }

  /** The context of the closest provider around: none, the bundled data alone. */
  protected context: DatasetContextValue = NO_PROVIDER;

  private unsubscribe?: (() => void) | undefined;

  /**
   * Asks the providers around for the dataset context and follows it, by the protocol of
   * `@lit/context` (a `context-request` event, subscribed), which its providers answer.
   */
  private ask(): void {
    const callback = (value: DatasetContextValue, unsubscribe?: () => void) => {
      if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
      this.unsubscribe = unsubscribe;
      this.context = value;
    };
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: datasetContext,
        contextTarget: this,
        callback,
        subscribe: true,
      }),
    );
  }

  /**
   * Asks for the dataset context again: a provider defined after this element calls it.
   * @internal
   */
  [ASK_AGAIN](): void {
    if (this.isConnected) this.ask();
  }

  override connectedCallback(): void {
    // Connected again after a move: the provider around it now answers (at once, below), or none
    // does and the bundled data applies; the language around it may differ too.
    if (this.hasUpdated) {
      this.context = NO_PROVIDER;
      this.requestUpdate();
    }
    super.connectedCallback();
    this.ask();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  // `lang` stays the native attribute-backed property; observing it re-renders on change.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}

/** Lit's element class, which every element of the library extends: the CDN loader's hydration
 * check installs Lit's hydration support on it (src/cdn/hydration.ts). */
export { LitElement };
