#!/bin/sh
# plumb: services install os=debian init=systemd firewall=nftables
# from: os/install-debian.plumb
set -eu
apt-get install -y nginx
nft add rule inet filter input tcp dport 80 accept
nft add rule inet filter input tcp dport 443 accept
install -d -o nginx /var/lib/nginx
