/** Why an element or provider could not show what was asked. */
export type CstErrorCode =
  | 'missing-attribute'
  | 'invalid-value'
  | 'invalid-date'
  | 'not-found'
  | 'render-failed'
  | import('./data/loader.js').LoadErrorCode;

export interface CstErrorDetail {
  code: CstErrorCode;
  message: string;
}

/**
 * Fired (bubbling, composed) when input is bad or publisher data fails. The element shows its
 * fallback content and the page goes on.
 */
export class CstErrorEvent extends CustomEvent<CstErrorDetail> {
  constructor(detail: CstErrorDetail) {
    super('cst-error', { bubbles: true, composed: true, detail });
  }
}

/** Fired by `<cst-provider>` when publisher data has been loaded, validated and applied. */
export class CstLoadEvent extends CustomEvent<{ src: string | null }> {
  constructor(src: string | null) {
    super('cst-load', { bubbles: true, composed: true, detail: { src } });
  }
}

/**
 * Fired (bubbling, composed) after a copy button put text on the clipboard; `detail.text` is
 * exactly what was copied.
 */
export class CstCopyEvent extends CustomEvent<{ text: string }> {
  constructor(text: string) {
    super('cst-copy', { bubbles: true, composed: true, detail: { text } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cst-error': CstErrorEvent;
    'cst-load': CstLoadEvent;
    'cst-copy': CstCopyEvent;
  }
}
