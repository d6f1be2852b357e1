# curl against nc -l serving a canned nginx-like response.
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
printf 'HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\nContent-Length: 13\r\nConnection: close\r\n\r\n<h1>hi</h1>\r\n' >/tmp/response
S nc -l 80 </tmp/response >/tmp/request &
sleep 0.3
echo "== curl -sS"
C curl -sS http://10.1.0.2/; echo "rc=$?"
sleep 0.3
echo "== the request"
cat /tmp/request
S nc -l 80 </tmp/response >/dev/null &
sleep 0.3
echo "== curl -sSI"
C curl -sSI http://10.1.0.2:80/; echo "rc=$?"
S nc -l 8080 </tmp/response >/dev/null &
sleep 0.3
echo "== curl -s -o /dev/null -w"
C curl -s -o /dev/null -w '%{http_code}\n' http://10.1.0.2:8080/; echo "rc=$?"
