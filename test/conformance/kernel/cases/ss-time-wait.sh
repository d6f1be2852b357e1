# ss and TIME-WAIT: -o shows the timewait timer, a state filter hides the State column, -H sizes columns without the header.
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
printf 'HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Length: 6\r\n\r\nhello\n' >/tmp/resp
C() { ip netns exec k-c "$@"; }
S() { ip netns exec k-s "$@"; }
S nc -lk 8080 >/dev/null &
sleep 0.3
C nc -z 10.1.0.2 8080; echo "rc=$?"
C nc -z 10.1.0.2 8080; echo "rc=$?"
sleep 1.5
echo "== -tano"
C ss -tano
echo "== state time-wait"
C ss -tn state time-wait
echo "== -o, state time-wait"
C ss -tno state time-wait
echo "== -H"
C ss -tanH
echo "== state established"
C ss -tn state established
echo "== -tn: connected sockets only"
C ss -tn
echo "== state bucket"
C ss -tan state bucket
echo "== the server: state listening"
S ss -tln state listening
S ss -tan
echo "== after 60 s"
sleep 61
C ss -tan
