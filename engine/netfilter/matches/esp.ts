/**
 * -m esp (libxt_esp.c, xt_esp.c): the ESP header's SPI in a range. The lab's
 * packets carry no ESP header of their own: the SPI is read from the first
 * bytes of the payload, where ESP puts it.
 */
import type { MatchModule } from "../extension.js";
import { checkProto, initSpi, parseSpi, printSpi, saveSpi, spiMatches, type SpiData } from "./spi.js";

export const espMatch: MatchModule<SpiData> = {
  name: "esp",
  options: [{ name: "espspi", invert: true }],
  init: initSpi,
  parse: (_d, opt, arg, invert) => parseSpi("esp", opt, arg!, invert),
  save: (d) => saveSpi("espspi", d),
  print: (d) => {
    const spi = printSpi(d);
    return ` esp${spi ? ` ${spi}` : ""}`;
  },
  check: (_d, ctx) => checkProto("esp", 50, ctx.ip),
  match: (d, p) => spiMatches(d, p, 0),
};
