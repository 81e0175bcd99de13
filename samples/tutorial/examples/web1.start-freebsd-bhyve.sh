#!/bin/sh
# plumb: tutorial start host=freebsd hypervisor=bhyve
# from: bhyve/start.plumb
set -eu
bhyveload -m 2G -d /vm/web1/disk0.img web1
daemon -p /vm/web1.pid \
  bhyve -c 2 -m 2G -H -A -P \
  -s 0:0,hostbridge -s 31:0,lpc \
  -s 3:0,virtio-blk,/vm/web1/disk0.img \
  -s 4:0,virtio-blk,'/vm/web1/data disk.img' \
  -l com1,/dev/nmdm0A \
  web1
