# statistic (random, nth), recent, connlimit, hashlimit.
iptables -t nat -N SVC
iptables -t nat -A SVC -m statistic --mode random --probability 0.5 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0.3333333333 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0.25000000000 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0.1 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 1 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0.00001 -j RETURN
iptables -t nat -A SVC -m statistic --mode random ! --probability 0.5 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 1.5 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability -0.1 -j RETURN
iptables -t nat -A SVC -m statistic --mode random -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 3 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 3 --packet 2 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth ! --every 2 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 3 --packet 3 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 0 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --probability 0.5 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --every 2 -j RETURN
iptables -t nat -A SVC -m statistic --mode weird -j RETURN
iptables -t nat -A SVC -m statistic --probability 0.5 -j RETURN
iptables -t nat -S SVC
iptables -t nat -L SVC
iptables -t nat -L SVC -n -v
iptables-save -t nat
iptables -A INPUT -m recent --set
iptables -A INPUT -m recent --name SSH --set -j ACCEPT
iptables -A INPUT -m recent --name SSH --rcheck --seconds 60 --hitcount 4 -j DROP
iptables -A INPUT -m recent --name SSH --update --seconds 60 --reap -j DROP
iptables -A INPUT -m recent --name SSH --remove -j ACCEPT
iptables -A INPUT -m recent --name KUBE-SEP-X --rcheck --seconds 10800 --reap -j ACCEPT
iptables -A INPUT -m recent --name DST --rdest --set -j ACCEPT
iptables -A INPUT -m recent --name TTL --rcheck --rttl -j ACCEPT
iptables -A INPUT -m recent --name MASK --set --mask 255.255.255.0 -j ACCEPT
iptables -A INPUT -m recent ! --rcheck --name SSH -j ACCEPT
iptables -A INPUT -m recent --set --rcheck -j ACCEPT
iptables -A INPUT -m recent --name SSH -j ACCEPT
iptables -A INPUT -m recent --rcheck --reap -j ACCEPT
iptables -A INPUT -m recent --set --seconds 10 -j ACCEPT
iptables -A INPUT -m recent --rcheck --hitcount 300 -j ACCEPT
iptables -A INPUT -m recent --name "bad name" --set -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
ls /proc/net/xt_recent/
iptables -F INPUT
iptables -A INPUT -p tcp --syn --dport 22 -m connlimit --connlimit-above 3 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -m connlimit --connlimit-upto 10 -j ACCEPT
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 24 -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-daddr -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-saddr -j DROP
iptables -A INPUT -p tcp -m connlimit ! --connlimit-above 5 -j ACCEPT
iptables -A INPUT -p tcp -m connlimit ! --connlimit-upto 5 -j ACCEPT
iptables -A INPUT -p tcp -m connlimit --connlimit-mask 24 -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-upto 3 -j DROP
iptables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 33 -j DROP
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name web -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-above 10/min --hashlimit-burst 20 --hashlimit-mode srcip --hashlimit-name perip -j DROP
iptables -A INPUT -m hashlimit --hashlimit 3/hour --hashlimit-name old -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 100/sec --hashlimit-mode srcip,dstport --hashlimit-srcmask 24 --hashlimit-name m2 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name h3 --hashlimit-htable-size 1024 --hashlimit-htable-max 2048 --hashlimit-htable-expire 30000 --hashlimit-htable-gcinterval 1000 -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-name bytes -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-name x -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/fortnight --hashlimit-name x -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-mode nosuch --hashlimit-name x -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name averyveryveryverylonghashlimitname -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save -t filter
