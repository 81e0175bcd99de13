#!/bin/sh
# plumb: vmtest start host=linux hypervisor=bhyve guest=freebsd
# from: bhyve/start.plumb
set -eu
bhyvectl --destroy --vm=web1
bhyveload -m 1G -d /vm/web1/disk0.img web1
daemon -p /vm/web1.pid \
  bhyve -c 1 -m 1G -H -A -P \
  -s 0:0,hostbridge -s 31:0,lpc \
  web1
