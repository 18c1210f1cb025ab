import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY_SIZE = 10;
const LINE = 1.45;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * Writes lines of text down A4 pages, wrapping long ones and starting a new page when the
 * current one is full. Characters the standard fonts cannot show (WinAnsi) are replaced by
 * their letter without accent, or by "?". Limitation: names in other scripts need an
 * embedded Unicode font (pdf-lib with fontkit) to print as written.
 */
export class PageWriter {
  private page: PDFPage;
  private y: number;

  constructor(private readonly doc: PDFDocument, private readonly fonts: Fonts) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  heading(text: string, size = 15): void {
    this.paragraph(text, { size, bold: true });
    this.space(4);
  }

  field(label: string, value: string): void {
    this.paragraph(`${label}: ${value}`);
  }

  paragraph(text: string, options: { size?: number; bold?: boolean } = {}): void {
    const size = options.size ?? BODY_SIZE;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrap(printable(text, font), font, size, A4[0] - 2 * MARGIN)) {
      this.ensureRoom(size * LINE);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: rgb(0, 0, 0) });
      this.y -= size * LINE;
    }
  }

  space(points = 8): void {
    this.y -= points;
  }

  /**
   * A square grid of `count` by `count` modules, `size` points wide, at the left margin: the
   * dark ones filled black, a row's adjacent dark modules as one rectangle (a QR code drawn as
   * vectors: sharp at any zoom, and one small content stream instead of an image).
   */
  grid(count: number, dark: (row: number, column: number) => boolean, size: number): void {
    this.ensureRoom(size + 4);
    const module = size / count;
    const top = this.y;
    const rectangles: string[] = [];
    for (let row = 0; row < count; row++) {
      for (let column = 0; column < count; column++) {
        if (!dark(row, column)) continue;
        const start = column;
        while (column + 1 < count && dark(row, column + 1)) column++;
        rectangles.push([MARGIN + start * module, top - (row + 1) * module,
          (column - start + 1) * module, module].map((n) => n.toFixed(3)).join(' ') + ' re');
      }
    }
    const content = `q 0 g\n${rectangles.join('\n')}\nf Q\n`;
    const stream = this.doc.context.flateStream(content);
    this.page.node.addContentStream(this.doc.context.register(stream));
    this.y -= size + 4;
  }

  private ensureRoom(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  return current === '' ? lines : [...lines, current];
}

const supported = new WeakMap<PDFFont, Set<number>>();

/** The text with every character the font cannot encode replaced. */
export function printable(text: string, font: PDFFont): string {
  let set = supported.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    supported.set(font, set);
  }
  const known = set;
  return Array.from(text, (char) => {
    if (known.has(char.codePointAt(0) ?? 0)) return char;
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    return bare !== '' && Array.from(bare).every((c) => known.has(c.codePointAt(0) ?? 0))
      ? bare : '?';
  }).join('');
}
