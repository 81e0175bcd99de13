#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/start-grub.plumb, bhyve/start.plumb
set -eu
daemon -f -p /vm/win1/bhyve.pid -o /vm/win1/bhyve.log \
  bhyve -c 2,sockets=1,cores=2 -m 8G -A -D -H -P \
  -u \
  -s 0,hostbridge \
  -s 3,ahci-cd,/vm/iso/Win10_22H2_English_x64.iso \
  -s 4,virtio-blk,/vm/win1/c.img \
  -s 10,virtio-net,tap2,mac=58:9c:fc:00:00:03 \
  -s 29,fbuf,tcp=127.0.0.1:5900,w=1024,h=768 \
  -s 30,xhci,tablet \
  -s 31,lpc \
  -l bootrom,/usr/local/share/uefi-firmware/BHYVE_UEFI_CODE.fd,/vm/win1/BHYVE_UEFI_VARS.fd \
  win1
sleep 2
pgrep -L -F /vm/win1/bhyve.pid
