# -m osf: genre (31 characters kept), --ttl and --log 0-2, tcp only.
iptables -A INPUT -p tcp -m osf --genre Linux -j ACCEPT
iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 1 --log 2 -j ACCEPT
iptables -A INPUT -m osf --genre Linux
iptables -A INPUT -p tcp -m osf --ttl 3
iptables -A INPUT -p tcp -m osf --genre Linux --ttl 5
iptables -A INPUT -p tcp -m osf --genre Linux --log x
iptables -A INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz
iptables -A INPUT -p tcp -m osf --genre "Mac OS" -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables -m osf -h | tail -n 5
