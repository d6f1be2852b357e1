# -j LOG: the kernel's log line (nf_log_syslog) with each option, read back with dmesg.
# A namespace logs only with the host's net.netfilter.nf_log_all_netns=1: record with it set on the
# host (echo 1 > /proc/sys/net/netfilter/nf_log_all_netns, then back to 0); in a child network namespace
# the sysctl does not exist, hence 2>/dev/null. Lines from earlier runs stay in the ring buffer, hence `start`.
sysctl -q -w net.netfilter.nf_log_all_netns=1 2>/dev/null
ip netns add k-c
ip netns add k-s
ip link add veth-c type veth peer name veth-s
ip link set veth-c netns k-c
ip link set veth-s netns k-s
ip -n k-c addr add 10.9.0.1/24 dev veth-c
ip -n k-s addr add 10.9.0.2/24 dev veth-s
for n in k-c k-s; do ip -n $n link set lo up; done
ip -n k-c link set veth-c up
ip -n k-s link set veth-s up
C() { ip netns exec k-c "$@"; }
S() { ip netns exec k-s "$@"; }
S nc -lk 80 >/dev/null &
sleep 0.3
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-plain: "
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-seq: " --log-tcp-sequence
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-opt: " --log-tcp-options
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-ipopt: " --log-ip-options
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-mac: " --log-macdecode
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-uid: " --log-uid
S iptables -A INPUT -p tcp --syn -j LOG --log-prefix "LOGT-all: " --log-level debug --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
S iptables -A INPUT -p tcp ! --syn -j LOG --log-prefix "LOGT-in-est: "
S iptables -A OUTPUT -p tcp -j LOG --log-prefix "LOGT-out: " --log-uid --log-tcp-options
S iptables -A INPUT -p icmp -j LOG --log-prefix "LOGT-icmp: " --log-uid
S iptables -A INPUT -p udp -j LOG --log-prefix "LOGT-udp: " --log-level 7
C iptables -A OUTPUT -p tcp --syn -j LOG --log-prefix "LOGT-c-out: " --log-uid
C iptables -A INPUT -p icmp -j LOG --log-prefix "LOGT-c-icmp: " --log-macdecode
S iptables -I INPUT -i lo -p icmp -j LOG --log-prefix "LOGT-lo: " --log-macdecode
S iptables -t mangle -A INPUT -p tcp --syn -j MARK --set-mark 0x2a
# Random or host-dependent: IP ids, sequence numbers, MACs, TCP timestamps, the window scale (and so later windows).
LOGS() { dmesg --notime | grep 'LOGT-' | sed -E 's/ ID=[0-9]+ / ID=<ID> /g; s/SEQ=[0-9]+ ACK=[0-9]+/SEQ=<S> ACK=<A>/; s/(MAC=|MACSRC=|MACDST=)[0-9a-f:]+/\1<MAC>/g; s/(080A)[0-9A-F]{16}/\1<TS>/g; s/(010303)[0-9A-F]{2}/\1<WS>/g; s/WINDOW=[0-9]+ (RES=0x00 ACK (FIN )?URGP)/WINDOW=<W> \1/'; }
start=$(LOGS | wc -l)
echo "== a connection"
C nc -z -p 40001 10.9.0.2 80; echo "rc=$?"
echo "== a ping"
C ping -c 1 -W 1 10.9.0.2 >/dev/null; echo "rc=$?"
echo "== a datagram to a closed port"
C nc -u -z -w 1 -p 40002 10.9.0.2 5000; echo "rc=$?"
echo "== a ping on lo (MACDECODE decodes only Ethernet)"
S ping -c 1 -W 1 127.0.0.1 >/dev/null; echo "rc=$?"
sleep 0.2
echo "== what was logged"
LOGS | tail -n +$((start + 1))
