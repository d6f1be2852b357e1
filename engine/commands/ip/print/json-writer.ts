/**
 * iproute2's JSON writer (lib/json_writer.c), byte for byte: compact, or
 * "pretty" with four-space indents, `[ ` and ` ]` around arrays and `},{`
 * between objects, which is not what JSON.stringify writes.
 */
export class JsonWriter {
  private out = "";
  private depth = 0;
  /** The separator to print before the next item: "" at the start of an object or array. */
  private sep = "";

  constructor(private readonly pretty: boolean) {}

  text(): string {
    return this.out;
  }

  private indent(): void {
    this.out += "    ".repeat(this.depth);
  }

  private eol(): void {
    if (!this.pretty) return;
    this.out += "\n";
    this.indent();
  }

  private eor(): void {
    if (this.sep) this.out += this.sep;
    this.sep = ",";
  }

  private begin(c: string): void {
    this.eor();
    this.out += c;
    this.depth++;
    this.sep = "";
  }

  private end(c: string): void {
    this.depth--;
    if (this.sep) this.eol();
    this.out += c;
    this.sep = ",";
  }

  name(name: string): void {
    this.eor();
    this.eol();
    this.sep = "";
    this.out += `${quote(name)}:`;
    if (this.pretty) this.out += " ";
  }

  startObject(): void {
    this.begin("{");
  }

  endObject(): void {
    this.end("}");
  }

  startArray(): void {
    this.begin("[");
    if (this.pretty) this.out += " ";
  }

  endArray(): void {
    if (this.pretty && this.sep) this.out += " ";
    this.sep = "";
    this.end("]");
  }

  /** A value: a string, a number, true/false or null, written as jsonw_printf writes it. */
  value(v: string | number | boolean | null): void {
    this.eor();
    this.out += typeof v === "string" ? quote(v) : v === null ? "null" : String(v);
  }

  /** jsonw_printf: a value written as given ("0.00" for a bridge timer). */
  raw(text: string): void {
    this.eor();
    this.out += text;
  }

  /** jsonw_destroy: the final newline. */
  finish(): string {
    return this.out === "" ? "" : `${this.out}\n`;
  }
}

/** jsonw_puts: the escapes json_writer.c uses. */
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case "\t": out += "\\t"; break;
      case "\n": out += "\\n"; break;
      case "\r": out += "\\r"; break;
      case "\f": out += "\\f"; break;
      case "\b": out += "\\b"; break;
      case "\\": out += "\\\\"; break;
      case '"': out += '\\"'; break;
      default: out += ch;
    }
  }
  return `${out}"`;
}
