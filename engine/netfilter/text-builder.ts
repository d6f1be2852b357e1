/**
 * Text made of many short pieces (a 100,000-rule listing or save). The
 * pieces are joined a thousand at a time, while they are still in the
 * processor's cache and the garbage collector's nursery: joining 16,384 at a
 * time made a 150,000-rule iptables-save take 600 ms instead of 440.
 */
const PIECES_PER_CHUNK = 1024;

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

  /** The text as the chunks it was joined in, for a reader that can take it in parts (a terminal). */
  parts(): readonly string[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(this.pieces.join(""));
    this.pieces = [];
  }
}
