# LED, CLUSTERIP and -m ipvs: iptables 1.8.9 parses them, the recording kernel (6.18) has no module for them.
iptables -A INPUT -j LED --led-trigger-id foo
iptables -A INPUT -j LED --led-trigger-id foo --led-delay 100 --led-always-blink
iptables -A INPUT -j LED --led-trigger-id foo --led-delay inf
iptables -A INPUT -j LED
iptables -A INPUT -j LED --led-trigger-id foo --led-delay x
iptables -A INPUT -d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:01 --total-nodes 2 --local-node 1
iptables -A INPUT -d 10.0.0.1 -j CLUSTERIP
iptables -A INPUT -m ipvs --ipvs -j ACCEPT
iptables -A INPUT -m ipvs --vproto tcp --vaddr 10.0.0.1 --vport 80 --vdir ORIGINAL --vmethod MASQ -j ACCEPT
iptables -A INPUT -m ipvs -j ACCEPT
iptables -S INPUT
iptables -A INPUT -j ULOG
iptables -A INPUT -j ULOG --ulog-nlgroup 2 --ulog-prefix "x y" --ulog-cprange 100 --ulog-qthreshold 10
iptables -A INPUT -j ULOG --ulog-nlgroup 99
iptables -S INPUT
