/** Writes to a stream and ignores EPIPE, so `nflab sh ... | head` ends quietly like bash. */
export function writeOut(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // the reader went away
  }
}

export async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
