#!/bin/sh
# plumb: petitecloud resize-disk host=freebsd hypervisor=virtualbox guest=openbsd
# from: virtualbox/resize-disk.plumb
set -eu
VBoxManage modifymedium disk /vm/web1/root.img --resize 16384
