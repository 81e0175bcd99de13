#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
ifconfig web10 create
ifconfig bridge0 addm web10
ifconfig tap0 create
ifconfig bridge1 addm tap0
bhyve \
  -s 3:0,virtio-blk,/vm/web1/disk0.img \
  web1
