#!/bin/sh
# plumb: shop stop host=linux init=systemd
# from: stop.plumb
set -eu
systemctl stop db
