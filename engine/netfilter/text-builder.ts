/**
 * Text made of many short pieces (a 100,000-rule listing or save). The
 * pieces are joined a few thousand at a time, so they die young and only
 * the large joined chunks outlive the garbage collector's nursery.
 */
const PIECES_PER_CHUNK = 16384;

export class TextBuilder {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];

  push(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length >= PIECES_PER_CHUNK) this.flush();
  }

  text(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join("");
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(this.pieces.join(""));
    this.pieces = [];
  }
}
