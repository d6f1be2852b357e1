# Data through nc: a line sent from the client arrives in the server's file.
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
S nc -l 7000 >/tmp/received &
sleep 0.3
echo "== send"
echo "hello from the client" | C nc -N -w 1 10.1.0.2 7000; echo "rc=$?"
sleep 0.3
echo "== received"
cat /tmp/received
echo "== verbose listener"
S nc -lvn 7001 >/tmp/listener.log 2>&1 &
sleep 0.3
echo ping | C nc -N -w 1 10.1.0.2 7001; echo "rc=$?"
sleep 0.3
cat /tmp/listener.log
