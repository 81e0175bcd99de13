#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/start.plumb
set -eu
bhyveload -m 2G -d /vm/fbsd1/disk0.img -e autoboot_delay=3 \
  -c /dev/nmdm-fbsd1.1A \
  fbsd1
daemon -f -p /vm/fbsd1/bhyve.pid -o /vm/fbsd1/bhyve.log \
  bhyve -c 2,sockets=1,cores=2 -m 2G -A -D -H -P \
  -u \
  -s 0,hostbridge \
  -s 4,virtio-blk,/vm/fbsd1/disk0.img \
  -s 10,virtio-net,tap0,mac=58:9c:fc:00:00:01 \
  -s 31,lpc \
  -l com1,/dev/nmdm-fbsd1.1A \
  fbsd1
sleep 2
pgrep -L -F /vm/fbsd1/bhyve.pid
