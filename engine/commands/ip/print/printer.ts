/**
 * iproute2's output helpers (lib/json_print.c): each print_* call writes its
 * text form with a printf format, or its JSON form as a key and value,
 * depending on -j. Formatters written against this read like the tool's
 * own print functions, so one formatter serves both outputs.
 */
import { cformat } from "./cformat.js";
import { JsonWriter } from "./json-writer.js";

/** PRINT_FP: text only; PRINT_JSON: JSON only; PRINT_ANY: both. */
export type Target = "fp" | "json" | "any";

export type Color = "ifname" | "mac" | "inet" | "inet6" | "up" | "down";

const LIGHT: Readonly<Record<Color, string>> = {
  ifname: "\x1b[36m",
  mac: "\x1b[33m",
  inet: "\x1b[35m",
  inet6: "\x1b[34m",
  up: "\x1b[32m",
  down: "\x1b[31m",
};
const DARK: Readonly<Record<Color, string>> = {
  ifname: "\x1b[1;36m",
  mac: "\x1b[1;33m",
  inet: "\x1b[1;35m",
  inet6: "\x1b[1;34m",
  up: "\x1b[1;32m",
  down: "\x1b[1;31m",
};

export interface PrinterOptions {
  json: boolean;
  pretty: boolean;
  /** Colors on (-c), with the dark-background palette when COLORFGBG says so. */
  color?: "light" | "dark";
  /** The line separator: "\\" with -o, "\n" otherwise (_SL_). */
  sl: string;
}

export class Printer {
  private text = "";
  private readonly jw: JsonWriter | undefined;

  constructor(readonly opts: PrinterOptions) {
    this.jw = opts.json ? new JsonWriter(opts.pretty) : undefined;
  }

  get isJson(): boolean {
    return this.jw !== undefined;
  }

  private fp(t: Target): boolean {
    return !this.jw && t !== "json";
  }

  private js(t: Target): boolean {
    return this.jw !== undefined && t !== "fp";
  }

  /** Plain text, only outside JSON (fprintf to stdout). */
  raw(s: string): void {
    if (!this.jw) this.text += s;
  }

  private colored(color: Color | undefined, s: string): string {
    if (!color || !this.opts.color) return s;
    const palette = this.opts.color === "dark" ? DARK : LIGHT;
    return `${palette[color]}${s}\x1b[0m`;
  }

  string(t: Target, key: string | null, fmt: string | null, value: string | null, color?: Color): void {
    if (this.js(t)) {
      if (key && value === null) this.jw!.name(key);
      else if (!key) this.jw!.value(value);
      else {
        this.jw!.name(key);
        this.jw!.value(value);
      }
    } else if (this.fp(t) && fmt !== null) {
      this.text += this.colored(color, cformat(fmt, value));
    }
  }

  number(t: Target, key: string | null, fmt: string | null, value: number, color?: Color): void {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.value(value);
    } else if (this.fp(t) && fmt !== null) {
      this.text += this.colored(color, cformat(fmt, value));
    }
  }

  /** A JSON member whose value is written as given (jsonw_printf); nothing in text. */
  jsonRaw(key: string, text: string): void {
    if (!this.jw) return;
    this.jw.name(key);
    this.jw.raw(text);
  }

  /** print_bool: true/false in JSON, the format with "true"/"false" in text. */
  bool(t: Target, key: string | null, fmt: string | null, value: boolean): void {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.value(value);
    } else if (this.fp(t) && fmt !== null) {
      this.text += cformat(fmt, value ? "true" : "false");
    }
  }

  /** print_on_off: true/false in JSON, "on"/"off" in text. */
  onOff(t: Target, key: string, fmt: string, value: boolean): void {
    if (this.js(t)) {
      this.jw!.name(key);
      this.jw!.value(value);
    } else if (this.fp(t)) {
      this.text += cformat(fmt, value ? "on" : "off");
    }
  }

  /** print_null: null in JSON, the format with the text in text. */
  null(t: Target, key: string | null, fmt: string | null, value: string | null): void {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.value(null);
    } else if (this.fp(t) && fmt !== null) {
      this.text += cformat(fmt, value);
    }
  }

  /** print_hex: "%x" as a JSON string. */
  hex(t: Target, key: string | null, fmt: string, value: number): void {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.value(value.toString(16));
    } else if (this.fp(t)) {
      this.text += cformat(fmt, value);
    }
  }

  /** print_0xhex: "%#x" as a JSON string. */
  hex0x(t: Target, key: string | null, fmt: string, value: number): void {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.value(value === 0 ? "0" : `0x${value.toString(16)}`);
    } else if (this.fp(t)) {
      this.text += cformat(fmt, value);
    }
  }

  openObject(key: string | null = null): void {
    if (!this.jw) return;
    if (key) this.jw.name(key);
    this.jw.startObject();
  }

  closeObject(): void {
    this.jw?.endObject();
  }

  /** open_json_array: a JSON array, or the text delimiter. */
  openArray(t: Target, str: string | null): void {
    if (this.js(t)) {
      if (str) this.jw!.name(str);
      this.jw!.startArray();
    } else if (this.fp(t) && str !== null) {
      this.text += str;
    }
  }

  closeArray(t: Target, str: string | null): void {
    if (this.js(t)) this.jw!.endArray();
    else if (this.fp(t) && str !== null) this.text += str;
  }

  /** print_nl: the line separator, outside JSON. */
  nl(): void {
    if (!this.jw) this.text += this.opts.sl;
  }

  /** new_json_obj: the outer array of a JSON listing. */
  startList(): void {
    this.jw?.startArray();
  }

  /** delete_json_obj */
  endList(): void {
    this.jw?.endArray();
  }

  /** Everything printed, as stdout. */
  output(): string {
    return this.jw ? this.jw.finish() : this.text;
  }
}
