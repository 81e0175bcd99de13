#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/start.plumb
set -eu
bhyveload -m 1G -d /vm/web1/root.img -e autoboot_delay=3 \
  web1
daemon -f -p /vm/web1/bhyve.pid -o /vm/web1/bhyve.log \
  bhyve -c 2,sockets=1,cores=2 -m 1G -A -D -H -P \
  -u \
  -s 0,hostbridge \
  -s 4,virtio-blk,/vm/web1/root.img \
  -s 5,virtio-blk,/vm/web1/data.img \
  -s 10,virtio-net,tap1,mac=58:9c:fc:00:00:02 \
  -s 31,lpc \
  web1
sleep 2
pgrep -L -F /vm/web1/bhyve.pid
