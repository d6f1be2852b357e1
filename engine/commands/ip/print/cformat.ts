/**
 * The printf formats iproute2 passes to its print helpers ("%-16s ", "mtu %u ",
 * "%#x", "%02x"): flags, width, precision and the s, d, i, u, x, X, c and %
 * conversions, with C's length modifiers ignored.
 */
export function cformat(fmt: string, ...values: readonly (string | number | null | undefined)[]): string {
  let next = 0;
  return fmt.replace(/%([-0# +]*)(\d+)?(?:\.(\d+))?(?:hh|h|ll|l|z)?([sdiuxXc%])/g, (_m, flags: string, width?: string, precision?: string, conv?: string) => {
    if (conv === "%") return "%";
    const value = values[next++];
    let body: string;
    switch (conv) {
      case "s":
        body = value === null || value === undefined ? "(null)" : String(value);
        if (precision !== undefined) body = body.slice(0, Number(precision));
        break;
      case "c":
        body = typeof value === "number" ? String.fromCharCode(value) : String(value ?? "");
        break;
      case "x":
      case "X": {
        const n = Number(value ?? 0) >>> 0;
        body = n.toString(16);
        if (conv === "X") body = body.toUpperCase();
        if (flags.includes("#") && n !== 0) body = `0${conv}${body}`;
        break;
      }
      default: {
        const n = Number(value ?? 0);
        body = conv === "u" ? String(n >>> 0) : String(Math.trunc(n));
        if (flags.includes("+") && n >= 0) body = `+${body}`;
      }
    }
    const w = width === undefined ? 0 : Number(width);
    if (body.length >= w) return body;
    if (flags.includes("-")) return body.padEnd(w);
    if (flags.includes("0") && conv !== "s") {
      const sign = /^[-+]/.test(body) ? body[0]! : "";
      return sign + body.slice(sign.length).padStart(w - sign.length, "0");
    }
    return body.padStart(w);
  });
}
