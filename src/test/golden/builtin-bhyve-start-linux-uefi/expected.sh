#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/start-grub.plumb, bhyve/start.plumb
set -eu
daemon -f -p /vm/web1/bhyve.pid -o /vm/web1/bhyve.log \
  bhyve -c 2 -m 1G -A -D -H -P \
  -u \
  -s 0,hostbridge \
  -s 4,virtio-blk,/vm/web1/root.img \
  -s 5,virtio-blk,/vm/web1/data.img \
  -s 10,virtio-net,tap1,mac=58:9c:fc:00:00:02 \
  -s 29,fbuf,tcp=127.0.0.1:5901,w=1024,h=768 \
  -s 30,xhci,tablet \
  -s 31,lpc \
  -l bootrom,/usr/local/share/uefi-firmware/BHYVE_UEFI.fd,/vm/web1/BHYVE_UEFI_VARS.fd \
  web1
