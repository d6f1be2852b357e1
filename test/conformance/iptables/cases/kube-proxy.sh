# A small kube-proxy-like nat table (iptables mode, one ClusterIP service with two endpoints,
# one NodePort), written as kube-proxy writes it: iptables-restore --noflush of its own chains.
iptables -t nat -N KUBE-SERVICES
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -I OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -I PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -I POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
printf '%s\n' '*nat' ':KUBE-SERVICES - [0:0]' ':KUBE-NODEPORTS - [0:0]' ':KUBE-POSTROUTING - [0:0]' ':KUBE-MARK-MASQ - [0:0]' ':KUBE-SVC-XPGD46QRK7WJZT7O - [0:0]' ':KUBE-EXT-XPGD46QRK7WJZT7O - [0:0]' ':KUBE-SEP-SXIVWICOYRO3J4NJ - [0:0]' ':KUBE-SEP-UKSFD7AGPMPPLUHC - [0:0]' '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN' '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000' '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully' '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000' '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j KUBE-SVC-XPGD46QRK7WJZT7O' '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS' '-A KUBE-NODEPORTS -m comment --comment ns1/svc1:p80 -m tcp -p tcp --dport 30080 -j KUBE-EXT-XPGD46QRK7WJZT7O' '-A KUBE-EXT-XPGD46QRK7WJZT7O -m comment --comment "masquerade traffic for ns1/svc1:p80 external destinations" -j KUBE-MARK-MASQ' '-A KUBE-EXT-XPGD46QRK7WJZT7O -j KUBE-SVC-XPGD46QRK7WJZT7O' '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ' '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 -> 10.244.1.5:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-SXIVWICOYRO3J4NJ' '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 -> 10.244.2.7:8080" -j KUBE-SEP-UKSFD7AGPMPPLUHC' '-A KUBE-SEP-SXIVWICOYRO3J4NJ -m comment --comment ns1/svc1:p80 -s 10.244.1.5 -j KUBE-MARK-MASQ' '-A KUBE-SEP-SXIVWICOYRO3J4NJ -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:8080' '-A KUBE-SEP-UKSFD7AGPMPPLUHC -m comment --comment ns1/svc1:p80 -s 10.244.2.7 -j KUBE-MARK-MASQ' '-A KUBE-SEP-UKSFD7AGPMPPLUHC -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.244.2.7:8080' 'COMMIT' > /tmp/kube-nat.rules
iptables-restore --noflush < /tmp/kube-nat.rules
iptables-save -t nat
iptables -t nat -S
iptables -t nat -S KUBE-SVC-XPGD46QRK7WJZT7O
iptables -t nat -L -n
iptables -t nat -L
iptables -t nat -nvL KUBE-SERVICES
iptables -t nat -L KUBE-SVC-XPGD46QRK7WJZT7O -n --line-numbers
iptables -t nat -L KUBE-SEP-SXIVWICOYRO3J4NJ
iptables-restore --noflush < /tmp/kube-nat.rules
iptables-save -t nat | grep -c -- '^-A'
printf '%s\n' '*nat' ':KUBE-SERVICES - [0:0]' ':KUBE-NODEPORTS - [0:0]' ':KUBE-SVC-XPGD46QRK7WJZT7O - [0:0]' ':KUBE-EXT-XPGD46QRK7WJZT7O - [0:0]' ':KUBE-SEP-SXIVWICOYRO3J4NJ - [0:0]' ':KUBE-SEP-UKSFD7AGPMPPLUHC - [0:0]' '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j KUBE-SVC-XPGD46QRK7WJZT7O' '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS' '-A KUBE-NODEPORTS -m comment --comment ns1/svc1:p80 -m tcp -p tcp --dport 30080 -j KUBE-EXT-XPGD46QRK7WJZT7O' '-A KUBE-EXT-XPGD46QRK7WJZT7O -m comment --comment "masquerade traffic for ns1/svc1:p80 external destinations" -j KUBE-MARK-MASQ' '-A KUBE-EXT-XPGD46QRK7WJZT7O -j KUBE-SVC-XPGD46QRK7WJZT7O' '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ' '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 -> 10.244.2.7:8080" -j KUBE-SEP-UKSFD7AGPMPPLUHC' '-A KUBE-SEP-UKSFD7AGPMPPLUHC -m comment --comment ns1/svc1:p80 -s 10.244.2.7 -j KUBE-MARK-MASQ' '-A KUBE-SEP-UKSFD7AGPMPPLUHC -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.244.2.7:8080' '-X KUBE-SEP-SXIVWICOYRO3J4NJ' 'COMMIT' > /tmp/kube-nat-2.rules
iptables-restore --noflush < /tmp/kube-nat-2.rules
iptables-save -t nat
iptables -t nat -L KUBE-SVC-XPGD46QRK7WJZT7O -n
iptables -t nat -X KUBE-SEP-UKSFD7AGPMPPLUHC
iptables -t nat -F KUBE-SERVICES
iptables -t nat -X KUBE-SVC-XPGD46QRK7WJZT7O
iptables -t nat -S
