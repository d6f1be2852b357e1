# The explicitly named binaries: iptables-nft*, iptables-legacy*, and the two backends side by side.
iptables-nft -V
iptables-legacy -V
iptables-nft -S
iptables-legacy -S
iptables-nft-save
iptables-legacy-save
iptables-nft -A INPUT -s 10.0.0.1 -j ACCEPT
iptables-nft -S INPUT
iptables-nft -L INPUT -n
iptables-nft-save
iptables-legacy -A INPUT -s 10.0.0.2 -j DROP
iptables-legacy -S INPUT
iptables-legacy -L INPUT -n
iptables-legacy-save
iptables-nft -S INPUT
iptables-nft -L INPUT -n
iptables-nft -L -n
iptables-nft-save
iptables-nft-save -t filter
iptables -S INPUT
iptables -L INPUT -n
iptables-save
iptables-legacy -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-nft -t nat -S
iptables-nft -t nat -L -n
iptables-legacy-save -t nat
printf '%s\n' '*filter' '-A FORWARD -j ACCEPT' 'COMMIT' > /tmp/fwd.rules
iptables-nft-restore --noflush < /tmp/fwd.rules
iptables-legacy-restore --noflush < /tmp/fwd.rules
iptables-nft -S FORWARD
iptables-legacy -S FORWARD
iptables-nft -X nosuch
iptables-legacy -X nosuch
iptables-nft -A INPUT -j NOSUCHTARGET
iptables-legacy -A INPUT -j NOSUCHTARGET
iptables-nft -N DUP
iptables-legacy -N DUP
iptables-nft -N DUP
iptables-legacy -N DUP
iptables-legacy -F
iptables-legacy -X
iptables-legacy -t nat -F
iptables-nft -L INPUT -n
iptables-legacy-save
iptables-nft -F
iptables-nft -X
iptables-nft-save
iptables-nft-restore -V
iptables-legacy-restore --version
iptables-nft-save -V
iptables-legacy-save --version
iptables-save -V
iptables-restore -V
xtables-nft-multi iptables -V
xtables-legacy-multi iptables -V
