#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/start-grub.plumb, bhyve/start.plumb
set -eu
printf '%s\n' \
  "(hd0) /vm/fbsd1/disk0.img" \
  > /vm/fbsd1/device.map
cat > /vm/fbsd1/grub.cfg <<'EOF'
set timeout=0
menuentry openbsd {
  kopenbsd -h com0 -r sd0a (hd0,openbsd1)/bsd
}
EOF
grub-bhyve -m /vm/fbsd1/device.map -M 2G -r host -d /vm/fbsd1 \
  -c /dev/nmdm-fbsd1.1A \
  fbsd1
daemon -f -p /vm/fbsd1/bhyve.pid -o /vm/fbsd1/bhyve.log \
  bhyve -c 2 -m 2G -A -D -H -P \
  -u \
  -s 0,hostbridge \
  -s 4,virtio-blk,/vm/fbsd1/disk0.img \
  -s 10,virtio-net,tap0,mac=58:9c:fc:00:00:01 \
  -s 31,lpc \
  -l com1,/dev/nmdm-fbsd1.1A \
  fbsd1
