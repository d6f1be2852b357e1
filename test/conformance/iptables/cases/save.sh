# iptables-save: empty namespace, -c, -t, table order, header and footer, and restoring its output.
iptables-save; echo "rc=$?"
iptables-save -t nat
iptables -L -n > /dev/null
iptables-save
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t mangle -A FORWARD -j ACCEPT
iptables -t security -A INPUT -j ACCEPT
iptables -A INPUT -c 12 3456 -j ACCEPT
iptables -N ZED
iptables -N ALPHA
iptables -N mid
iptables -N Mid
iptables -N 9lives
iptables -A ZED -j ALPHA
iptables -A ALPHA -j RETURN
iptables -A mid -j RETURN
iptables-save
iptables-save -c
iptables-save --counters
iptables-save -t nat
iptables-save --table raw
iptables-save -t filter -c
iptables-save -t nosuch
iptables-save -t
iptables-save --bogus
iptables-save -M /bin/true -t mangle
iptables-save -f /tmp/out.rules; cat /tmp/out.rules | grep -v '^#'
iptables-save --file /tmp/out2.rules -t nat; grep -c . /tmp/out2.rules
iptables-save /tmp/x
iptables-save -h
iptables-save | wc -l
iptables-save | grep -v '^#' > /tmp/clean.rules; iptables-restore < /tmp/clean.rules; iptables-save | grep -v '^#' | diff - /tmp/clean.rules && echo same
iptables -P INPUT DROP
iptables -t nat -P PREROUTING ACCEPT
iptables-save -t filter
iptables -t nat -F
iptables -t nat -X
iptables-save -t nat
iptables -t raw -F
iptables-save
