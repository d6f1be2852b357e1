# The shell around the packet tools: listeners started with & inside a loop,
# and stdout and stderr of commands in a loop, interleaved as they are written.
ip link set lo up
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
C() { ip netns exec k-c "$@"; }
S() { ip netns exec k-s "$@"; }
for p in 80 81; do S nc -lk $p >/dev/null & done
sleep 0.3
echo "== a loop"
for p in 80 81 82; do C nc -vz -w 1 10.1.0.2 $p; echo "rc=$?"; done
echo "== a function"
probe() { C nc -vz -w 1 10.1.0.2 "$1"; echo "rc=$?"; }
probe 82
probe 80
