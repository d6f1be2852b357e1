/** -m comment (libxt_comment.c): a note kept with the rule; matches everything. */
import type { MatchModule } from "../extension.js";
import { saveString } from "../xt-helpers.js";

export interface CommentData {
  comment: string;
}

/** XT_MAX_COMMENT_LEN is 256 with the NUL: longer comments are cut to 255 bytes. */
const MAX = 255;

/** Before --comment: one frozen instance for all (parse makes the rule's own). */
const NO_COMMENT = Object.freeze({ comment: "" });

export const commentMatch: MatchModule<CommentData> = {
  name: "comment",
  options: [{ name: "comment", mandatory: true }],
  sharedData: true,
  init: () => NO_COMMENT,
  parse: (_d, _opt, arg) => ({ comment: cutBytes(arg!, MAX) }),
  save: (d) => ` --comment ${saveString(d.comment)}`,
  print: (d) => ` /* ${d.comment} */`,
  match: () => true,
};

/** The first `max` bytes of the UTF-8 form (as strncpy into a fixed buffer). */
export function cutBytes(text: string, max: number): string {
  if (text.length * 3 <= max) return text;
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= max) return text;
  return new TextDecoder().decode(bytes.slice(0, max));
}
