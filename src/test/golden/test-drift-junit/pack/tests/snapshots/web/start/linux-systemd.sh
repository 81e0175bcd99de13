#!/bin/sh
# plumb: shop start host=linux init=systemd
# from: start.plumb
set -eu
systemctl start web
