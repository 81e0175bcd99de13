#!/bin/sh
# plumb: services install os=alpine init=openrc firewall=none
# from: os/install-alpine.plumb
set -eu
apk add nginx
install -d -o nginx /var/lib/nginx
