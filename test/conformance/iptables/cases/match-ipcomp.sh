# -m ipcomp (the IPComp CPI), loaded by -p ipcomp too.
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 5 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 10:20 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 1 --compres -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp -j ACCEPT
iptables -A INPUT -p ipcomp --ipcompspi 7 -j ACCEPT
iptables -A INPUT -p 108 --ipcompspi 8 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi 0:4294967295 -j ACCEPT
iptables -A INPUT -p ipcomp -m ipcomp --ipcompspi x -j ACCEPT
iptables -A INPUT -m ipcomp --ipcompspi 1 -j ACCEPT
iptables -A INPUT -p tcp -m ipcomp --ipcompspi 1 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables -m ipcomp -h | tail -n 4
