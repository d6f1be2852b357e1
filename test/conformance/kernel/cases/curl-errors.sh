# curl's errors: refused, a timeout, ICMP, no route.
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
S iptables -A INPUT -p tcp --dport 81 -j DROP
S iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with icmp-host-prohibited
echo "== refused"
C curl -sS http://10.1.0.2/; echo "rc=$?"
echo "== refused, -s"
C curl -s http://10.1.0.2/; echo "rc=$?"
echo "== connect timeout"
C curl -sS --connect-timeout 1 http://10.1.0.2:81/; echo "rc=$?"
echo "== -m"
C curl -sS -m 1 http://10.1.0.2:81/; echo "rc=$?"
echo "== host prohibited"
C curl -sS http://10.1.0.2:82/; echo "rc=$?"
echo "== no route"
C curl -sS http://10.9.9.9/; echo "rc=$?"
echo "== unknown host"
C curl -sS http://no-such-host.invalid/; echo "rc=$?"
