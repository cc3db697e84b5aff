// Text as a reader reads it, for tests that check wording rather than typesetting.

/**
 * Text with every run of white space (no-break spaces U+00A0 and U+202F, tabs and line breaks
 * included) read as one plain space, trimmed: `6\u00a0member states` reads `6 member states`.
 * Where the no-break spaces are the point, tests assert them on the raw text instead.
 */
export function readable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A calendar date as the elements write it out, `long` (`September 24, 1993`) or `short` (`Sep 24, 1993`), with plain spaces. */
export function dateText(
  date: string,
  lang: 'en' | 'ru',
  style: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: style === 'short' ? 'medium' : 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Escapes text for use inside a regular expression. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text a reader would see in server-rendered HTML: tags, comments and styles removed, white
 * space (no-break spaces included) read as one space.
 */
export const visibleText = (html: string) =>
  readable(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' '),
  );
/** What a reader sees of an element's server-rendered markup: its shadow root, then its fallback. */
export function shadowAndFallback(html: string, tag: string): string[] {
  return html
    .slice(html.indexOf(`<${tag}`), html.indexOf(`</${tag}>`))
    .split('</template>')
    .map((part) =>
      readable(
        part
          .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
          .replace(/<!--[\s\S]*?-->/g, '')
          .replace(/<[^>]+>/g, ' '),
      ),
    );
}
