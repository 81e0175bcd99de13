#!/bin/sh
# plumb: services install os=freebsd init=rcd firewall=pf
# from: os/install-freebsd.plumb
set -eu
pkg install -y nginx
sysrc 'nginx_enable=YES'
echo 'pass in proto tcp to port 80' >> /etc/pf.conf
echo 'pass in proto tcp to port 443' >> /etc/pf.conf
pfctl -f /etc/pf.conf
install -d -o nginx /var/lib/nginx
