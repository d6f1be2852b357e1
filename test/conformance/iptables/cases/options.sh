# Global options, help and version, typos, missing or extra arguments.
iptables -V
iptables --version
iptables -h
iptables --help
iptables
iptables -w -A INPUT -j ACCEPT
iptables -w 5 -A INPUT -j ACCEPT
iptables --wait 2 -S INPUT
iptables -w -W 100000 -S INPUT
iptables --wait-interval 50000 -S INPUT
iptables -w abc -S INPUT
iptables -A INPUT -c 10 20 -j ACCEPT
iptables -I INPUT -c 1 2 -j DROP
iptables --set-counters 3 4 -A INPUT -j RETURN
iptables -A INPUT -c 10 -j ACCEPT
iptables -A INPUT -c a b -j ACCEPT
iptables -A INPUT -c -1 5 -j ACCEPT
iptables -L INPUT -v -x -n
iptables -S INPUT -v
iptables -F INPUT
iptables -X -F
iptables -F -X
iptables -Q
iptables -x
iptables -n
iptables -v
iptables --line-numbers
iptables -L --line-number
iptables -L --line
iptables -L --numeric-hosts
iptables --lis
iptables --li
iptables -A INPUT --jump ACCEPT
iptables --append INPUT --protocol tcp --source 10.0.0.1 --destination 10.0.0.2 --in-interface eth0 --jump DROP
iptables --append INPUT --proto udp --jump ACCEPT
iptables --append FORWARD --out-interface eth1 --goto NOPE
iptables --append INPUT --jum ACCEPT
iptables --append INPUT --jumpx ACCEPT
iptables -A INPUT --protocol
iptables -A INPUT -j ACCEPT -j DROP
iptables -A INPUT -p tcp -p udp -j ACCEPT
iptables -A INPUT -i eth0 -i eth1 -j ACCEPT
iptables -A INPUT -m
iptables -A INPUT -m nosuchmatch -j ACCEPT
iptables -A INPUT -j NOSUCHTARGET
iptables -A INPUT -j accept
iptables -A INPUT -j Drop
iptables -A INPUT --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dports 22 -j ACCEPT
iptables -A INPUT -p tcp --sport -j ACCEPT
iptables -A INPUT -z
iptables -A INPUT --nosuchoption
iptables -A INPUT -- -j ACCEPT
iptables -A INPUT -j ACCEPT --
iptables -S INPUT
iptables -4 -S INPUT
iptables -6 -S INPUT
iptables -A INPUT -p tcp -j ACCEPT -h
iptables -m tcp -h
iptables -p tcp -h
iptables -j REJECT -h
iptables -m comment --help
iptables -A INPUT -m state -h
iptables -L INPUT -n > /tmp/list; echo "rc=$?"; wc -l < /tmp/list
iptables -S | grep -c INPUT
iptables -S 2>&1 | head -n 2
iptables --modprobe=/bin/true -S INPUT
iptables -M /bin/true -S INPUT
