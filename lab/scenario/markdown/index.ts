/**
 * A scenario's Markdown (task, hints) as terminal text: marked reads it, this
 * folder fills and dresses it. No terminal I/O here; the caller writes it.
 */
export { renderMarkdown, type RenderOptions } from "./render.js";
export { ANSI_STYLE, PLAIN_STYLE, colour, styleFor, type TextStyle } from "./style.js";
