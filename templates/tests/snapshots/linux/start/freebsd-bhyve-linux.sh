#!/bin/sh
# plumb: petitecloud start host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/start-grub.plumb, bhyve/start.plumb
set -eu
printf '%s\n' \
  "(hd0) /vm/web1/root.img" \
  "(hd1) /vm/web1/data.img" \
  > /vm/web1/device.map
cat > /vm/web1/grub.cfg <<'EOF'
set root='hd0,1'
configfile '/boot/grub/grub.cfg'
echo "grub-bhyve: the guest's grub.cfg is not there: set vm.grub_root and vm.grub_config"
exit
EOF
grub-bhyve -m /vm/web1/device.map -M 1G -r host -d /vm/web1 \
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
