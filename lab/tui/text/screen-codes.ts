/** The escape sequences the TUI itself writes, besides what Ink draws. */

/** Cursor home, erase the screen: readline's clear-screen (Ctrl-L). */
export const CLEAR_SCREEN = "\x1b[H\x1b[2J";

/** The same and the scrollback too, as `clear` does, before the transcript is drawn anew. */
export const CLEAR_ALL = "\x1b[H\x1b[2J\x1b[3J";
