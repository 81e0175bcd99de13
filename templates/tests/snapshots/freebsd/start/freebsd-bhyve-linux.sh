#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/start-grub.plumb, bhyve/start.plumb
set -eu
printf '%s\n' \
  "(hd0) /vm/fbsd1/disk0.img" \
  > /vm/fbsd1/device.map
cat > /vm/fbsd1/grub.cfg <<'EOF'
set root='hd0,1'
configfile '/boot/grub/grub.cfg'
echo "grub-bhyve: the guest's grub.cfg is not there: set vm.grub_root and vm.grub_config"
exit
EOF
grub-bhyve -m /vm/fbsd1/device.map -M 2G -r host -d /vm/fbsd1 \
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
