/**
 * Text made of many short pieces (a 100,000-rule listing or save). The
 * pieces are joined a thousand at a time, while they are still in the
 * processor's cache and the garbage collector's nursery: joining 16,384 at a
 * time made a 150,000-rule iptables-save take 600 ms instead of 440. The
 * joined chunks are joined again into blocks of at least 256 KiB, which V8
 * puts straight into its large-object space: the young generation's
 * collector never copies the text that is kept (16 MB for kube-proxy's
 * table), and the chunks die young. A long text that is already whole (a
 * chain's rules, chain-texts.ts) is kept as a part of its own (pushPart):
 * the builder's parts go out as they are, and are joined only for a reader
 * that needs the text whole.
 */
import { keepShape } from "../keep-shape.js";

const PIECES_PER_CHUNK = 1024;
const BLOCK_CHARS = 256 * 1024;
/** Shorter texts given to pushPart are copied with the pieces: a part costs a little more than a piece. */
const PART_CHARS = 64;

export class TextBuilder {
  private pieces: string[] = [];
  private chunks: string[] = [];
  private chunkChars = 0;
  private readonly blocks: string[] = [];

  push(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length >= PIECES_PER_CHUNK) this.flushPieces();
  }

  /**
   * A text that is already joined (a chain's rules, a slice of a larger
   * block): it becomes a part of its own, not copied again.
   */
  pushPart(text: string): void {
    if (text.length < PART_CHARS) return this.push(text);
    this.flushPieces();
    this.flushChunks();
    this.blocks.push(text);
  }

  text(): string {
    const blocks = this.parts();
    return blocks.length === 1 ? blocks[0]! : blocks.join("");
  }

  /** The text as the blocks it was joined in, for a reader that can take it in parts (a terminal). */
  parts(): readonly string[] {
    this.flushPieces();
    this.flushChunks();
    return this.blocks;
  }

  private flushPieces(): void {
    if (this.pieces.length === 0) return;
    const chunk = this.pieces.join("");
    this.pieces = [];
    this.chunks.push(chunk);
    this.chunkChars += chunk.length;
    if (this.chunkChars >= BLOCK_CHARS) this.flushChunks();
  }

  private flushChunks(): void {
    if (this.chunks.length === 0) return;
    this.blocks.push(this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join(""));
    this.chunks = [];
    this.chunkChars = 0;
  }
}

keepShape(new TextBuilder());
