#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/start-grub.plumb, bhyve/start.plumb
set -eu
printf '%s\n' \
  "(hd0) /vm/web1/root.img" \
  "(hd1) /vm/web1/data.img" \
  > /vm/web1/device.map
cat > /vm/web1/grub.cfg <<'EOF'
set timeout=0
menuentry openbsd {
  kopenbsd -h com0 -r sd0a (hd0,openbsd1)/bsd
}
EOF
grub-bhyve -m /vm/web1/device.map -M 1G -r host -d /vm/web1 \
  web1
daemon -f -p /vm/web1/bhyve.pid -o /vm/web1/bhyve.log \
  bhyve -c 2 -m 1G -A -D -H -P \
  -u \
  -s 0,hostbridge \
  -s 4,virtio-blk,/vm/web1/root.img \
  -s 5,virtio-blk,/vm/web1/data.img \
  -s 10,virtio-net,tap1,mac=58:9c:fc:00:00:02 \
  -s 31,lpc \
  web1
