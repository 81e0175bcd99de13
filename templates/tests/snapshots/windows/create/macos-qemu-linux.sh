#!/bin/sh
# plumb: petitecloud create host=macos hypervisor=qemu guest=linux
# from: qemu/create.plumb
set -eu
mkdir -p /vm/win1
cp /usr/local/share/qemu/edk2-i386-vars.fd /vm/win1/uefi-vars.fd
