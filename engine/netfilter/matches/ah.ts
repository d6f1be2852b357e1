/**
 * -m ah (libipt_ah.c, xt_ah.c): the AH header's SPI (bytes 4-7 of the header)
 * in a range. libipt_ah prints " ah " with a trailing space before the SPI.
 * The SPI is read from the payload, where the AH header would be.
 */
import type { MatchModule } from "../extension.js";
import { checkProto, initSpi, parseSpi, printSpi, saveSpi, spiMatches, type SpiData } from "./spi.js";

export const ahMatch: MatchModule<SpiData> = {
  name: "ah",
  options: [{ name: "ahspi", invert: true }],
  init: initSpi,
  parse: (_d, opt, arg, invert) => parseSpi("ah", opt, arg!, invert),
  save: (d) => saveSpi("ahspi", d),
  print: (d) => ` ah ${printSpi(d)}`,
  check: (_d, ctx) => checkProto("ah", 51, ctx.ip),
  match: (d, p) => spiMatches(d, p, 4),
};
