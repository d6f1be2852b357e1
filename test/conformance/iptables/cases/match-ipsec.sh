# -m esp, -m ah, -m policy: SPIs and IPsec policies.
iptables -A INPUT -p esp -m esp --espspi 100 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 100:200 -j ACCEPT
iptables -A INPUT -p esp -m esp ! --espspi 500 -j DROP
iptables -A INPUT -p esp -m esp --espspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p esp -m esp ! --espspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p esp -m esp -j ACCEPT
iptables -A INPUT -p esp --espspi 7 -j ACCEPT
iptables -A INPUT -p 50 --espspi 8 -j ACCEPT
iptables -A INPUT -m esp --espspi 9 -j ACCEPT
iptables -A INPUT -p tcp -m esp --espspi 9 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 4294967296 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 5:x -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 200:100 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 1:2:3 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 0x10 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi :10 -j ACCEPT
iptables -A INPUT -p esp -m esp --espspi 10: -j ACCEPT
iptables -A INPUT -p ah -m ah --ahspi 5 -j ACCEPT
iptables -A INPUT -p ah -m ah --ahspi 5:6 -j ACCEPT
iptables -A INPUT -p ah -m ah ! --ahspi 5 -j ACCEPT
iptables -A INPUT -p ah -m ah -j ACCEPT
iptables -A INPUT -p ah --ahspi 1000 -j ACCEPT
iptables -A INPUT -p udp -m ah --ahspi 1 -j ACCEPT
iptables -A INPUT -p ah -m ah --ahspi -1 -j ACCEPT
iptables -A INPUT -p ah -m ah --ahspi 0:4294967295 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none -j ACCEPT
iptables -A OUTPUT -m policy --dir out --pol ipsec --proto esp --mode tunnel --tunnel-src 192.0.2.1 --tunnel-dst 198.51.100.0/24 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --spi 0x100 --proto ah --next --proto esp --mode transport -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec ! --reqid 3 ! --spi 9 ! --proto esp ! --mode tunnel -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto 50 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto ipcomp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --proto tcp -j ACCEPT
iptables -A INPUT -m policy --pol ipsec -j ACCEPT
iptables -A INPUT -m policy --dir sideways -j ACCEPT
iptables -A INPUT -m policy --dir in --pol maybe -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none --strict -j ACCEPT
iptables -A INPUT -m policy --dir in --pol none --proto esp -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --next -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --strict -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --reqid 1 --reqid 2 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --mode transport --tunnel-src 1.2.3.4 -j ACCEPT
iptables -A INPUT -m policy --dir in --pol ipsec --mode bogus -j ACCEPT
iptables -A INPUT -m policy --dir out --pol ipsec -j ACCEPT
iptables -A OUTPUT -m policy --dir in --pol ipsec -j ACCEPT
iptables -A FORWARD -m policy --dir in --pol ipsec -j ACCEPT
iptables -t nat -A POSTROUTING -m policy --dir out --pol none -j MASQUERADE
iptables -t nat -A PREROUTING -m policy --dir out --pol none -j ACCEPT
iptables -S
iptables -L -n
iptables -L -v
iptables -t nat -S
iptables-save
iptables-save | iptables-restore
iptables -L INPUT -n --line-numbers
