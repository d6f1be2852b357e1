# owner (OUTPUT only), physdev, and set with ipset.
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner root -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 1000-2000 -j ACCEPT
iptables -A OUTPUT -m owner ! --uid-owner 33 -j DROP
iptables -A OUTPUT -m owner --gid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --gid-owner root --suppl-groups -j ACCEPT
iptables -A OUTPUT -m owner --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner ! --socket-exists -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner nosuchuser -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 5-1 -j ACCEPT
iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner -j ACCEPT
iptables -S OUTPUT
iptables -L OUTPUT
iptables -L OUTPUT -n
iptables -F
iptables -A FORWARD -m physdev --physdev-in veth0 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-out eth+ --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-is-in -j DROP
iptables -A FORWARD -m physdev --physdev-is-out -j DROP
iptables -A FORWARD -m physdev --physdev-in veth0 --physdev-out veth1 -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-in veth0 -j ACCEPT
iptables -A INPUT -m physdev --physdev-in veth0 -j ACCEPT
iptables -A INPUT -m physdev --physdev-out veth0 -j ACCEPT
iptables -A FORWARD -m physdev -j ACCEPT
iptables -S FORWARD
iptables -L FORWARD -n
iptables -F
ipset create allow hash:ip
ipset create nets hash:net
ipset create ipport hash:ip,port
ipset add allow 10.0.0.1
iptables -A INPUT -m set --match-set allow src -j ACCEPT
iptables -A INPUT -m set --match-set nets dst -j DROP
iptables -A INPUT -m set ! --match-set allow src -j DROP
iptables -A INPUT -m set --match-set ipport src,dst -j ACCEPT
iptables -A INPUT -m set --match-set allow src --return-nomatch ! --update-counters -j ACCEPT
iptables -A INPUT -m set --match-set allow src --packets-gt 10 -j ACCEPT
iptables -A INPUT -m set --match-set nosuchset src -j ACCEPT
iptables -A INPUT -m set --match-set allow -j ACCEPT
iptables -A INPUT -m set --match-set allow src,dst,src,dst,src,dst,src -j ACCEPT
iptables -A INPUT -m set -j ACCEPT
iptables -A INPUT -p tcp -m set --match-set allow src -j SET --add-set nets src
iptables -A INPUT -j SET --del-set allow src
iptables -A INPUT -j SET --add-set allow src --exist --timeout 60
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
ipset destroy allow
ipset list -n
iptables -F
ipset destroy allow
ipset list -n
