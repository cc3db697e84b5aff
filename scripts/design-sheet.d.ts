export const MARKER: string;
export function sheetSections(): Promise<string>;
export function designSheet(html?: string): Promise<string>;
