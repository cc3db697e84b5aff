import { factData } from '../../data/slim/fact.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import type { FactData } from './fact.data.js';
import { attributes } from './fact.spec.js';
import { strings } from './fact.strings.js';
import styles from './fact.styles.js';
import { factTemplate, type FactOptions } from './fact.template.js';
import { factTitle, factView, type FactView } from './fact.view.js';

// The attributes' properties, typed from the spec.
export interface CstFact extends Properties<typeof attributes> {}

/**
 * One sourced fact inside the publisher's own sentence: how many member states the CSTO has,
 * which, a state's standing, the Secretary General, the chair, the founding date, the Treaty's
 * signature, the latest or next Council session. It reads as inline text in the reader's
 * language, true for the date it holds for (the dataset's, a provider's or its own `as-of`); a
 * small marker after it opens a note with that date and its sources. The words put inside the
 * element are its fallback.
 *
 * ```html
 * <p>The CSTO has <cst-fact fact="member-count">six</cst-fact> member states.</p>
 * ```
 *
 * @summary An inline, sourced fact that stays true on any date.
 * @tagname cst-fact
 *
 * @csspart value - The fact as it reads in the sentence.
 * @csspart marker - The button that opens the note.
 * @csspart note - The note: the date the fact holds for and its sources (in brackets when printed
 * or without script).
 */
export class CstFact extends CstElement<FactData, FactView, FactOptions> {
  static override readonly attributes = attributes;

  static override properties = { ...litProperties(attributes), open: { state: true } };

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<FactData, FactView, FactOptions> = {
    data: factData,
    strings: [strings],
    view: factView,
    template: factTemplate,
    title: factTitle,
  };

  private unfollow?: () => void;
  private open = false;

  protected override templateOptions(): FactOptions {
    return {
      open: this.open,
      onMarker: (event) => {
        event.preventDefault();
        this.renderRoot.querySelector<HTMLElement>('[part="note"]')?.togglePopover();
      },
      onToggle: (event) => this.toggled(event),
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow?.();
  }

  /** An open note sits beside its marker, and follows it while the page scrolls. */
  private toggled(event: ToggleEvent): void {
    this.unfollow?.();
    this.unfollow = undefined;
    this.open = event.newState === 'open';
    if (!this.open) return;
    const note = event.target as HTMLElement;
    const marker = this.renderRoot.querySelector<HTMLElement>('[part="marker"]');
    if (!marker) return;
    const place = () => {
      const at = marker.getBoundingClientRect();
      const width = note.offsetWidth;
      const left = Math.max(8, Math.min(at.left, innerWidth - width - 8));
      const below = at.bottom + 4 + note.offsetHeight <= innerHeight;
      note.style.setProperty('--_left', `${left}px`);
      note.style.setProperty(
        '--_top',
        `${below ? at.bottom + 4 : Math.max(8, at.top - note.offsetHeight - 4)}px`,
      );
    };
    place();
    addEventListener('scroll', place, { capture: true, passive: true });
    addEventListener('resize', place, { passive: true });
    this.unfollow = () => {
      removeEventListener('scroll', place, { capture: true });
      removeEventListener('resize', place);
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-fact': CstFact;
  }
}
