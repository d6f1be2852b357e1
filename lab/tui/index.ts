/**
 * The terminal UI of `nflab play`: an Ink app that shows the lab shell as a
 * terminal would — a transcript in <Static>, a live prompt line below it.
 * It reads keys and draws; what a command does is the shell's business.
 */
export { runTui, type RunTuiOptions } from "./run-tui.js";
