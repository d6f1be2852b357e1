/** The lines above the first prompt of a free lab: what this is and how to start. */
import { Box, Text } from "ink";

export interface WelcomeProps {
  /** Which iptables the lab host has. */
  readonly backend: "nf_tables" | "legacy";
}

export function Welcome({ backend }: WelcomeProps) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text bold>nflab — a Linux packet-filtering lab</Text>
      <Text>
        You are root on an emulated Debian 12 host ({backend === "legacy" ? "iptables-legacy" : "iptables-nft"}). Nothing here touches
        your real machine.
      </Text>
      <Text dimColor>Try: iptables -L -n -v    ip addr    help    exit</Text>
    </Box>
  );
}

export function welcome(backend: WelcomeProps["backend"]) {
  return <Welcome backend={backend} />;
}
