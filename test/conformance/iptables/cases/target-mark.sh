# MARK (set, xset, and, or, xor) and CONNMARK.
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x10/0xff
iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x4000/0x4000
iptables -t mangle -A PREROUTING -j MARK --set-xmark 5
iptables -t mangle -A PREROUTING -j MARK --and-mark 0xffff
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x4000
iptables -t mangle -A PREROUTING -j MARK --xor-mark 0x4000
iptables -t mangle -A PREROUTING -j MARK --set-mark 0xffffffff
iptables -t mangle -A PREROUTING -j MARK --set-mark 4294967296
iptables -t mangle -A PREROUTING -j MARK --set-mark abc
iptables -t mangle -A PREROUTING -j MARK --set-mark 1/2/3
iptables -t mangle -A PREROUTING -j MARK
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --or-mark 2
iptables -t mangle -A PREROUTING -j MARK ! --set-mark 1
iptables -t mangle -A PREROUTING -j MARK --or-mark 0x1/0x2
iptables -A INPUT -j MARK --set-mark 7
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
iptables -t nat -A KUBE-MARK-MASQ -j MARK --xor-mark 0x4000
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING
iptables -t mangle -L PREROUTING -n -v
iptables -S INPUT
iptables -t nat -S KUBE-MARK-MASQ
iptables -t nat -L KUBE-MARK-MASQ -n
iptables -t mangle -D PREROUTING -j MARK --set-xmark 0x1/0xffffffff
iptables -t mangle -D PREROUTING -j MARK --or-mark 0x4000
iptables -t mangle -C PREROUTING -j MARK --set-xmark 0x4000/0x0
iptables -t mangle -F
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff00
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --mask 0xffff
iptables -t mangle -A POSTROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xf0
iptables -t mangle -A FORWARD -j CONNMARK --set-mark 1
iptables -t mangle -A FORWARD -j CONNMARK --set-mark 0x10/0xf0
iptables -t mangle -A FORWARD -j CONNMARK --set-xmark 0x3/0x7
iptables -t mangle -A FORWARD -j CONNMARK --and-mark 0xff
iptables -t mangle -A FORWARD -j CONNMARK --or-mark 0x100
iptables -t mangle -A FORWARD -j CONNMARK --xor-mark 0x100
iptables -t mangle -A FORWARD -j CONNMARK
iptables -t mangle -A FORWARD -j CONNMARK --set-mark 1 --save-mark
iptables -t mangle -A FORWARD -j CONNMARK --set-mark xyz
iptables -A INPUT -m connmark --mark 1 -j ACCEPT
iptables -A INPUT -m connmark ! --mark 0x10/0xf0 -j DROP
iptables -A INPUT -m connmark -j DROP
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -L
iptables -S INPUT
iptables-save -t mangle
