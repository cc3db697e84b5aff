declare global {
  interface Window {
    cstErrors: string[];
  }
}
export {};
