#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=qemu guest=openbsd
# from: qemu/start.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-system-x86_64 -name win1 \
  -accel hvf \
  -cpu host \
  -m 8192M -smp 2 \
  -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/local/share/qemu/edk2-x86_64-code.fd \
  -drive if=pflash,format=raw,unit=1,file=/vm/win1/uefi-vars.fd \
  -drive file=/vm/win1/c.img,if=none,id=disk0,format=qcow2 \
  -device virtio-blk-pci,drive=disk0,bootindex=1 \
  -drive file=/vm/iso/Win10_22H2_English_x64.iso,if=none,id=cd0,format=raw,media=cdrom,readonly=on \
  -device ide-cd,drive=cd0,bus=ide.1,unit=1,bootindex=0 \
  -netdev vmnet-bridged,id=net0,ifname=bridge0 \
  -device virtio-net-pci,netdev=net0,mac=58:9c:fc:00:00:03 \
  -vnc 127.0.0.1:0 \
  -display none -daemonize -pidfile /vm/win1/qemu.pid \
  -monitor unix:/vm/win1/monitor.sock,server=on,wait=off
