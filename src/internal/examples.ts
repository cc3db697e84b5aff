/**
 * One way to use an element, as its folder shows it (`<name>.examples.ts`): the design sheet, the
 * builder's starting points, the benchmark's mix and the tests that run over every element take
 * their examples from there.
 */
export interface Example {
  /** What it shows, in a few words. */
  title: string;
  /** The attributes, as written in HTML. */
  attributes: Readonly<Record<string, string>>;
  /** What a publisher writes inside it: its fallback content. */
  fallback?: string;
  /** For an element that runs in text: the sentence around it, `{}` where it goes. */
  sentence?: string;
  /**
   * The attributes name nothing the element holds, on purpose: it shows its notice (the design
   * sheet shows it; the tools that need content skip it).
   */
  notice?: true;
}
