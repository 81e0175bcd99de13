#!/bin/sh
# plumb: petitecloud resize-disk host=linux hypervisor=virtualbox guest=openbsd
# from: virtualbox/resize-disk.plumb
set -eu
VBoxManage modifymedium disk /vm/win1/c.img --resize 65536
