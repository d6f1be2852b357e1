# nc -l -k keeps listening after each connection; without -k it exits.
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
S nc -lk 8080 >/dev/null &
S nc -l -p 8081 >/dev/null &
sleep 0.3
echo "== three connections to -k"
C nc -vz -w 1 10.1.0.2 8080; echo "rc=$?"
C nc -vz -w 1 10.1.0.2 8080; echo "rc=$?"
C nc -vz -w 1 10.1.0.2 8080; echo "rc=$?"
echo "== two to the one-shot"
C nc -vz -w 1 10.1.0.2 8081; echo "rc=$?"
sleep 0.3
C nc -vz -w 1 10.1.0.2 8081; echo "rc=$?"
echo "== jobs"
jobs
