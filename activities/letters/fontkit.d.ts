/** The one fontkit call the letters make (fontkit has no type declarations of its own). pdfkit takes the result. */
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it wherever it accepts a font file (it has a `layout` method). */
  export interface Font {
    layout(text: string): unknown;
    postscriptName: string;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
