# curl -v against nc -l, and ss of both ends after nc -z (TIME-WAIT on the side that closed first).
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
printf 'HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Length: 6\r\n\r\nhello\n' >/tmp/resp
S nc -l 8080 </tmp/resp >/dev/null &
sleep 0.3
echo "== curl -sv"
C curl -sv http://10.1.0.2:8080/x; echo "rc=$?"
S nc -lk 8080 </tmp/resp >/dev/null &
sleep 0.3
echo "== curl -si"
C curl -si http://10.1.0.2:8080/; echo "rc=$?"
echo "== curl -sv refused"
C curl -sv http://10.1.0.2:81/; echo "rc=$?"
echo "== after nc -z: the client"
C nc -z 10.1.0.2 8080; echo "rc=$?"
sleep 0.2
C ss -tan
echo "== the server"
S ss -tln
echo "== a verbose listener that resolves names"
S nc -lv 7002 >/tmp/listener.log 2>&1 &
sleep 0.3
C nc -z 10.1.0.2 7002; echo "rc=$?"
sleep 0.3
cat /tmp/listener.log
