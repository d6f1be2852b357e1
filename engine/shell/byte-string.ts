/**
 * just-bash moves bytes between commands as latin1 strings (one char per
 * byte, its `ByteString`). The lab keeps text. These convert between the
 * two in one pass each way; ASCII, nearly everything the lab prints, is the
 * same string in both forms and is handed over without a copy.
 */
import { bytesOutput, decodeBytesToUtf8, latin1FromBytes, unsafeBytesFromLatin1, type ByteString } from "just-bash";

const NON_ASCII = /[^\x00-\x7f]/;
const encoder = new TextEncoder();
/** Bytes per String.fromCharCode call: well under the engine's argument limit. */
const CHUNK = 8192;

/** Texts this long are remembered once found ASCII: the shell checks a large output twice in a row (as a result, then as a write). */
const REMEMBERED_LENGTH = 1 << 16;
let lastAscii = "";

export function isAscii(text: string): boolean {
  if (text.length < REMEMBERED_LENGTH) return !NON_ASCII.test(text);
  // Strings are immutable, so the same string is still ASCII (=== compares the reference first).
  if (text === lastAscii) return true;
  if (NON_ASCII.test(text)) return false;
  lastAscii = text;
  return true;
}

/** The UTF-8 bytes of text, as a ByteString. */
export function textToBytes(text: string): ByteString {
  if (isAscii(text)) return unsafeBytesFromLatin1(text);
  const bytes = encoder.encode(text);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return unsafeBytesFromLatin1(parts.join(""));
}

/** A ByteString read as UTF-8 (bytes that are not UTF-8 stay as they are, as just-bash does). */
export function bytesToText(bytes: ByteString): string {
  const latin1 = latin1FromBytes(bytes);
  return isAscii(latin1) ? latin1 : decodeBytesToUtf8(bytes);
}

/**
 * A command's stdout as just-bash should carry it. ASCII goes as bytes, so
 * that just-bash takes its length as its size instead of counting UTF-8 at
 * every step of a statement; other text stays text, which just-bash encodes.
 */
export function commandOutput(stdout: string): { stdout: string } | ReturnType<typeof bytesOutput> {
  return stdout.length > 0 && isAscii(stdout) ? bytesOutput(unsafeBytesFromLatin1(stdout)) : { stdout };
}
