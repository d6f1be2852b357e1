# -g jumps without a return address: RETURN (or the chain's end) goes back
# past the chain that did the goto.
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
S nc -lk 80 >/dev/null &
S nc -lk 81 >/dev/null &
sleep 0.3
S iptables -N OUTER
S iptables -N INNER
S iptables -A INNER -p tcp --dport 80 -j RETURN
S iptables -A OUTER -g INNER
S iptables -A OUTER -j REJECT
S iptables -A INPUT -p tcp -j OUTER
S iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
echo "== port 80: goto, RETURN skips the rest of OUTER"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== port 81: end of INNER, back to INPUT after the jump to OUTER"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
S iptables -R OUTER 1 -j INNER
echo "== with -j instead of -g: RETURN comes back into OUTER"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== counters"
S iptables -nvL
