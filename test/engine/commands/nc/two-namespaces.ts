/** A client namespace k-c (10.1.0.1) and a server k-s (10.1.0.2) joined by a veth pair, as the kernel conformance scripts build them. */
export const TWO_NAMESPACES = `
ip netns add k-c
ip netns add k-s
ip link add veth-c type veth peer name veth-s
ip link set veth-c netns k-c
ip link set veth-s netns k-s
ip -n k-c addr add 10.1.0.1/24 dev veth-c
ip -n k-s addr add 10.1.0.2/24 dev veth-s
ip -n k-c link set lo up
ip -n k-c link set veth-c up
ip -n k-s link set lo up
ip -n k-s link set veth-s up
`;
