# mac, limit, mark, comment (quoting), addrtype, string, length, ttl, pkttype.
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -m mac --mac-source AA:BB:CC:DD:EE:FF -j ACCEPT
iptables -A INPUT -m mac ! --mac-source 52:54:00:12:34:56 -j DROP
iptables -A INPUT -m mac --mac-source 00:11:22:33:44 -j ACCEPT
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:GG -j ACCEPT
iptables -A OUTPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT
iptables -A INPUT -m limit --limit 5/min -j LOG
iptables -A INPUT -m limit --limit 10/second --limit-burst 20 -j ACCEPT
iptables -A INPUT -m limit --limit 1/hour -j ACCEPT
iptables -A INPUT -m limit --limit 100/day -j ACCEPT
iptables -A INPUT -m limit --limit 3/s -j ACCEPT
iptables -A INPUT -m limit --limit 7 -j ACCEPT
iptables -A INPUT -m limit -j ACCEPT
iptables -A INPUT -m limit --limit 2/minute --limit-burst 1 -j ACCEPT
iptables -A INPUT -m limit ! --limit 5/s -j ACCEPT
iptables -A INPUT -m limit --limit 5/week -j ACCEPT
iptables -A INPUT -m limit --limit 0/s -j ACCEPT
iptables -A INPUT -m limit --limit 20000/s -j ACCEPT
iptables -A INPUT -m limit --limit-burst 0 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -m mark --mark 1 -j ACCEPT
iptables -A INPUT -m mark --mark 0x10/0xf0 -j ACCEPT
iptables -A INPUT -m mark ! --mark 0x4000/0x4000 -j RETURN
iptables -A INPUT -m mark --mark 0xffffffff -j ACCEPT
iptables -A INPUT -m mark --mark 4294967296 -j ACCEPT
iptables -A INPUT -m mark --mark abc -j ACCEPT
iptables -A INPUT -m mark --mark 1/ -j ACCEPT
iptables -A INPUT -m mark -j ACCEPT
iptables -A INPUT -m mark --mark 010 -j ACCEPT
iptables -A INPUT -m comment --comment hello -j ACCEPT
iptables -A INPUT -m comment --comment "two words" -j ACCEPT
iptables -A INPUT -m comment --comment 'ns1/svc1:p80 cluster IP' -j ACCEPT
iptables -A INPUT -m comment --comment 'say "hi"' -j ACCEPT
iptables -A INPUT -m comment --comment "it's" -j ACCEPT
iptables -A INPUT -m comment --comment 'back\slash' -j ACCEPT
iptables -A INPUT -m comment --comment 'dollar $HOME' -j ACCEPT
iptables -A INPUT -m comment --comment "" -j ACCEPT
iptables -A INPUT -m comment --comment under_score-dash -j ACCEPT
iptables -A INPUT -m comment --comment 'dot.ted' -j ACCEPT
iptables -A INPUT -m comment --comment "tab	here" -j ACCEPT
iptables -A INPUT -m comment --comment "ünïcödé" -j ACCEPT
iptables -A INPUT -m comment --comment 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345 -j ACCEPT
iptables -A INPUT -m comment --comment 01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456 -j ACCEPT
iptables -A INPUT -m comment --comment one -m comment --comment two -j ACCEPT
iptables -A INPUT -m comment -j ACCEPT
iptables -A INPUT -m comment ! --comment x -j ACCEPT
iptables -A INPUT -s 10.0.0.1 -m comment --comment "from a host" -p tcp --dport 22 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables -C INPUT -m comment --comment "two words" -j ACCEPT
iptables -D INPUT -m comment --comment 'say "hi"' -j ACCEPT
iptables -D INPUT -m comment --comment "no such comment" -j ACCEPT
iptables -F INPUT
iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL --dst-type BROADCAST -j ACCEPT
iptables -A INPUT -m addrtype ! --dst-type LOCAL -j DROP
iptables -A INPUT -m addrtype --dst-type LOCAL,MULTICAST,BROADCAST -j ACCEPT
iptables -A INPUT -m addrtype --dst-type UNICAST --limit-iface-in -j ACCEPT
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-out -j ACCEPT
iptables -A INPUT -m addrtype --dst-type UNSPEC,ANYCAST,BLACKHOLE,UNREACHABLE,PROHIBIT,THROW,NAT,XRESOLVE -j ACCEPT
iptables -A INPUT -m addrtype --dst-type local -j ACCEPT
iptables -A INPUT -m addrtype --dst-type NOSUCH -j ACCEPT
iptables -A INPUT -m addrtype -j ACCEPT
iptables -A INPUT -m addrtype --limit-iface-in --limit-iface-out --dst-type LOCAL -j ACCEPT
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j RETURN
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j RETURN
iptables -S
iptables -L -n
iptables -t nat -S
iptables -F
iptables -A INPUT -m string --string "GET /" --algo bm -j DROP
iptables -A INPUT -m string --string foo --algo kmp --from 10 --to 100 -j DROP
iptables -A INPUT -m string --hex-string "|41 42 43|" --algo bm -j DROP
iptables -A INPUT -m string --hex-string "|414243|def" --algo bm -j DROP
iptables -A INPUT -m string ! --string evil --algo bm --icase -j ACCEPT
iptables -A INPUT -m string --string 'quote"d' --algo bm -j DROP
iptables -A INPUT -m string --string "tab	x" --algo bm -j DROP
iptables -A INPUT -m string --string foo -j DROP
iptables -A INPUT -m string --algo bm -j DROP
iptables -A INPUT -m string --string foo --algo xyz -j DROP
iptables -A INPUT -m string --hex-string "|4|" --algo bm -j DROP
iptables -S INPUT
iptables -L INPUT -n
iptables-save
iptables -F INPUT
iptables -A INPUT -m length --length 0:100 -j ACCEPT
iptables -A INPUT -m length --length 1500 -j ACCEPT
iptables -A INPUT -m length ! --length 64:128 -j DROP
iptables -A INPUT -m length --length 1000: -j DROP
iptables -A INPUT -m length --length :500 -j DROP
iptables -A INPUT -m length --length 70000 -j DROP
iptables -A INPUT -m length --length 200:100 -j DROP
iptables -A INPUT -m length -j DROP
iptables -A INPUT -m ttl --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables -A INPUT -m ttl --ttl-gt 200 -j DROP
iptables -A INPUT -m ttl ! --ttl-eq 1 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 256 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 1 --ttl-gt 2 -j ACCEPT
iptables -A INPUT -m ttl -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type unicast -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -m pkttype --pkt-type multicast -j DROP
iptables -A INPUT -m pkttype ! --pkt-type host -j DROP
iptables -A INPUT -m pkttype --pkt-type otherhost -j DROP
iptables -A INPUT -m pkttype --pkt-type nosuch -j DROP
iptables -A INPUT -m pkttype -j DROP
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
