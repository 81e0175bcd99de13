#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
cat > /vm/web1/grub.cfg <<EOF
linux (hd0,msdos1)/vmlinuz root=/dev/vda1
disk /vm/web1/disk0.img
EOF
