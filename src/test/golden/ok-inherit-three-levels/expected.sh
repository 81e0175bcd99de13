#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/linux/freebsd-host.plumb, bhyve/linux/start.plumb, bhyve/start.plumb
set -eu
bhyvectl --destroy --vm=web1
kldload -n vmm
printf '%s\n' "(hd0) /vm/web1/disk0.img" > /vm/web1/device.map
grub-bhyve -m /vm/web1/device.map -r hd0,msdos1 -M 1G web1
daemon -p /vm/web1.pid \
  bhyve -c 1 -m 1G -H -A -P \
  -s 0:0,hostbridge -s 31:0,lpc \
  -s 2:0,virtio-net,tap0 \
  web1
